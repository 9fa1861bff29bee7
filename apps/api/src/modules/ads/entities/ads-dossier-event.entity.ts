import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AdsDossier } from './ads-dossier.entity';

/** The timeline of a dossier: who did what, on which day of law, recorded when. */
@Entity({ name: 'ads_dossier_event' })
@Index('ads_dossier_event_dossier_idx', ['dossierId', 'recordedAt'])
export class AdsDossierEvent {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'dossier_id', type: 'uuid' }) dossierId: string;
  @ManyToOne(() => AdsDossier, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dossier_id' })
  dossier?: AdsDossier;
  /** CREATED, IMPORTED, an action of the workflow, CONSULTATION_SENT, OPINION_RECORDED, MAJORATION, ASSIGNED. */
  @Column({ type: 'varchar', length: 32 }) kind: string;
  @Column({ name: 'event_on', type: 'date' }) eventOn: string;
  @Column({ name: 'from_status', type: 'varchar', length: 24, nullable: true }) fromStatus: string | null;
  @Column({ name: 'to_status', type: 'varchar', length: 24, nullable: true }) toStatus: string | null;
  @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_login', type: 'varchar', length: 120 }) actorLogin: string;
  @Column({ type: 'text' }) summary: string;
  @Column({ type: 'jsonb', nullable: true }) details: Record<string, unknown> | null;
  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' }) recordedAt: Date;
}
