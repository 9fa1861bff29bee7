import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PretInterventionKind } from '@call/domain';

/** Technical support given to a CALL service (event, office move, set-up). */
@Entity({ name: 'pret_intervention' })
@Index(['doneOn'])
export class PretIntervention {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  service: string;

  @Column({ type: 'varchar', length: 20 })
  kind: PretInterventionKind;

  @Column({ name: 'done_on', type: 'date' })
  doneOn: string;

  @Column({ name: 'agent_count', type: 'integer' })
  agentCount: number;

  @Column({ type: 'numeric', precision: 6, scale: 2 })
  hours: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
