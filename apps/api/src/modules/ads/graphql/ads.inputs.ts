import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type {
  AdsAction,
  AdsApplicantKind,
  AdsChannel,
  AdsConsultedService,
  AdsDossierType,
  AdsMajorationKind,
  AdsOpinion,
  AdsOutcome,
  AdsStatus,
} from '@call/domain';
import { LocalDateScalar } from '../../../core/graphql/scalars';
import {
  AdsActionEnum,
  AdsApplicantKindEnum,
  AdsChannelEnum,
  AdsConsultedServiceEnum,
  AdsDossierTypeEnum,
  AdsMajorationKindEnum,
  AdsOpinionEnum,
  AdsOutcomeEnum,
  AdsQueue,
  AdsStatusEnum,
} from './ads.enums';

@InputType()
export class CreateAdsDossierInput {
  @Field(() => String, { nullable: true, description: 'Numéro officiel ; calculé si absent (série A)' })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'doit faire au plus 40 caractères.' })
  number?: string | null;
  @Field(() => AdsDossierTypeEnum) type: AdsDossierType;
  @Field() @Matches(/^\d[0-9AB]\d{3}$/, { message: 'doit être un code INSEE à 5 caractères.' }) communeInsee: string;
  @Field(() => LocalDateScalar) depositedOn: string;
  @Field(() => AdsChannelEnum) channel: AdsChannel;
  @Field(() => AdsApplicantKindEnum) applicantKind: AdsApplicantKind;
  @Field()
  @IsString()
  @MinLength(2, { message: 'est obligatoire.' })
  @MaxLength(200, { message: 'doit faire au plus 200 caractères.' })
  applicantName: string;
  @Field()
  @IsString()
  @MinLength(3, { message: 'est obligatoire.' })
  @MaxLength(300, { message: 'doit faire au plus 300 caractères.' })
  landAddress: string;
  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'au plus 50 parcelles.' })
  @Matches(/^\s*(\d{3}\s*)?[A-Z0-9]{1,2}\s*\d{1,4}\s*$/i, {
    each: true,
    message: 'chaque parcelle doit avoir la forme « AB 123 » (section et numéro).',
  })
  cadastralParcels: string[];
  @Field()
  @IsString()
  @MinLength(3, { message: 'est obligatoire.' })
  @MaxLength(2000, { message: 'doit faire au plus 2000 caractères.' })
  projectNature: string;
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'ne peut pas être négative.' })
  @Max(1_000_000, { message: 'est trop grande.' })
  floorAreaCreated: number;
  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0, { message: 'ne peut pas être négatif.' })
  @Max(10_000, { message: 'est trop grand.' })
  dwellingsCreated: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'doit désigner un agent.' })
  instructorId?: string | null;
  @Field({ defaultValue: false }) @IsBoolean() tacitRefusalCase: boolean;
}

/** A correction of a registered dossier: absent (null) fields are left as they are. */
@InputType({
  description:
    'Correction d’un dossier : les champs absents restent inchangés ; commune, type et numéro seulement au statut « Déposé »',
})
export class UpdateAdsDossierInput {
  @Field(() => Int, { description: 'Version chargée par l’écran (verrouillage optimiste)' })
  @Min(1, { message: 'est invalide.' })
  expectedVersion: number;
  @Field(() => String, {
    nullable: true,
    description: 'Nouveau numéro officiel ; recalculé (série A) si la commune ou le type change et qu’il est absent',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40, { message: 'doit faire au plus 40 caractères.' })
  number?: string | null;
  @Field(() => AdsDossierTypeEnum, { nullable: true }) type?: AdsDossierType | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d[0-9AB]\d{3}$/, { message: 'doit être un code INSEE à 5 caractères.' })
  communeInsee?: string | null;
  @Field(() => AdsChannelEnum, { nullable: true }) channel?: AdsChannel | null;
  @Field(() => AdsApplicantKindEnum, { nullable: true }) applicantKind?: AdsApplicantKind | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(2, { message: 'est obligatoire.' })
  @MaxLength(200, { message: 'doit faire au plus 200 caractères.' })
  applicantName?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'est obligatoire.' })
  @MaxLength(300, { message: 'doit faire au plus 300 caractères.' })
  landAddress?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'au plus 50 parcelles.' })
  @Matches(/^\s*(\d{3}\s*)?[A-Z0-9]{1,2}\s*\d{1,4}\s*$/i, {
    each: true,
    message: 'chaque parcelle doit avoir la forme « AB 123 » (section et numéro).',
  })
  cadastralParcels?: string[] | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(3, { message: 'est obligatoire.' })
  @MaxLength(2000, { message: 'doit faire au plus 2000 caractères.' })
  projectNature?: string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'ne peut pas être négative.' })
  @Max(1_000_000, { message: 'est trop grande.' })
  floorAreaCreated?: number | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'ne peut pas être négatif.' })
  @Max(10_000, { message: 'est trop grand.' })
  dwellingsCreated?: number | null;
}

@InputType()
export class AdsTransitionInput {
  @Field(() => Int, { description: 'Version chargée par l’écran (verrouillage optimiste)' })
  @Min(1, { message: 'est invalide.' })
  expectedVersion: number;
  @Field(() => AdsActionEnum) action: AdsAction;
  @Field(() => LocalDateScalar, { description: 'Date de l’étape (notification, réception, décision…)' }) on: string;
  @Field(() => AdsOutcomeEnum, { nullable: true }) outcome?: AdsOutcome | null;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Retrait d’une décision tacite : date du courrier engageant la procédure contradictoire',
  })
  procedureLetterOn?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'doit faire au plus 2000 caractères.' })
  comment?: string | null;
}

@InputType()
export class AddAdsConsultationInput {
  @Field(() => AdsConsultedServiceEnum) service: AdsConsultedService;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: 'doit faire au plus 200 caractères.' })
  serviceDetail?: string | null;
  @Field(() => LocalDateScalar) sentOn: string;
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Échéance de l’avis ; par défaut un mois (deux pour l’ABF sur un permis)',
  })
  dueOn?: string | null;
}

@InputType()
export class RecordAdsOpinionInput {
  @Field(() => Int, { description: 'Version chargée par l’écran (verrouillage optimiste)' })
  @Min(1, { message: 'est invalide.' })
  expectedVersion: number;
  @Field(() => AdsOpinionEnum) opinion: AdsOpinion;
  @Field(() => LocalDateScalar) opinionOn: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'doit faire au plus 2000 caractères.' })
  comment?: string | null;
}

@InputType()
export class AddAdsMajorationInput {
  @Field(() => AdsMajorationKindEnum) kind: AdsMajorationKind;
  @Field(() => LocalDateScalar) notifiedOn: string;
}

@InputType()
export class AdsDossierFilter {
  @Field(() => AdsQueue, { defaultValue: AdsQueue.ALL }) queue: AdsQueue;
  @Field(() => Int, { defaultValue: 15, description: 'Corbeille « échéance proche » : nombre de jours' })
  @IsInt()
  @Min(0, { message: 'doit être positif.' })
  @Max(365, { message: 'au plus 365 jours.' })
  withinDays: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d[0-9AB]\d{3}$/, { message: 'doit être un code INSEE.' })
  communeInsee?: string | null;
  @Field(() => AdsDossierTypeEnum, { nullable: true }) type?: AdsDossierType | null;
  @Field(() => [AdsStatusEnum], { nullable: true }) statuses?: AdsStatus[] | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'doit désigner un agent.' })
  instructorId?: string | null;
  @Field(() => String, { nullable: true, description: 'Numéro ou demandeur' }) @IsOptional() @MaxLength(100) search?:
    string | null;
  @Field(() => Int, { nullable: true, description: 'Année de dépôt' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;
}

@InputType()
export class AdsActWeightInput {
  @Field(() => AdsDossierTypeEnum) dossierType: AdsDossierType;
  @Field()
  @Min(0, { message: 'ne peut pas être négatif.' })
  @Max(20, { message: 'doit rester inférieur à 20.' })
  weight: number;
}
