import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { PdlControlOutcome } from '@call/domain';

/** A batch of addresses received from a partner (the CAF), imported all or nothing. */
@Entity({ name: 'pdl_control_batch' })
export class PdlControlBatch {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20 })
  partner: string;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ name: 'file_name', type: 'varchar', length: 200 })
  fileName: string;

  @Column({ name: 'imported_by_login', type: 'varchar', length: 120 })
  importedByLogin: string;

  @CreateDateColumn({ name: 'imported_at', type: 'timestamptz' })
  importedAt: Date;
}

/** The control of one rented address without APML, and what came of it. */
@Entity({ name: 'pdl_control' })
@Index(['controlledOn'])
@Index(['batchId'])
export class PdlControl {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId: string;

  @ManyToOne(() => PdlControlBatch, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_id' })
  batch: PdlControlBatch;

  @Column({ type: 'varchar', length: 200 })
  street: string;

  @Column({ name: 'commune_insee', type: 'varchar', length: 5 })
  communeInsee: string;

  @Column({ name: 'controlled_on', type: 'date' })
  controlledOn: string;

  @Column({ type: 'varchar', length: 24 })
  outcome: PdlControlOutcome;
}
