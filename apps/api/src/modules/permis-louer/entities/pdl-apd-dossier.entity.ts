import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { PdlDecision } from '@call/domain';

/** An APD (permis de diviser, L126-18 and following): a building divided into several dwellings. */
@Entity({ name: 'pdl_apd_dossier' })
@Index(['receivedOn'])
// final approvals are counted by their day
@Index(['finalApprovalOn'])
export class PdlApdDossier {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  number: string;

  @Column({ name: 'owner_name', type: 'varchar', length: 200 })
  ownerName: string;

  @Column({ type: 'varchar', length: 200 })
  street: string;

  @Column({ name: 'commune_insee', type: 'varchar', length: 5 })
  communeInsee: string;

  @Column({ name: 'dwellings_count', type: 'integer' })
  dwellingsCount: number;

  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  @Column({ name: 'tacit_on', type: 'date' })
  tacitOn: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  decision: PdlDecision | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  /** The final approval once the works are done: its own step, counted by the report. */
  @Column({ name: 'final_approval_on', type: 'date', nullable: true })
  finalApprovalOn: string | null;

  @Column({ name: 'anah_joint', type: 'boolean', default: false })
  anahJoint: boolean;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
