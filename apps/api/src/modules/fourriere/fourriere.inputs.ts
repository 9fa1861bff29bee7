import { Field, ID, InputType, Int } from 'type-graphql';
import {
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type {
  CourtRuling,
  FourriereOrigin,
  FourriereOutcomeType,
  FourriereSex,
  FourriereSpecies,
  IdentificationKind,
  OwnerSearchKind,
  OwnerSearchResult,
  PaymentMethod,
  FourriereVetActKind,
} from '@call/domain';
import { LocalDateScalar } from '../../core/graphql/scalars';
import {
  CourtRulingEnum,
  IdentificationKindEnum,
  OriginEnum,
  OutcomeTypeEnum,
  OwnerSearchKindEnum,
  OwnerSearchResultEnum,
  PaymentMethodEnum,
  SexEnum,
  SpeciesEnum,
  VetActKindEnum,
} from './fourriere.enums';

const TOO_LONG = 'est trop long.';

@InputType('FourriereIntakeInput')
export class IntakeInput {
  @Field(() => SpeciesEnum) species: FourriereSpecies;
  @Field(() => OriginEnum) origin: FourriereOrigin;
  @Field({
    description:
      'Date et heure d’entrée (ISO 8601) ; sans décalage, c’est l’heure de Paris (ex. 2023-12-31T23:30), avec décalage cet instant (ex. 2023-03-06T14:30:00+01:00)',
  })
  @IsISO8601({ strict: true }, { message: 'doit être une date et heure valide.' })
  intakeAt: string;
  @Field() @Length(5, 5, { message: 'doit être un code INSEE à 5 caractères.' }) communeInsee: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300, { message: TOO_LONG }) place?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120, { message: TOO_LONG }) breed?: string | null;
  @Field(() => SexEnum, { defaultValue: 'UNKNOWN' }) sex: FourriereSex;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120, { message: TOO_LONG }) colour?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60, { message: TOO_LONG }) estimatedAge?:
    string | null;
  @Field(() => Int, { defaultValue: 1, description: 'Portée : nombre de petits enregistrés ensemble (chacun compte)' })
  @Min(1, { message: 'doit être au moins 1.' })
  @Max(15, { message: 'ne peut dépasser 15 animaux.' })
  litterSize: number;
  @Field(() => IdentificationKindEnum, { defaultValue: 'NONE' }) identificationKind: IdentificationKind;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(30, { message: TOO_LONG }) identificationNumber?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000, { message: TOO_LONG }) healthNotes?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60, { message: TOO_LONG }) contractorRef?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120, { message: TOO_LONG }) requisitionRef?:
    string | null;
}

@InputType('FourriereOwnerSearchInput')
export class OwnerSearchInput {
  @Field(() => ID) @IsUUID('all', { message: 'identifiant invalide.' }) animalId: string;
  @Field(() => LocalDateScalar) doneOn: string;
  @Field(() => OwnerSearchKindEnum) kind: OwnerSearchKind;
  @Field(() => OwnerSearchResultEnum) result: OwnerSearchResult;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, { message: TOO_LONG }) ownerName?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40, { message: TOO_LONG }) ownerPhone?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300, { message: TOO_LONG }) ownerAddress?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000, { message: TOO_LONG }) notes?: string | null;
}

@InputType('FourrierePaymentInput')
export class PaymentInput {
  @Field(() => Int) @Min(0, { message: 'ne peut pas être négatif.' }) amountCents: number;
  @Field(() => PaymentMethodEnum) method: PaymentMethod;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60, { message: TOO_LONG }) receiptNumber?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Par défaut, le propriétaire' })
  @IsOptional()
  @MaxLength(200, { message: TOO_LONG })
  payerName?: string | null;
}

@InputType('FourriereOutcomeInput')
export class OutcomeInput {
  @Field(() => ID) @IsUUID('all', { message: 'identifiant invalide.' }) animalId: string;
  @Field(() => OutcomeTypeEnum) type: FourriereOutcomeType;
  @Field(() => LocalDateScalar) outcomeOn: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, { message: TOO_LONG }) ownerName?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300, { message: TOO_LONG }) ownerContact?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, { message: TOO_LONG }) associationName?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, { message: TOO_LONG }) adopterName?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000, { message: TOO_LONG }) reason?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Restitution d’un animal non identifié : numéro de la puce posée aux frais du propriétaire',
  })
  @IsOptional()
  @MaxLength(30, { message: TOO_LONG })
  identificationNumber?: string | null;
  @Field(() => PaymentInput, { nullable: true }) @IsOptional() @ValidateNested() payment?: PaymentInput | null;
}

@InputType('FourriereCourtDecisionInput')
export class CourtDecisionInput {
  @Field(() => Int, { description: 'Version chargée par l’écran (verrouillage optimiste)' })
  @Min(1, { message: 'est invalide.' })
  expectedVersion: number;
  @Field(() => ID) @IsUUID('all', { message: 'identifiant invalide.' }) animalId: string;
  @Field(() => LocalDateScalar) decidedOn: string;
  @Field(() => CourtRulingEnum) ruling: CourtRuling;
  @Field() @IsNotEmpty({ message: 'est obligatoire.' }) @MaxLength(4000, { message: TOO_LONG }) content: string;
}

@InputType('FourriereVetActInput')
export class VetActInput {
  @Field(() => ID) @IsUUID('all', { message: 'identifiant invalide.' }) animalId: string;
  @Field(() => LocalDateScalar) actOn: string;
  @Field(() => VetActKindEnum) kind: FourriereVetActKind;
  @Field(() => Int, { description: 'Montant facturé au propriétaire, en centimes' })
  @Min(0, { message: 'ne peut pas être négatif.' })
  @Max(1_000_000, { message: 'est trop élevé.' })
  amountCents: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000, { message: TOO_LONG }) notes?: string | null;
}

@InputType('FourriereTariffInput')
export class TariffInput {
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => SpeciesEnum) species: FourriereSpecies;
  @Field(() => Int)
  @Min(0, { message: 'ne peut pas être négatif.' })
  @Max(1_000_000, { message: 'est trop élevé.' })
  captureCents: number;
  @Field(() => Int)
  @Min(0, { message: 'ne peut pas être négatif.' })
  @Max(1_000_000, { message: 'est trop élevé.' })
  boardingPerDayCents: number;
  @Field(() => Int)
  @Min(0, { message: 'ne peut pas être négatif.' })
  @Max(1_000_000, { message: 'est trop élevé.' })
  identificationCents: number;
  @Field(() => Int)
  @Min(0, { message: 'ne peut pas être négatif.' })
  @Max(1_000_000, { message: 'est trop élevé.' })
  vetVisitCents: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(1000, { message: TOO_LONG }) note?: string | null;
}

@InputType('FourriereAnimalFilter')
export class AnimalFilter {
  @Field(() => Boolean, { nullable: true, description: 'Seulement les animaux présents (sans sortie)' }) present?:
    boolean | null;
  @Field(() => String, { nullable: true, description: 'Numéro de puce ou tatouage (début ou totalité)' })
  @IsOptional()
  @MaxLength(30, { message: TOO_LONG })
  identification?: string | null;
  @Field(() => SpeciesEnum, { nullable: true }) species?: FourriereSpecies | null;
}
