import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import type { AshesFate, CremationKind } from '@call/domain';
import { Commune } from '../../../core/referentials/commune.entity';
import { CrematoriumLine } from './crematorium-line.entity';

/** One cremation: the booking of a slot on a line, the deceased, the authorisations, then its completion and ashes. */
@Entity({ name: 'crematorium_cremation' })
@Index(['lineCode', 'startsAt'])
@Index(['cremationOn'])
// urns kept and dispersions are counted by the day of the ashes' fate
@Index(['ashesOn'])
export class CrematoriumCremation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Register number shown to agents (CR-000123). */
  @Column({ type: 'integer' })
  @Generated('increment')
  number: number;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'line_code', type: 'varchar', length: 10 })
  lineCode: string;

  @ManyToOne(() => CrematoriumLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'line_code' })
  line: CrematoriumLine;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The day of the slot in Paris: the indicators' date. */
  @Column({ name: 'cremation_on', type: 'date' })
  cremationOn: string;

  @Column({ type: 'varchar', length: 20 })
  kind: CremationKind;

  @Column({ name: 'deceased_last_name', type: 'varchar', length: 120 })
  deceasedLastName: string;

  @Column({ name: 'deceased_first_names', type: 'varchar', length: 200 })
  deceasedFirstNames: string;

  @Column({ name: 'birth_on', type: 'date', nullable: true })
  birthOn: string | null;

  @Column({ name: 'death_at', type: 'timestamptz' })
  deathAt: Date;

  @Column({ name: 'death_commune_insee', type: 'varchar', length: 5, nullable: true })
  deathCommuneInsee: string | null;

  /** Name of the commune of death when outside the CALL (no referential row). */
  @Column({ name: 'death_commune_name', type: 'varchar', length: 120 })
  deathCommuneName: string;

  @ManyToOne(() => Commune, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'death_commune_insee' })
  deathCommune: Commune | null;

  @Column({ name: 'residence_commune_name', type: 'varchar', length: 120 })
  residenceCommuneName: string;

  @Column({ name: 'operator_name', type: 'varchar', length: 160 })
  operatorName: string;

  /** The mayor's authorisation (CGCT R2213-34). */
  @Column({ name: 'authorisation_on', type: 'date' })
  authorisationOn: string;

  @Column({ name: 'authorisation_commune', type: 'varchar', length: 120 })
  authorisationCommune: string;

  /** Battery-powered prostheses removed, with the attestation (R2213-15). */
  @Column({ name: 'prosthesis_certificate', type: 'boolean' })
  prosthesisCertificate: boolean;

  @Column({ name: 'ceremony_room', type: 'boolean', default: false })
  ceremonyRoom: boolean;

  /** A prefect's derogation lifting the legal window (R2213-35). */
  @Column({ name: 'derogation_ref', type: 'varchar', length: 120, nullable: true })
  derogationRef: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'ashes_fate', type: 'varchar', length: 20, nullable: true })
  ashesFate: AshesFate | null;

  @Column({ name: 'ashes_on', type: 'date', nullable: true })
  ashesOn: string | null;

  /** To whom the urn was handed over, or who dispersed the ashes. */
  @Column({ name: 'ashes_person', type: 'varchar', length: 200, nullable: true })
  ashesPerson: string | null;

  /** A cancelled booking keeps its record but frees its slot (and the ceremony room). */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancellation_reason', type: 'varchar', length: 300, nullable: true })
  cancellationReason: string | null;

  @Column({ name: 'cancelled_by_login', type: 'varchar', length: 120, nullable: true })
  cancelledByLogin: string | null;

  @Column({ name: 'booked_by_login', type: 'varchar', length: 120 })
  bookedByLogin: string;

  @CreateDateColumn({ name: 'booked_at', type: 'timestamptz' })
  bookedAt: Date;
}
