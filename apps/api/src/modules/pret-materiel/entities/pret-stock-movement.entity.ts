import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PretMovementKind } from '@call/domain';
import { PretKind } from './pret-kind.entity';

/** A dated change of a kind's stock: acquisition, out of service, back in service, lost, scrapped. */
@Entity({ name: 'pret_stock_movement' })
@Index(['kindId', 'movedOn'])
export class PretStockMovement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'kind_id', type: 'uuid' })
  kindId: string;

  @ManyToOne(() => PretKind, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind_id' })
  kind: PretKind;

  @Column({ name: 'moved_on', type: 'date' })
  movedOn: string;

  @Column({ type: 'varchar', length: 20 })
  movement: PretMovementKind;

  /** Positive; the movement gives the sign. */
  @Column({ type: 'integer' })
  quantity: number;

  @Column({ name: 'cost_cents', type: 'integer', nullable: true })
  costCents: number | null;

  @Column({ name: 'repair_id', type: 'uuid', nullable: true })
  repairId: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
