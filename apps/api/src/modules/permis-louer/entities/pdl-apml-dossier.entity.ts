import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { Commune } from '../../../core/referentials/commune.entity';
import type { PdlDecision, PdlDwellingType, PdlLettingContext, PdlOwnerKind } from '@call/domain';
import { PdlDefect } from './pdl-defect.entity';

/** An APML dossier (CERFA 15652). Its status follows from its dates; the tacit authorisation is never recorded. */
@Entity({ name: 'pdl_apml_dossier' })
@Index(['receivedOn'])
// the visits are counted by their day
@Index(['visitedOn'])
@Index(['communeInsee'])
export class PdlApmlDossier {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20, unique: true })
  number: string;

  @Column({ name: 'owner_kind', type: 'varchar', length: 10 })
  ownerKind: PdlOwnerKind;

  @Column({ name: 'owner_name', type: 'varchar', length: 200 })
  ownerName: string;

  @Column({ name: 'owner_contact', type: 'varchar', length: 200, nullable: true })
  ownerContact: string | null;

  @Column({ type: 'varchar', length: 200 })
  street: string;

  @Column({ name: 'commune_insee', type: 'varchar', length: 5 })
  communeInsee: string;

  @ManyToOne(() => Commune, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_insee' })
  commune: Commune;

  @Column({ name: 'perimeter_id', type: 'uuid' })
  perimeterId: string;

  @Column({ name: 'dwelling_type', type: 'varchar', length: 12 })
  dwellingType: PdlDwellingType;

  @Column({ name: 'surface_m2', type: 'numeric', precision: 7, scale: 2 })
  surfaceM2: string;

  @Column({ type: 'integer', nullable: true })
  floor: number | null;

  @Column({ type: 'integer' })
  rooms: number;

  @Column({ name: 'letting_context', type: 'varchar', length: 16 })
  lettingContext: PdlLettingContext;

  @Column({ name: 'deposited_on', type: 'date' })
  depositedOn: string;

  /** The récépissé: the month of L635-4 runs from it. */
  @Column({ name: 'received_on', type: 'date' })
  receivedOn: string;

  /** Day the tacit authorisation is acquired, set from the domain rule at deposit (the receipt never changes). */
  @Column({ name: 'tacit_on', type: 'date' })
  tacitOn: string;

  @Column({ name: 'complete_on', type: 'date', nullable: true })
  completeOn: string | null;

  @Column({ name: 'visit_planned_on', type: 'date', nullable: true })
  visitPlannedOn: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  inspector: string | null;

  @Column({ name: 'visited_on', type: 'date', nullable: true })
  visitedOn: string | null;

  @Column({ name: 'visit_notes', type: 'text', nullable: true })
  visitNotes: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  decision: PdlDecision | null;

  @Column({ name: 'decided_on', type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ type: 'text', nullable: true })
  reasons: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  works: string[];

  @Column({ name: 'let_on', type: 'date', nullable: true })
  letOn: string | null;

  @Column({ name: 'anah_joint', type: 'boolean', default: false })
  anahJoint: boolean;

  @Column({ name: 'transferred_on', type: 'date', nullable: true })
  transferredOn: string | null;

  @Column({ name: 'transferred_to', type: 'varchar', length: 200, nullable: true })
  transferredTo: string | null;

  @OneToMany(() => PdlDefect, (d) => d.dossier)
  defects: PdlDefect[];

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
