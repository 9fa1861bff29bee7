import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { CourtRuling, FourriereOrigin, FourriereSex, FourriereSpecies, IdentificationKind } from '@call/domain';
import { Commune } from '../../../core/referentials/commune.entity';
import { FourriereOutcome } from './fourriere-outcome.entity';

/** One animal taken into the pound. A litter is several rows sharing a litter id: each young counts. */
@Entity({ name: 'fourriere_animal' })
@Index(['intakeOn'])
@Index(['identificationNumber'])
export class FourriereAnimal {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Register number shown to agents (FR-000123). */
  @Column({ type: 'integer' })
  @Generated('increment')
  number: number;

  @Column({ type: 'varchar', length: 10 })
  species: FourriereSpecies;

  @Column({ type: 'varchar', length: 20 })
  origin: FourriereOrigin;

  @Column({ name: 'intake_at', type: 'timestamptz' })
  intakeAt: Date;

  /** The day of entry in Paris: the start of the délai franc and of the indicators. */
  @Column({ name: 'intake_on', type: 'date' })
  intakeOn: string;

  @Column({ name: 'commune_insee', type: 'varchar', length: 5 })
  communeInsee: string;

  @ManyToOne(() => Commune, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_insee' })
  commune: Commune;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  breed: string | null;

  @Column({ type: 'varchar', length: 10, default: 'UNKNOWN' })
  sex: FourriereSex;

  @Column({ type: 'varchar', length: 120, nullable: true })
  colour: string | null;

  @Column({ name: 'estimated_age', type: 'varchar', length: 60, nullable: true })
  estimatedAge: string | null;

  @Column({ name: 'litter_id', type: 'uuid', nullable: true })
  litterId: string | null;

  @Column({ name: 'identification_kind', type: 'varchar', length: 10, default: 'NONE' })
  identificationKind: IdentificationKind;

  @Column({ name: 'identification_number', type: 'varchar', length: 20, nullable: true })
  identificationNumber: string | null;

  @Column({ name: 'health_notes', type: 'text', nullable: true })
  healthNotes: string | null;

  @Column({ name: 'contractor_ref', type: 'varchar', length: 60, nullable: true })
  contractorRef: string | null;

  @Column({ name: 'requisition_ref', type: 'varchar', length: 120, nullable: true })
  requisitionRef: string | null;

  /** Last day of the délai franc de garde, computed by @call/domain at intake; null for a requisition. */
  @Column({ name: 'holding_end_on', type: 'date', nullable: true })
  holdingEndOn: string | null;

  @Column({ name: 'court_decided_on', type: 'date', nullable: true })
  courtDecidedOn: string | null;

  @Column({ name: 'court_ruling', type: 'varchar', length: 20, nullable: true })
  courtRuling: CourtRuling | null;

  @Column({ name: 'court_decision', type: 'text', nullable: true })
  courtDecision: string | null;

  @OneToOne(() => FourriereOutcome, (o) => o.animal)
  outcome: FourriereOutcome | null;

  @Column({ name: 'recorded_by_login', type: 'varchar', length: 120 })
  recordedByLogin: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Optimistic lock: bumped by every change; an edit must send the version it was made from. */
  @VersionColumn({ type: 'integer', default: 1 }) version: number;
}
