import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PretHandover, PretStatus } from '@call/domain';
import { PretRequestLine } from './pret-request-line.entity';

/** A commune's request for an event: lines of quantities per kind, answered then lent and brought back. */
@Entity({ name: 'pret_request' })
@Index(['startOn'])
@Index(['answeredOn'])
// the communes asking are counted by the day of the request
@Index(['requestedOn'])
export class PretRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commune_insee', type: 'varchar', length: 5 })
  communeInsee: string;

  @Column({ name: 'event_name', type: 'varchar', length: 200 })
  eventName: string;

  @Column({ name: 'event_place', type: 'varchar', length: 200, nullable: true })
  eventPlace: string | null;

  @Column({ name: 'start_on', type: 'date' })
  startOn: string;

  @Column({ name: 'end_on', type: 'date' })
  endOn: string;

  @Column({ type: 'varchar', length: 10 })
  handover: PretHandover;

  @Column({ type: 'varchar', length: 20, default: 'REQUESTED' })
  status: PretStatus;

  @Column({ name: 'requested_on', type: 'date' })
  requestedOn: string;

  /** The day the service approved or refused it: the request counts as handled that year. */
  @Column({ name: 'answered_on', type: 'date', nullable: true })
  answeredOn: string | null;

  @Column({ name: 'refusal_reason', type: 'text', nullable: true })
  refusalReason: string | null;

  @Column({ name: 'returned_on', type: 'date', nullable: true })
  returnedOn: string | null;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @OneToMany(() => PretRequestLine, (l) => l.request)
  lines: PretRequestLine[];
}
