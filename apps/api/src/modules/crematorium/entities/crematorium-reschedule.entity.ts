import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CrematoriumCremation } from './crematorium-cremation.entity';

/** A booking moved to another slot: the previous slot is kept. */
@Entity({ name: 'crematorium_reschedule' })
@Index(['cremationId'])
export class CrematoriumReschedule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cremation_id', type: 'uuid' })
  cremationId: string;

  @ManyToOne(() => CrematoriumCremation, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cremation_id' })
  cremation?: CrematoriumCremation;

  @Column({ name: 'from_line_code', type: 'varchar', length: 10 })
  fromLineCode: string;

  @Column({ name: 'from_starts_at', type: 'timestamptz' })
  fromStartsAt: Date;

  @Column({ name: 'to_line_code', type: 'varchar', length: 10 })
  toLineCode: string;

  @Column({ name: 'to_starts_at', type: 'timestamptz' })
  toStartsAt: Date;

  @Column({ type: 'varchar', length: 300 })
  reason: string;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
