import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AdsMajorationKind } from '@call/domain';
import { AdsDossier } from './ads-dossier.entity';

/** A notified majoration of the instruction delay (R*423-24, R*423-28, R*423-35). */
@Entity({ name: 'ads_majoration' })
@Index('ads_majoration_dossier_idx', ['dossierId'])
export class AdsMajoration {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'dossier_id', type: 'uuid' }) dossierId: string;
  @ManyToOne(() => AdsDossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: AdsDossier;
  @Column({ type: 'varchar', length: 16 }) kind: AdsMajorationKind;
  @Column({ name: 'notified_on', type: 'date' }) notifiedOn: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
