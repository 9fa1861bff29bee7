import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { AshesFate, CremationKind, DetectedObject, MetalPurpose, ScanResult } from '@call/domain';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Page } from '../../core/kit/paging';
import {
  AshesFateEnum,
  CremationKindEnum,
  CremationStatusEnum,
  DetectedObjectEnum,
  MetalPurposeEnum,
  ScanResultEnum,
  type CremationStatus,
} from './crematorium.enums';

@ObjectType('CrematoriumLine', { description: 'Ligne de crémation et ses horaires' })
export class LineView {
  @Field() code: string;
  @Field() name: string;
  @Field() opensAt: string;
  @Field() closesAt: string;
  @Field(() => Int) slotMinutes: number;
  @Field(() => [String], { description: 'Heures de début des créneaux d’une journée' }) slots: string[];
}

@ObjectType('CrematoriumScan', { description: 'Passage au tunnel radioscopique et protocole d’ouverture' })
export class ScanView {
  @Field(() => ID) id: string;
  @Field({ description: 'Horodatage ISO 8601' }) scannedAt: string;
  @Field(() => ScanResultEnum) result: ScanResult;
  @Field(() => DetectedObjectEnum, { nullable: true }) objectType: DetectedObject | null;
  @Field(() => String, { nullable: true }) authorisedBy: string | null;
  @Field(() => String, { nullable: true }) witnesses: string | null;
  @Field(() => String, { nullable: true }) familyInformedAt: string | null;
  @Field(() => String, { nullable: true }) openedAt: string | null;
  @Field(() => String, { nullable: true }) objectRemoved: string | null;
  @Field(() => Int, { nullable: true }) delayMinutes: number | null;
  @Field(() => String, { nullable: true }) closedAt: string | null;
  @Field() recordedByLogin: string;
}

@ObjectType('CrematoriumReschedule', { description: 'Déplacement d’une réservation (créneau précédent conservé)' })
export class RescheduleView {
  @Field() fromLineCode: string;
  @Field({ description: 'Horodatage ISO 8601' }) fromStartsAt: string;
  @Field() toLineCode: string;
  @Field({ description: 'Horodatage ISO 8601' }) toStartsAt: string;
  @Field() reason: string;
  @Field() recordedByLogin: string;
  @Field({ description: 'Horodatage ISO 8601' }) recordedAt: string;
}

@ObjectType('Cremation', { description: 'Une crémation : réservation, défunt, autorisations, réalisation, cendres' })
export class CremationView {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() reference: string;
  @Field() lineCode: string;
  @Field() lineName: string;
  @Field({ description: 'Horodatage ISO 8601' }) startsAt: string;
  @Field({ description: 'Horodatage ISO 8601' }) endsAt: string;
  @Field(() => LocalDateScalar) cremationOn: string;
  @Field(() => CremationKindEnum) kind: CremationKind;
  @Field() deceasedLastName: string;
  @Field() deceasedFirstNames: string;
  @Field(() => LocalDateScalar, { nullable: true }) birthOn: string | null;
  @Field({ description: 'Horodatage ISO 8601' }) deathAt: string;
  @Field() deathCommuneName: string;
  @Field() residenceCommuneName: string;
  @Field() operatorName: string;
  @Field(() => LocalDateScalar) authorisationOn: string;
  @Field() authorisationCommune: string;
  @Field() prosthesisCertificate: boolean;
  @Field() ceremonyRoom: boolean;
  @Field(() => String, { nullable: true }) derogationRef: string | null;
  @Field(() => LocalDateScalar, { description: 'Dernier jour du délai légal (sans dérogation)' })
  latestLegalDay: string;
  @Field(() => CremationStatusEnum) status: CremationStatus;
  @Field(() => String, { nullable: true }) completedAt: string | null;
  @Field(() => String, { nullable: true, description: 'Annulée le (horodatage ISO 8601)' }) cancelledAt: string | null;
  @Field(() => String, { nullable: true }) cancellationReason: string | null;
  @Field(() => AshesFateEnum, { nullable: true }) ashesFate: AshesFate | null;
  @Field(() => LocalDateScalar, { nullable: true }) ashesOn: string | null;
  @Field(() => String, { nullable: true }) ashesPerson: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Urne conservée : au plus tard jusqu’au (L2223-18-1)' })
  urnKeptUntil: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Urne conservée : date d’alerte' })
  urnAlertOn: string | null;
}

@ObjectType('CrematoriumMetals', { description: 'Métaux issus de la crémation : lots, produit, emplois, solde' })
export class MetalsView {
  @Field(() => Float) weightKg: number;
  @Field(() => Int) proceedsCents: number;
  @Field(() => Int) allocatedCents: number;
  @Field(() => Int) balanceCents: number;
  @Field(() => [MetalLotView]) lots: MetalLotView[];
  @Field(() => [MetalAllocationView]) allocations: MetalAllocationView[];
}

@ObjectType('CrematoriumMetalLot')
export class MetalLotView {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) collectedOn: string;
  @Field(() => Float) weightKg: number;
  @Field() buyer: string;
  @Field(() => Int) proceedsCents: number;
}

@ObjectType('CrematoriumMetalAllocation')
export class MetalAllocationView {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) allocatedOn: string;
  @Field(() => MetalPurposeEnum) purpose: MetalPurpose;
  @Field() beneficiary: string;
  @Field(() => Int) amountCents: number;
}

@ObjectType('CrematoriumLineLoad', {
  description: 'Occupation d’une ligne sur une année : créneaux réservés / disponibles',
})
export class LineLoadView {
  @Field() code: string;
  @Field() name: string;
  @Field(() => Int) booked: number;
  @Field(() => Int, { description: 'Créneaux de la ligne sur l’année (tous les jours, horaires actuels)' })
  available: number;
  @Field(() => Float, { description: 'Taux d’occupation (%)' }) utilisation: number;
}

@ObjectType('CremationPage', { description: 'Une page de crémations' })
export class CremationPage extends Page(CremationView) {}
