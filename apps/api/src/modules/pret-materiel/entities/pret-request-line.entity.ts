import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PretKind } from './pret-kind.entity';
import { PretRequest } from './pret-request.entity';

/** A quantity of one kind asked, then approved, then counted back (returned in good state, damaged, missing). */
@Entity({ name: 'pret_request_line' })
@Index(['requestId', 'kindId'], { unique: true })
@Index(['kindId'])
export class PretRequestLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => PretRequest, (r) => r.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: PretRequest;

  @Column({ name: 'kind_id', type: 'uuid' })
  kindId: string;

  @ManyToOne(() => PretKind, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kind_id' })
  kind: PretKind;

  @Column({ type: 'integer' })
  requested: number;

  @Column({ type: 'integer', nullable: true })
  approved: number | null;

  @Column({ type: 'integer', nullable: true })
  returned: number | null;

  @Column({ type: 'integer', nullable: true })
  missing: number | null;

  @Column({ type: 'integer', nullable: true })
  damaged: number | null;
}
