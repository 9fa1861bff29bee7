import { Field, ID, InputType, Int } from 'type-graphql';
import { IsBoolean, IsISO8601, IsNotEmpty, IsOptional, IsUUID, Length, MaxLength, Min } from 'class-validator';
import type { AshesFate, CremationKind, DetectedObject, MetalPurpose, ScanResult } from '@call/domain';
import { LocalDateScalar } from '../../core/graphql/scalars';
import {
  AshesFateEnum,
  CremationKindEnum,
  DetectedObjectEnum,
  MetalPurposeEnum,
  ScanResultEnum,
} from './crematorium.enums';

const TOO_LONG = 'est trop long.';
const REQUIRED = 'est obligatoire.';
const INSTANT = { message: 'doit être une date et heure valide.' };

@InputType('CrematoriumSlotInput')
class SlotInput {
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(10, { message: TOO_LONG }) lineCode: string;
  @Field({ description: 'Début du créneau (ISO 8601)' }) @IsISO8601({ strict: true }, INSTANT) startsAt: string;
  @Field(() => String, { nullable: true, description: 'Référence de la dérogation préfectorale' })
  @IsOptional()
  @MaxLength(120, { message: TOO_LONG })
  derogationRef?: string | null;
}

@InputType('CrematoriumBookingInput')
export class BookingInput extends SlotInput {
  @Field(() => CremationKindEnum) kind: CremationKind;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(120, { message: TOO_LONG }) deceasedLastName: string;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) deceasedFirstNames: string;
  @Field(() => LocalDateScalar, { nullable: true }) @IsOptional() birthOn?: string | null;
  @Field({ description: 'Date et heure du décès (ISO 8601)' }) @IsISO8601({ strict: true }, INSTANT) deathAt: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(5, 5, { message: 'doit être un code INSEE à 5 caractères.' })
  deathCommuneInsee?: string | null;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(120, { message: TOO_LONG }) deathCommuneName: string;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(120, { message: TOO_LONG }) residenceCommuneName: string;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(160, { message: TOO_LONG }) operatorName: string;
  @Field(() => LocalDateScalar) authorisationOn: string;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(120, { message: TOO_LONG }) authorisationCommune: string;
  @Field() @IsBoolean() prosthesisCertificate: boolean;
  @Field({ defaultValue: false }) @IsBoolean() ceremonyRoom: boolean;
}

@InputType('CrematoriumRescheduleInput')
export class RescheduleInput extends SlotInput {
  @Field(() => ID) @IsUUID('all', { message: 'est invalide.' }) cremationId: string;
  @Field(() => Int) expectedVersion: number;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(300, { message: TOO_LONG }) reason: string;
}

@InputType('CrematoriumCancelInput')
export class CancelInput {
  @Field(() => ID) @IsUUID('all', { message: 'est invalide.' }) cremationId: string;
  @Field(() => Int) expectedVersion: number;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(300, { message: TOO_LONG }) reason: string;
}

@InputType('CrematoriumScanInput')
export class ScanInput {
  @Field(() => ID) @IsUUID('all', { message: 'est invalide.' }) cremationId: string;
  @Field() @IsISO8601({ strict: true }, INSTANT) scannedAt: string;
  @Field(() => ScanResultEnum) result: ScanResult;
  @Field(() => DetectedObjectEnum, { nullable: true }) @IsOptional() objectType?: DetectedObject | null;
}

@InputType('CrematoriumProtocolInput', { description: 'Étapes du protocole d’ouverture après une détection' })
export class ProtocolInput {
  @Field(() => ID) @IsUUID('all', { message: 'est invalide.' }) scanId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(160, { message: TOO_LONG }) authorisedBy?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(300, { message: TOO_LONG }) witnesses?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }, INSTANT) familyInformedAt?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsISO8601({ strict: true }, INSTANT) openedAt?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, { message: TOO_LONG }) objectRemoved?:
    string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0, { message: 'doit être positif ou nul.' }) delayMinutes?:
    number | null;
  @Field({ defaultValue: false, description: 'Clôt la détection (toutes les étapes requises)' })
  @IsBoolean()
  close: boolean;
}

@InputType('CrematoriumCompleteInput')
export class CompleteInput {
  @Field(() => ID) @IsUUID('all', { message: 'est invalide.' }) cremationId: string;
  @Field(() => Int) expectedVersion: number;
  @Field() @IsISO8601({ strict: true }, INSTANT) completedAt: string;
}

@InputType('CrematoriumAshesInput')
export class AshesInput {
  @Field(() => ID) @IsUUID('all', { message: 'est invalide.' }) cremationId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => AshesFateEnum) fate: AshesFate;
  @Field(() => LocalDateScalar) on: string;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) person: string;
}

@InputType('CrematoriumMetalLotInput')
export class MetalLotInput {
  @Field(() => LocalDateScalar) collectedOn: string;
  @Field() @Min(0.01, { message: 'doit être positif.' }) weightKg: number;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(160, { message: TOO_LONG }) buyer: string;
  @Field(() => Int) @Min(0, { message: 'doit être positif ou nul.' }) proceedsCents: number;
}

@InputType('CrematoriumMetalAllocationInput')
export class MetalAllocationInput {
  @Field(() => LocalDateScalar) allocatedOn: string;
  @Field(() => MetalPurposeEnum) purpose: MetalPurpose;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) beneficiary: string;
  @Field(() => Int) amountCents: number;
}
