import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CrematoriumCremation } from './crematorium-cremation.entity';
import type { DetectedObject, ScanResult } from '@call/domain';

/**
 * A coffin's pass in the X-ray tunnel. A detection forces an opening under the protocol (local procedure): who
 * authorised, the witnesses, the family informed, when it was opened, the object removed and the delay caused.
 */
@Entity({ name: 'crematorium_scan' })
@Index(['cremationId'])
@Index(['scannedOn'])
export class CrematoriumScan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cremation_id', type: 'uuid' })
  cremationId: string;

  @ManyToOne(() => CrematoriumCremation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cremation_id' })
  cremation?: CrematoriumCremation;

  @Column({ name: 'scanned_at', type: 'timestamptz' })
  scannedAt: Date;

  @Column({ name: 'scanned_on', type: 'date' })
  scannedOn: string;

  @Column({ type: 'varchar', length: 12 })
  result: ScanResult;

  @Column({ name: 'object_type', type: 'varchar', length: 24, nullable: true })
  objectType: DetectedObject | null;

  @Column({ name: 'authorised_by', type: 'varchar', length: 160, nullable: true })
  authorisedBy: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  witnesses: string | null;

  @Column({ name: 'family_informed_at', type: 'timestamptz', nullable: true })
  familyInformedAt: Date | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'object_removed', type: 'varchar', length: 200, nullable: true })
  objectRemoved: string | null;

  @Column({ name: 'delay_minutes', type: 'integer', nullable: true })
  delayMinutes: number | null;

  /** A detection is closed once its protocol is complete. */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
