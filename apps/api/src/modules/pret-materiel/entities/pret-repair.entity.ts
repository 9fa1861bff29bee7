import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PretRepairCause, PretRepairOutcome } from '@call/domain';
import { PretKind } from './pret-kind.entity';

/** Items of a kind out of service for repair, until back in service or scrapped. */
@Entity({ name: 'pret_repair' })
@Index(['openedOn'])
// repair costs are counted by the closing day
@Index(['closedOn'])
export class PretRepair {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'kind_id', type: 'uuid' })
  kindId: string;

  @ManyToOne(() => PretKind, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind_id' })
  kind: PretKind;

  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @Column({ type: 'integer' })
  quantity: number;

  @Column({ type: 'varchar', length: 20 })
  cause: PretRepairCause;

  @Column({ name: 'opened_on', type: 'date' })
  openedOn: string;

  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: PretRepairOutcome | null;

  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true })
  hours: string | null;

  @Column({ name: 'cost_cents', type: 'integer', nullable: true })
  costCents: number | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
