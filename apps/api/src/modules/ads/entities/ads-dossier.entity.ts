import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type {
  AdsAfterTacitKind,
  AdsApplicantKind,
  AdsChannel,
  AdsDossierType,
  AdsOutcome,
  AdsStatus,
} from '@call/domain';
import { Commune } from '../../../core/referentials/commune.entity';

/** An urbanism authorisation instructed by the service mutualisé ADS. Deadline columns are recomputed by the domain rules at every step. */
@Entity({ name: 'ads_dossier' })
@Index('ads_dossier_status_deadline_idx', ['status', 'deadline'])
@Index('ads_dossier_deposited_idx', ['depositedOn', 'number'])
// a commune's queue by deposit date (and its count) reads the index alone
@Index('ads_dossier_commune_deposited_idx', ['communeInsee', 'depositedOn', 'number'])
@Index('ads_dossier_instructor_idx', ['instructorId'])
@Index('ads_dossier_decided_idx', ['decidedOn'])
// the dossiers open at a date (not closed, or closed after it) are found without reading all history
@Index('ads_dossier_closed_idx', ['closedOn'])
export class AdsDossier {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar', length: 40, unique: true }) number: string;
  @Column({ name: 'initial_dossier_id', type: 'uuid', nullable: true }) initialDossierId: string | null;
  @ManyToOne(() => AdsDossier, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'initial_dossier_id' })
  initialDossier?: AdsDossier | null;
  @Column({ type: 'varchar', length: 4 }) type: AdsDossierType;
  @Column({ name: 'commune_insee', type: 'varchar', length: 5 }) communeInsee: string;
  @ManyToOne(() => Commune, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commune_insee' })
  commune?: Commune;
  @Column({ name: 'deposited_on', type: 'date' }) depositedOn: string;
  @Column({ type: 'varchar', length: 12 }) channel: AdsChannel;
  @Column({ name: 'applicant_kind', type: 'varchar', length: 10 }) applicantKind: AdsApplicantKind;
  @Column({ name: 'applicant_name', type: 'varchar', length: 200 }) applicantName: string;
  @Column({ name: 'land_address', type: 'varchar', length: 300 }) landAddress: string;
  @Column({ name: 'cadastral_parcels', type: 'text', array: true, default: () => "'{}'" }) cadastralParcels: string[];
  @Column({ name: 'project_nature', type: 'text' }) projectNature: string;
  @Column({ name: 'floor_area_created', type: 'integer', default: 0 }) floorAreaCreated: number;
  @Column({ name: 'dwellings_created', type: 'integer', default: 0 }) dwellingsCreated: number;
  @Column({ name: 'instructor_id', type: 'uuid', nullable: true }) instructorId: string | null;
  /** R*424-2 case (e.g. listed building, site classé): silence is a refusal. */
  @Column({ name: 'tacit_refusal_case', type: 'boolean', default: false }) tacitRefusalCase: boolean;

  @Column({ type: 'varchar', length: 24 }) status: AdsStatus;
  @Column({ name: 'status_on', type: 'date' }) statusOn: string;
  @Column({ name: 'pieces_requested_on', type: 'date', nullable: true }) piecesRequestedOn: string | null;
  @Column({ name: 'pieces_received_on', type: 'date', nullable: true }) piecesReceivedOn: string | null;
  /** The day the instruction delay runs from (deposit, or receipt of the missing pieces). */
  @Column({ name: 'complete_on', type: 'date', nullable: true }) completeOn: string | null;
  @Column({ name: 'delay_months', type: 'integer' }) delayMonths: number;
  @Column({ name: 'pieces_due_on', type: 'date', nullable: true }) piecesDueOn: string | null;
  /** The day silence gives a decision (end of the instruction delay, or of the 3 months for missing pieces). */
  @Column({ type: 'date', nullable: true }) deadline: string | null;
  @Column({ type: 'varchar', length: 32, nullable: true }) outcome: AdsOutcome | null;
  @Column({ name: 'decided_on', type: 'date', nullable: true }) decidedOn: string | null;
  /** Decision (express or tacit), withdrawal or cancellation: the dossier is no longer open. */
  @Column({ name: 'closed_on', type: 'date', nullable: true }) closedOn: string | null;
  /** R*424-13: the day the applicant was issued the certificate of the tacit decision. */
  @Column({ name: 'tacit_certificate_on', type: 'date', nullable: true }) tacitCertificateOn: string | null;
  /** A decision after the tacit one (its withdrawal, L424-5, or an express CU, L410-1): the tacit one stays. */
  @Column({ name: 'after_tacit_kind', type: 'varchar', length: 12, nullable: true })
  afterTacitKind: AdsAfterTacitKind | null;
  @Column({ name: 'after_tacit_outcome', type: 'varchar', length: 32, nullable: true })
  afterTacitOutcome: AdsOutcome | null;
  @Column({ name: 'after_tacit_on', type: 'date', nullable: true }) afterTacitOn: string | null;
  /** Letter opening the contradictory procedure before a withdrawal (L121-1, L122-1 CRPA). */
  @Column({ name: 'withdrawal_procedure_on', type: 'date', nullable: true }) withdrawalProcedureOn: string | null;
  @Column({ name: 'doc_on', type: 'date', nullable: true }) docOn: string | null;
  @Column({ name: 'daact_on', type: 'date', nullable: true }) daactOn: string | null;
  @Column({ name: 'conformity_on', type: 'date', nullable: true }) conformityOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  /** Optimistic lock: bumped by every change; an edit must send the version it was made from. */
  @VersionColumn({ type: 'integer', default: 1 }) version: number;
}
