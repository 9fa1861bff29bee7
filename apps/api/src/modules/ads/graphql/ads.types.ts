import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
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
import { JSONObjectScalar, LocalDateScalar } from '../../../core/graphql/scalars';
import { Page } from '../../../core/kit/paging';
import {
  AdsActionEnum,
  AdsApplicantKindEnum,
  AdsChannelEnum,
  AdsConsultedServiceEnum,
  AdsDossierTypeEnum,
  AdsMajorationKindEnum,
  AdsOpinionEnum,
  AdsOutcomeEnum,
  AdsStatusEnum,
  AdsQueue,
} from './ads.enums';

@ObjectType('AdsDossierSummary', { description: 'Une ligne de corbeille' })
export class AdsDossierSummaryView {
  @Field(() => ID) id: string;
  @Field() number: string;
  @Field(() => AdsDossierTypeEnum) type: AdsDossierType;
  @Field() communeInsee: string;
  @Field() communeName: string;
  @Field(() => LocalDateScalar) depositedOn: string;
  @Field(() => AdsChannelEnum) channel: AdsChannel;
  @Field() applicantName: string;
  @Field(() => AdsStatusEnum) status: AdsStatus;
  @Field(() => AdsOutcomeEnum, { nullable: true }) outcome: AdsOutcome | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Jour où le silence vaut décision' }) deadline:
    string | null;
  @Field(() => LocalDateScalar, { nullable: true }) decidedOn: string | null;
  @Field(() => String, { nullable: true }) instructorId: string | null;
  @Field(() => String, { nullable: true }) instructorName: string | null;
  @Field({ description: 'Situation en clair (ex. « Décision tacite acquise le 01/05/2026 (non-opposition tacite) »)' })
  situation: string;
}

@ObjectType('AdsDossierPage')
export class AdsDossierPage extends Page(AdsDossierSummaryView) {}

@ObjectType('AdsMajorationCheck')
export class AdsMajorationView {
  @Field(() => ID, { nullable: true }) id: string | null;
  @Field(() => AdsMajorationKindEnum) kind: AdsMajorationKind;
  @Field(() => LocalDateScalar) notifiedOn: string;
  @Field() applied: boolean;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType('AdsDeadline', { description: 'Délais calculés par les règles du code de l’urbanisme' })
export class AdsDeadlineView {
  @Field(() => Int) baseMonths: number;
  @Field(() => Int) months: number;
  @Field(() => LocalDateScalar) completenessLimit: string;
  @Field() piecesRequestLate: boolean;
  @Field() state: string;
  @Field(() => LocalDateScalar, { nullable: true }) startsOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) piecesDueOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) deadline: string | null;
  @Field(() => LocalDateScalar) tacitOn: string;
  @Field(() => AdsOutcomeEnum) tacitOutcome: AdsOutcome;
  @Field(() => [AdsMajorationView]) majorations: AdsMajorationView[];
}

@ObjectType('AdsConsultation')
export class AdsConsultationView {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Version de l’enregistrement, à renvoyer avec une modification' }) version: number;
  @Field(() => AdsConsultedServiceEnum) service: AdsConsultedService;
  @Field(() => String, { nullable: true }) serviceDetail: string | null;
  @Field(() => LocalDateScalar) sentOn: string;
  @Field(() => LocalDateScalar) dueOn: string;
  @Field(() => AdsOpinionEnum, { nullable: true, description: 'Avis enregistré' }) opinion: AdsOpinion | null;
  @Field(() => AdsOpinionEnum, { nullable: true, description: 'Avis enregistré, ou tacite une fois l’échéance passée' })
  effectiveOpinion: AdsOpinion | null;
  @Field(() => LocalDateScalar, { nullable: true }) opinionOn: string | null;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ObjectType('AdsDossierEvent')
export class AdsDossierEventView {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field(() => LocalDateScalar) eventOn: string;
  @Field(() => AdsStatusEnum, { nullable: true }) fromStatus: AdsStatus | null;
  @Field(() => AdsStatusEnum, { nullable: true }) toStatus: AdsStatus | null;
  @Field() actorLogin: string;
  @Field() summary: string;
  @Field(() => JSONObjectScalar, { nullable: true }) details: Record<string, unknown> | null;
  @Field({ description: 'Horodatage ISO de l’enregistrement' }) recordedAt: string;
}

@ObjectType('AdsDossier')
export class AdsDossierView extends AdsDossierSummaryView {
  @Field(() => Int, { description: 'Version de l’enregistrement, à renvoyer avec une modification' }) version: number;
  @Field(() => String, { nullable: true }) initialNumber: string | null;
  @Field(() => AdsApplicantKindEnum) applicantKind: AdsApplicantKind;
  @Field() landAddress: string;
  @Field(() => [String]) cadastralParcels: string[];
  @Field() projectNature: string;
  @Field(() => Int) floorAreaCreated: number;
  @Field(() => Int) dwellingsCreated: number;
  @Field() tacitRefusalCase: boolean;
  @Field(() => LocalDateScalar) statusOn: string;
  @Field(() => LocalDateScalar, { nullable: true }) piecesRequestedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) piecesReceivedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) completeOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) closedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) docOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) daactOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) conformityOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Certificat de décision tacite délivré le (R*424-13)' })
  tacitCertificateOn: string | null;
  @Field(() => String, { nullable: true, description: 'WITHDRAWAL (retrait, L424-5) ou CU_EXPRESS (L410-1)' })
  afterTacitKind: string | null;
  @Field(() => AdsOutcomeEnum, { nullable: true }) afterTacitOutcome: AdsOutcome | null;
  @Field(() => LocalDateScalar, { nullable: true }) afterTacitOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Courrier de procédure contradictoire (retrait)' })
  withdrawalProcedureOn: string | null;
  @Field(() => AdsDeadlineView) computedDeadline: AdsDeadlineView;
  @Field(() => [AdsActionEnum], { description: 'Étapes possibles maintenant (machine à états du domaine)' })
  allowedActions: AdsAction[];
  @Field(() => [AdsOutcomeEnum], { description: 'Décisions expresses possibles pour ce type' })
  expressOutcomes: AdsOutcome[];
  @Field() consultationsAllowed: boolean;
  @Field(() => [AdsConsultationView]) consultations: AdsConsultationView[];
  @Field(() => [AdsDossierEventView]) events: AdsDossierEventView[];
}

@ObjectType('AdsInstructor')
export class AdsInstructorView {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() login: string;
}

@ObjectType('AdsQueueCount', { description: 'Nombre de dossiers d’une corbeille' })
export class AdsQueueCountView {
  @Field(() => AdsQueue) queue: AdsQueue;
  @Field(() => Int) count: number;
}

@ObjectType('AdsActWeight', { description: 'Poids d’un type de dossier en équivalent PC, à partir d’une date' })
export class AdsActWeightView {
  @Field(() => AdsDossierTypeEnum) dossierType: AdsDossierType;
  @Field(() => LocalDateScalar, { description: 'S’applique aux dossiers déposés à partir de ce jour' })
  validFrom: string;
  @Field(() => Float) weight: number;
  @Field(() => String, { nullable: true }) updatedBy: string | null;
}

@ObjectType('AdsActWeightScale', { description: 'Un barème daté : les types dont le poids change ce jour-là' })
export class AdsActWeightScaleView {
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => String, { nullable: true }) updatedBy: string | null;
  @Field(() => [AdsActWeightView]) weights: AdsActWeightView[];
}

@ObjectType('AdsImportLine')
export class AdsImportLineView {
  @Field(() => Int, { description: 'Numéro de ligne dans le fichier (en-tête = 1)' }) line: number;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field({ description: 'IMPORTED, VALID (valide mais fichier rejeté), SKIPPED (déjà présent) ou REJECTED' })
  status: string;
  @Field(() => [String]) messages: string[];
}

@ObjectType('AdsImportReport')
export class AdsImportReportView {
  @Field() filename: string;
  @Field({ description: 'Vrai si le fichier a été enregistré (tout ou rien)' }) committed: boolean;
  @Field(() => Int) imported: number;
  @Field(() => Int) skipped: number;
  @Field(() => Int) rejected: number;
  @Field(() => [AdsImportLineView]) lines: AdsImportLineView[];
}
