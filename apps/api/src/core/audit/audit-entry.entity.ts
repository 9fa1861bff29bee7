import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who changed what, when: written in the same transaction as the change itself. Append-only: a trigger
 * (migration Accounts) refuses UPDATE and DELETE, except the erasure of a deleted actor's identity.
 */
@Entity({ name: 'audit_entry' })
@Index(['entity', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Index()
  @CreateDateColumn({ name: 'at', type: 'timestamptz' })
  at: Date;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ name: 'user_login', type: 'varchar', length: 120 })
  userLogin: string;

  @Column({ type: 'varchar', length: 80 })
  entity: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 80 })
  entityId: string;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, unknown> | null;
}
