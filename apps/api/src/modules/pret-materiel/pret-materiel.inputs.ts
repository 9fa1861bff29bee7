import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { PretHandover, PretInterventionKind, PretMovementKind, PretRepairOutcome, PretUnit } from '@call/domain';
import { LocalDateScalar } from '../../core/graphql/scalars';
import {
  PretHandoverEnum,
  PretInterventionKindEnum,
  PretMovementEnum,
  PretRepairOutcomeEnum,
  PretUnitEnum,
} from './pret-materiel.enums';

const TOO_LONG = 'est trop long.';
const QTY = { message: 'doit être une quantité entre 0 et 10 000.' };

@InputType('PretKindInput')
export class KindInput {
  @Field() @Length(2, 120, { message: 'doit faire de 2 à 120 caractères.' }) name: string;
  @Field(() => PretUnitEnum) unit: PretUnit;
}

@InputType('PretStockMovementInput')
export class StockMovementInput {
  @Field(() => ID) @IsUUID('all', { message: 'est inconnu.' }) kindId: string;
  @Field(() => LocalDateScalar) movedOn: string;
  @Field(() => PretMovementEnum) movement: PretMovementKind;
  @Field(() => Int) @Min(1, QTY) @Max(10_000, QTY) quantity: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'ne peut pas être négatif.' })
  costCents?: number | null;
  @Field(() => String, { nullable: true, description: 'Motif (facture, constat…)' })
  @IsOptional()
  @MaxLength(500, { message: TOO_LONG })
  notes?: string | null;
}

@InputType('PretRequestLineInput')
export class RequestLineInput {
  @Field(() => ID) @IsUUID('all', { message: 'est inconnu.' }) kindId: string;
  @Field(() => Int) @Min(1, QTY) @Max(10_000, QTY) quantity: number;
}

@InputType('PretRequestInput')
export class RequestInput {
  @Field() @Length(5, 5, { message: 'doit être un code INSEE à 5 caractères.' }) communeInsee: string;
  @Field() @Length(2, 200, { message: 'doit faire de 2 à 200 caractères.' }) eventName: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: TOO_LONG })
  eventPlace?: string | null;
  @Field(() => LocalDateScalar) startOn: string;
  @Field(() => LocalDateScalar) endOn: string;
  @Field(() => PretHandoverEnum) handover: PretHandover;
  @Field({ defaultValue: false, description: 'Demande tardive acceptée à titre exceptionnel (délai de prévenance)' })
  lateAccepted: boolean;
  @Field(() => [RequestLineInput])
  @ArrayMinSize(1, { message: 'doit comporter au moins une ligne.' })
  @ArrayMaxSize(30, { message: 'ne peut pas dépasser 30 lignes.' })
  @ValidateNested({ each: true })
  lines: RequestLineInput[];
}

@InputType('PretApprovedLineInput')
export class ApprovedLineInput {
  @Field(() => ID) @IsUUID('all', { message: 'est inconnu.' }) kindId: string;
  @Field(() => Int) @Min(0, QTY) @Max(10_000, QTY) approved: number;
}

@InputType('PretApproveInput')
export class ApproveInput {
  @Field(() => ID) @IsUUID('all', { message: 'est inconnue.' }) requestId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => [ApprovedLineInput])
  @ArrayMaxSize(30, { message: 'ne peut pas dépasser 30 lignes.' })
  @ValidateNested({ each: true })
  lines: ApprovedLineInput[];
}

@InputType('PretRefuseInput')
export class RefuseInput {
  @Field(() => ID) @IsUUID('all', { message: 'est inconnue.' }) requestId: string;
  @Field(() => Int) expectedVersion: number;
  @Field() @Length(3, 500, { message: 'doit faire de 3 à 500 caractères.' }) reason: string;
}

/** The steps an agent records after the answer (the return has its own input). */
export const ADVANCE_STEPS = ['PREPARED', 'HANDED_OVER', 'CLOSED'] as const;

@InputType('PretAdvanceInput')
export class AdvanceInput {
  @Field(() => ID) @IsUUID('all', { message: 'est inconnue.' }) requestId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => String)
  @IsIn(ADVANCE_STEPS, { message: 'doit être Préparée, Livrée / retirée ou Clôturée.' })
  to: (typeof ADVANCE_STEPS)[number];
}

@InputType('PretReturnLineInput')
export class ReturnLineInput {
  @Field(() => ID) @IsUUID('all', { message: 'est inconnu.' }) kindId: string;
  @Field(() => Int) @Min(0, QTY) @Max(10_000, QTY) returned: number;
  @Field(() => Int) @Min(0, QTY) @Max(10_000, QTY) missing: number;
  @Field(() => Int) @Min(0, QTY) @Max(10_000, QTY) damaged: number;
}

@InputType('PretReturnInput')
export class ReturnInput {
  @Field(() => ID) @IsUUID('all', { message: 'est inconnue.' }) requestId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => LocalDateScalar) returnedOn: string;
  @Field(() => [ReturnLineInput])
  @ArrayMaxSize(30, { message: 'ne peut pas dépasser 30 lignes.' })
  @ValidateNested({ each: true })
  lines: ReturnLineInput[];
}

@InputType('PretRepairCloseInput')
export class RepairCloseInput {
  @Field(() => ID) @IsUUID('all', { message: 'est inconnue.' }) repairId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => LocalDateScalar) closedOn: string;
  @Field(() => PretRepairOutcomeEnum) outcome: PretRepairOutcome;
  @Field() @Min(0, { message: 'ne peut pas être négatif.' }) @Max(1000, { message: 'est trop grand.' }) hours: number;
  @Field(() => Int) @Min(0, { message: 'ne peut pas être négatif.' }) costCents: number;
}

@InputType('PretInterventionInput')
export class InterventionInput {
  @Field() @Length(2, 120, { message: 'doit faire de 2 à 120 caractères.' }) service: string;
  @Field(() => PretInterventionKindEnum) kind: PretInterventionKind;
  @Field(() => LocalDateScalar) doneOn: string;
  @Field(() => Int)
  @Min(1, { message: 'doit être au moins 1.' })
  @Max(20, { message: 'est trop grand.' })
  agentCount: number;
  @Field()
  @Min(0.25, { message: 'doit être d’au moins un quart d’heure.' })
  @Max(200, { message: 'est trop grand.' })
  hours: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500, { message: TOO_LONG }) notes?: string | null;
}
