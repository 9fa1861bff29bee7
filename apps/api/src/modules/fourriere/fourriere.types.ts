import { Field, ID, Int, ObjectType } from 'type-graphql';
import type {
  CourtRuling,
  FourriereOrigin,
  FourriereOutcomeType,
  FourriereSex,
  FourriereSpecies,
  HoldingStatus,
  IdentificationKind,
  OwnerSearchKind,
  OwnerSearchResult,
  PaymentMethod,
  FourriereTariffStatus,
  FourriereVetActKind,
} from '@call/domain';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Page } from '../../core/kit/paging';
import {
  CourtRulingEnum,
  HoldingStatusEnum,
  IdentificationKindEnum,
  OriginEnum,
  OutcomeTypeEnum,
  OwnerSearchKindEnum,
  OwnerSearchResultEnum,
  PaymentMethodEnum,
  SexEnum,
  SpeciesEnum,
  TariffStatusEnum,
  VetActKindEnum,
} from './fourriere.enums';

@ObjectType('FourriereOutcome', { description: 'La sortie de fourrière d’un animal (une seule)' })
export class OutcomeView {
  @Field(() => OutcomeTypeEnum) type: FourriereOutcomeType;
  @Field(() => LocalDateScalar) outcomeOn: string;
  @Field(() => String, { nullable: true }) ownerName: string | null;
  @Field(() => String, { nullable: true }) ownerContact: string | null;
  @Field(() => String, { nullable: true }) associationName: string | null;
  @Field(() => String, { nullable: true }) adopterName: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Int, { description: 'Coût du séjour au tarif du jour d’entrée, en centimes' }) stayCostCents: number;
  @Field() recordedByLogin: string;
  @Field({ description: 'Horodatage ISO 8601' }) recordedAt: string;
}

@ObjectType('FourriereOwnerSearch', { description: 'Une démarche de recherche du propriétaire' })
export class OwnerSearchView {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) doneOn: string;
  @Field(() => OwnerSearchKindEnum) kind: OwnerSearchKind;
  @Field(() => OwnerSearchResultEnum) result: OwnerSearchResult;
  @Field(() => String, { nullable: true }) ownerName: string | null;
  @Field(() => String, { nullable: true }) ownerPhone: string | null;
  @Field(() => String, { nullable: true }) ownerAddress: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field() recordedByLogin: string;
}

@ObjectType('FourriereVetAct', { description: 'Acte vétérinaire pendant le séjour' })
export class VetActView {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) actOn: string;
  @Field(() => VetActKindEnum) kind: FourriereVetActKind;
  @Field({ description: 'Libellé de la nature de l’acte (ligne de frais)' }) label: string;
  @Field(() => Int) amountCents: number;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field() recordedByLogin: string;
}

@ObjectType('FourriereFeeLine')
export class FeeLineView {
  @Field() code: string;
  @Field() label: string;
  @Field(() => Int) quantity: number;
  @Field(() => Int) unitCents: number;
  @Field(() => Int) amountCents: number;
}

@ObjectType('FourrierePayment', { description: 'Paiement des frais de fourrière' })
export class PaymentView {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) paidOn: string;
  @Field(() => Int) amountCents: number;
  @Field(() => PaymentMethodEnum) method: PaymentMethod;
  @Field(() => String, { nullable: true }) receiptNumber: string | null;
  @Field() payerName: string;
  @Field(() => [FeeLineView]) lines: FeeLineView[];
}

@ObjectType('FourriereFeeQuote', { description: 'Frais dus pour une sortie à la date donnée' })
export class FeeQuoteView {
  @Field(() => LocalDateScalar) on: string;
  @Field(() => LocalDateScalar) tariffValidFrom: string;
  @Field(() => [FeeLineView]) lines: FeeLineView[];
  @Field(() => Int) totalCents: number;
}

@ObjectType('FourriereAnimal', { description: 'Un animal pris en charge par la fourrière' })
export class AnimalView {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Version de l’enregistrement, à renvoyer avec une modification' }) version: number;
  @Field({ description: 'Numéro de registre' }) reference: string;
  @Field(() => SpeciesEnum) species: FourriereSpecies;
  @Field(() => OriginEnum) origin: FourriereOrigin;
  @Field({ description: 'Date et heure d’entrée (ISO 8601)' }) intakeAt: string;
  @Field(() => LocalDateScalar) intakeOn: string;
  @Field() communeInsee: string;
  @Field() communeName: string;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true }) breed: string | null;
  @Field(() => SexEnum) sex: FourriereSex;
  @Field(() => String, { nullable: true }) colour: string | null;
  @Field(() => String, { nullable: true }) estimatedAge: string | null;
  @Field(() => ID, { nullable: true }) litterId: string | null;
  @Field(() => IdentificationKindEnum) identificationKind: IdentificationKind;
  @Field(() => String, { nullable: true }) identificationNumber: string | null;
  @Field(() => String, { nullable: true }) healthNotes: string | null;
  @Field(() => String, { nullable: true }) contractorRef: string | null;
  @Field(() => String, { nullable: true }) requisitionRef: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Dernier jour du délai franc de garde (L211-25)' })
  holdingEnd: string | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Premier jour où cession, adoption ou euthanasie sont possibles',
  })
  cessionAllowedFrom: string | null;
  @Field(() => HoldingStatusEnum, { nullable: true, description: 'Absent une fois l’animal sorti' })
  holdingStatus: HoldingStatus | null;
  @Field(() => Int, { description: 'Jours de garde (jusqu’à aujourd’hui, ou jusqu’à la sortie)' })
  daysInCustody: number;
  @Field() present: boolean;
  @Field(() => LocalDateScalar, { nullable: true }) courtDecidedOn: string | null;
  @Field(() => CourtRulingEnum, { nullable: true }) courtRuling: CourtRuling | null;
  @Field(() => String, { nullable: true }) courtDecision: string | null;
  @Field() recordedByLogin: string;
  @Field(() => OutcomeView, { nullable: true }) outcome: OutcomeView | null;
}

@ObjectType('FourriereAnimalPage')
export class AnimalPage extends Page(AnimalView) {}

@ObjectType('FourriereTariff', { description: 'Ligne datée de la grille tarifaire' })
export class TariffView {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => SpeciesEnum) species: FourriereSpecies;
  @Field(() => Int) captureCents: number;
  @Field(() => Int) boardingPerDayCents: number;
  @Field(() => Int) identificationCents: number;
  @Field(() => Int) vetVisitCents: number;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => TariffStatusEnum, { description: 'En vigueur, à venir ou remplacé, à ce jour' })
  status: FourriereTariffStatus;
  @Field() recordedByLogin: string;
  @Field({ description: 'Horodatage ISO 8601' }) recordedAt: string;
}

@ObjectType('FourriereBoardAlerts', {
  description: 'Animaux présents dont le délai de garde expire ce jour ou est échu sans sortie',
})
export class BoardAlertsView {
  @Field(() => Int, { description: 'Délai de garde expirant ce jour' }) endsToday: number;
  @Field(() => Int, { description: 'Délai de garde échu, sans sortie' }) overdue: number;
  @Field(() => [AnimalView], { description: 'Ces animaux, le délai le plus ancien d’abord (200 au plus)' })
  animals: AnimalView[];
}
