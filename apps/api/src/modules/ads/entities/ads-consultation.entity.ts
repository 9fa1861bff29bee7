import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { AdsConsultedService, AdsOpinion } from '@call/domain';
import { AdsDossier } from './ads-dossier.entity';

/** A service consulted on a dossier (ABF, SDIS, network operators, the CALL's water service…). */
@Entity({ name: 'ads_consultation' })
@Index('ads_consultation_dossier_idx', ['dossierId'])
export class AdsConsultation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'dossier_id', type: 'uuid' }) dossierId: string;
  @ManyToOne(() => AdsDossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: AdsDossier;
  @Column({ type: 'varchar', length: 32 }) service: AdsConsultedService;
  @Column({ name: 'service_detail', type: 'varchar', length: 200, nullable: true }) serviceDetail: string | null;
  @Column({ name: 'sent_on', type: 'date' }) sentOn: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn: string;
  @Column({ type: 'varchar', length: 16, nullable: true }) opinion: AdsOpinion | null;
  @Column({ name: 'opinion_on', type: 'date', nullable: true }) opinionOn: string | null;
  @Column({ type: 'text', nullable: true }) comment: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** Optimistic lock: bumped by every change; an edit must send the version it was made from. */
  @VersionColumn({ type: 'integer', default: 1 }) version: number;
}
