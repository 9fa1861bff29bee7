import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  PretHandover,
  PretInterventionKind,
  PretMovementKind,
  PretRepairCause,
  PretRepairOutcome,
  PretStatus,
  PretUnit,
} from '@call/domain';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Page } from '../../core/kit/paging';
import {
  PretHandoverEnum,
  PretInterventionKindEnum,
  PretMovementEnum,
  PretRepairCauseEnum,
  PretRepairOutcomeEnum,
  PretStatusEnum,
  PretUnitEnum,
} from './pret-materiel.enums';

@ObjectType('PretKind', { description: 'Type de matériel prêté' })
export class KindView {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => PretUnitEnum) unit: PretUnit;
  @Field(() => Int, { description: 'Quantité en service aujourd’hui' }) stockToday: number;
}

@ObjectType('PretRequestLine')
export class RequestLineView {
  @Field(() => ID) kindId: string;
  @Field() kindName: string;
  @Field(() => PretUnitEnum) unit: PretUnit;
  @Field(() => Int) requested: number;
  @Field(() => Int, { nullable: true }) approved: number | null;
  @Field(() => Int, { nullable: true }) returned: number | null;
  @Field(() => Int, { nullable: true }) missing: number | null;
  @Field(() => Int, { nullable: true }) damaged: number | null;
}

@ObjectType('PretRequest', { description: 'Demande de prêt de matériel d’une commune' })
export class RequestView {
  @Field(() => ID) id: string;
  @Field() communeInsee: string;
  @Field() communeName: string;
  @Field() eventName: string;
  @Field(() => String, { nullable: true }) eventPlace: string | null;
  @Field(() => LocalDateScalar) startOn: string;
  @Field(() => LocalDateScalar) endOn: string;
  @Field(() => PretHandoverEnum) handover: PretHandover;
  @Field(() => PretStatusEnum) status: PretStatus;
  @Field({ description: 'Accordée partiellement (stock insuffisant)' }) partial: boolean;
  @Field(() => LocalDateScalar) requestedOn: string;
  @Field(() => LocalDateScalar, { nullable: true }) answeredOn: string | null;
  @Field(() => String, { nullable: true }) refusalReason: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) returnedOn: string | null;
  @Field(() => Int) version: number;
  @Field(() => [RequestLineView]) lines: RequestLineView[];
}

@ObjectType('PretRequestPage')
export class RequestPage extends Page(RequestView) {}

@ObjectType('PretLineAvailability', { description: 'Ce qui reste disponible sur toute la période de la demande' })
export class LineAvailabilityView {
  @Field(() => ID) kindId: string;
  @Field() kindName: string;
  @Field(() => Int) requested: number;
  @Field(() => Int, { description: 'Disponible le jour le plus chargé de la période' }) available: number;
}

@ObjectType('PretPlanningDay')
export class PlanningDayView {
  @Field(() => LocalDateScalar) day: string;
  @Field(() => Int) stock: number;
  @Field(() => Int) booked: number;
  @Field(() => Int) available: number;
  @Field({ description: 'Plus de matériel réservé que de stock' }) short: boolean;
}

@ObjectType('PretPlanningKind')
export class PlanningKindView {
  @Field(() => ID) kindId: string;
  @Field() kindName: string;
  @Field(() => PretUnitEnum) unit: PretUnit;
  @Field(() => [PlanningDayView]) days: PlanningDayView[];
}

@ObjectType('PretRepair', { description: 'Réparation de matériel' })
export class RepairView {
  @Field(() => ID) id: string;
  @Field(() => ID) kindId: string;
  @Field() kindName: string;
  @Field(() => ID, { nullable: true }) requestId: string | null;
  @Field(() => Int) quantity: number;
  @Field(() => PretRepairCauseEnum) cause: PretRepairCause;
  @Field(() => LocalDateScalar) openedOn: string;
  @Field(() => LocalDateScalar, { nullable: true }) closedOn: string | null;
  @Field(() => PretRepairOutcomeEnum, { nullable: true }) outcome: PretRepairOutcome | null;
  @Field(() => Float, { nullable: true }) hours: number | null;
  @Field(() => Int, { nullable: true }) costCents: number | null;
  @Field(() => Int) version: number;
}

@ObjectType('PretRepairPage')
export class RepairPage extends Page(RepairView) {}

@ObjectType('PretIntervention', { description: 'Intervention auprès d’un service de la CALL' })
export class InterventionView {
  @Field(() => ID) id: string;
  @Field() service: string;
  @Field(() => PretInterventionKindEnum) kind: PretInterventionKind;
  @Field(() => LocalDateScalar) doneOn: string;
  @Field(() => Int) agentCount: number;
  @Field(() => Float) hours: number;
  @Field(() => String, { nullable: true }) notes: string | null;
}

@ObjectType('PretInterventionPage')
export class InterventionPage extends Page(InterventionView) {}

@ObjectType('PretStockMovement', { description: 'Mouvement de stock daté' })
class MovementView {
  @Field(() => ID) id: string;
  @Field(() => ID) kindId: string;
  @Field() kindName: string;
  @Field(() => LocalDateScalar) movedOn: string;
  @Field(() => PretMovementEnum) movement: PretMovementKind;
  @Field(() => Int, { description: 'Quantité (positive ; le mouvement donne le sens)' }) quantity: number;
  @Field(() => Int, { nullable: true }) costCents: number | null;
  @Field(() => String, { nullable: true, description: 'Motif' }) notes: string | null;
  @Field() recordedByLogin: string;
}

@ObjectType('PretStockMovementPage')
export class MovementPage extends Page(MovementView) {}

@ObjectType('PretWeekTask', { description: 'Une livraison, un retrait, une reprise ou un retour de la semaine' })
export class WeekTaskView {
  @Field(() => LocalDateScalar) day: string;
  @Field({ description: 'START : début du prêt (livraison ou retrait) ; END : fin (reprise ou retour)' })
  moment: 'START' | 'END';
  @Field({ description: 'Ce que fait l’équipe ce jour-là, en français' }) action: string;
  @Field(() => RequestView) request: RequestView;
}
