import { Field, Float, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
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
  PdlContactChannel,
  PdlContactPerson,
  PdlContactPurpose,
  PdlContactSubject,
  PdlDecision,
  PdlDefectCategory,
  PdlDefectSeverity,
  PdlDwellingType,
  PdlLettingContext,
  PdlOffence,
  PdlOwnerKind,
  PdlPerimeterKind,
  PdlSanctionStage,
} from '@call/domain';
import { LocalDateScalar } from '../../core/graphql/scalars';
import {
  PdlContactChannelEnum,
  PdlContactPersonEnum,
  PdlContactPurposeEnum,
  PdlContactSubjectEnum,
  PdlDecisionEnum,
  PdlDefectCategoryEnum,
  PdlDefectSeverityEnum,
  PdlDwellingTypeEnum,
  PdlLettingContextEnum,
  PdlOffenceEnum,
  PdlOwnerKindEnum,
  PdlPerimeterKindEnum,
  PdlSanctionStageEnum,
  PdlSanctionStepEnum,
  type PdlSanctionStep,
} from './permis-louer.enums';

const TOO_LONG = 'est trop long.';
const REQUIRED = 'est obligatoire.';
const INSEE = { message: 'doit être un code INSEE à 5 caractères.' };

@InputType('PdlPerimeterInput')
export class PerimeterInput {
  @Field() @Length(5, 5, INSEE) communeInsee: string;
  @Field(() => PdlPerimeterKindEnum) kind: PdlPerimeterKind;
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(500, { message: 'ne peut lister plus de 500 rues.' })
  @MaxLength(200, { each: true, message: TOO_LONG })
  streets: string[];
  @Field(() => LocalDateScalar) publishedOn: string;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => LocalDateScalar, { nullable: true }) validTo?: string | null;
}

@InputType('PdlApmlDepositInput')
export class ApmlDepositInput {
  @Field(() => PdlOwnerKindEnum) ownerKind: PdlOwnerKind;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) ownerName: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, { message: TOO_LONG }) ownerContact?:
    string | null;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) street: string;
  @Field() @Length(5, 5, INSEE) communeInsee: string;
  @Field(() => PdlDwellingTypeEnum) dwellingType: PdlDwellingType;
  @Field(() => Float)
  @Min(1, { message: 'doit être d’au moins 1 m².' })
  @Max(2000, { message: 'est trop grande.' })
  surfaceM2: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(-2, { message: 'est invalide.' })
  @Max(60, {
    message: 'est invalide.',
  })
  floor?: number | null;
  @Field(() => Int) @Min(1, { message: 'doit être au moins 1.' }) @Max(50, { message: 'est invalide.' }) rooms: number;
  @Field(() => PdlLettingContextEnum) lettingContext: PdlLettingContext;
  @Field(() => LocalDateScalar) depositedOn: string;
  @Field(() => LocalDateScalar, { description: 'Date du récépissé (le délai d’un mois court à partir de lui)' })
  receivedOn: string;
  @Field({ defaultValue: false }) anahJoint: boolean;
}

@InputType('PdlApmlStepInput')
export class ApmlStepInput {
  @Field(() => ID) @IsUUID('all', { message: 'est invalide.' }) dossierId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => LocalDateScalar) on: string;
}

@InputType('PdlPlanVisitInput')
export class PlanVisitInput extends ApmlStepInput {
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(120, { message: TOO_LONG }) inspector: string;
}

@InputType('PdlDefectInput')
export class DefectInput {
  @Field(() => PdlDefectCategoryEnum) category: PdlDefectCategory;
  @Field(() => PdlDefectSeverityEnum) severity: PdlDefectSeverity;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500, { message: TOO_LONG }) description?:
    string | null;
}

@InputType('PdlRecordVisitInput')
export class RecordVisitInput extends ApmlStepInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000, { message: TOO_LONG }) notes?: string | null;
  @Field(() => [DefectInput], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'ne peut dépasser 50 lignes.' })
  @ValidateNested({ each: true })
  defects: DefectInput[];
}

@InputType('PdlDecideInput')
export class DecideInput extends ApmlStepInput {
  @Field(() => PdlDecisionEnum) decision: PdlDecision;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000, { message: TOO_LONG }) reasons?:
    string | null;
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'ne peut dépasser 50 lignes.' })
  @MaxLength(500, { each: true, message: TOO_LONG })
  works: string[];
}

@InputType('PdlApmlFilter')
export class ApmlFilter {
  @Field({ defaultValue: false, description: 'Seulement les dossiers sans décision, par date d’autorisation tacite' })
  tacitQueue: boolean;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(5, 5, INSEE) communeInsee?: string | null;
}

@InputType('PdlControlImportInput')
export class ControlImportInput {
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) fileName: string;
  @Field(() => LocalDateScalar) receivedOn: string;
  @Field({ description: 'Contenu CSV (séparateur ;) : adresse;code_insee;date_controle;resultat' })
  @MaxLength(1_000_000, { message: 'dépasse 1 Mo.' })
  csv: string;
}

@InputType('PdlOffenceInput')
export class OffenceInput {
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) ownerName: string;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) street: string;
  @Field() @Length(5, 5, INSEE) communeInsee: string;
  @Field(() => PdlOffenceEnum) offence: PdlOffence;
  @Field(() => LocalDateScalar) foundOn: string;
}

@InputType('PdlSanctionStepInput')
export class SanctionStepInput {
  @Field(() => ID) @IsUUID('all', { message: 'est invalide.' }) sanctionId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => PdlSanctionStepEnum) step: PdlSanctionStep;
  @Field(() => LocalDateScalar) on: string;
  @Field(() => Int, { nullable: true }) @IsOptional() amount?: number | null;
}

@InputType('PdlApdDepositInput')
export class ApdDepositInput {
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) ownerName: string;
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) street: string;
  @Field() @Length(5, 5, INSEE) communeInsee: string;
  @Field(() => Int)
  @Min(2, { message: 'doit être au moins 2 (division).' })
  @Max(500, { message: 'est invalide.' })
  dwellingsCount: number;
  @Field(() => LocalDateScalar) receivedOn: string;
  @Field({ defaultValue: false }) anahJoint: boolean;
}

@InputType('PdlApdStepInput')
export class ApdStepInput {
  @Field(() => ID) @IsUUID('all', { message: 'est invalide.' }) apdId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => LocalDateScalar) on: string;
}

@InputType('PdlApdDecideInput')
export class ApdDecideInput extends ApdStepInput {
  @Field(() => PdlDecisionEnum) decision: PdlDecision;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000, { message: TOO_LONG }) reasons?:
    string | null;
}

@InputType('PdlContactInput')
export class ContactInput {
  @Field(() => LocalDateScalar) contactOn: string;
  @Field(() => PdlContactChannelEnum) channel: PdlContactChannel;
  @Field(() => PdlContactPersonEnum) personType: PdlContactPerson;
  @Field(() => PdlContactSubjectEnum) subject: PdlContactSubject;
  @Field(() => PdlContactPurposeEnum) purpose: PdlContactPurpose;
}

@InputType('PdlTransferInput')
export class TransferInput extends ApmlStepInput {
  @Field() @IsNotEmpty({ message: REQUIRED }) @MaxLength(200, { message: TOO_LONG }) newOwnerName: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200, { message: TOO_LONG }) newOwnerContact?:
    string | null;
}

@InputType('PdlSanctionFilter')
export class SanctionFilter {
  @Field(() => PdlSanctionStageEnum, { nullable: true, description: 'Seulement les procédures à cette étape' })
  @IsOptional()
  stage?: PdlSanctionStage | null;
}
