import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type {
  PdlAuthority,
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
  PdlOutcome,
  PdlOwnerKind,
  PdlPerimeterKind,
  PdlSanctionStage,
  PdlStatus,
  PdlUrgency,
} from '@call/domain';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { Page } from '../../core/kit/paging';
import {
  PdlAuthorityEnum,
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
  PdlOutcomeEnum,
  PdlOwnerKindEnum,
  PdlPerimeterKindEnum,
  PdlStatusEnum,
  PdlSanctionStageEnum,
  PdlUrgencyEnum,
} from './permis-louer.enums';

@ObjectType('PdlPerimeter')
export class PerimeterView {
  @Field(() => ID) id: string;
  @Field() communeInsee: string;
  @Field() communeName: string;
  @Field(() => PdlPerimeterKindEnum) kind: PdlPerimeterKind;
  @Field(() => [String]) streets: string[];
  @Field(() => LocalDateScalar, { nullable: true, description: 'Publication de la délibération (null : à confirmer)' })
  publishedOn: string | null;
  @Field(() => ID, { nullable: true, description: 'L’adhésion datée de la commune au permis de louer' })
  membershipId: string | null;
  @Field(() => LocalDateScalar) validFrom: string;
  @Field(() => LocalDateScalar, { nullable: true }) validTo: string | null;
}

@ObjectType('PdlDefect')
export class DefectView {
  @Field(() => PdlDefectCategoryEnum) category: PdlDefectCategory;
  @Field(() => PdlDefectSeverityEnum) severity: PdlDefectSeverity;
  @Field(() => String, { nullable: true }) description: string | null;
}

@ObjectType('PdlApmlDossier')
export class ApmlView {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() number: string;
  @Field(() => PdlOwnerKindEnum) ownerKind: PdlOwnerKind;
  @Field() ownerName: string;
  @Field(() => String, { nullable: true }) ownerContact: string | null;
  @Field() street: string;
  @Field() communeInsee: string;
  @Field() communeName: string;
  @Field(() => PdlDwellingTypeEnum) dwellingType: PdlDwellingType;
  @Field(() => Float) surfaceM2: number;
  @Field(() => Int, { nullable: true }) floor: number | null;
  @Field(() => Int) rooms: number;
  @Field(() => PdlLettingContextEnum) lettingContext: PdlLettingContext;
  @Field(() => LocalDateScalar) depositedOn: string;
  @Field(() => LocalDateScalar) receivedOn: string;
  @Field(() => LocalDateScalar, { description: 'Dernier jour pour notifier une décision expresse' })
  decisionDeadline: string;
  @Field(() => LocalDateScalar, { description: 'Jour où l’autorisation tacite est acquise sans décision' })
  tacitOn: string;
  @Field(() => Int, { nullable: true, description: 'Jours restants avant l’autorisation tacite (sans décision)' })
  tacitInDays: number | null;
  @Field(() => PdlUrgencyEnum, { nullable: true }) urgency: PdlUrgency | null;
  @Field(() => PdlStatusEnum, { description: 'Déduit des dates (tacite, caducité)' }) status: PdlStatus;
  @Field(() => PdlOutcomeEnum, { nullable: true }) outcome: PdlOutcome | null;
  @Field(() => LocalDateScalar, { nullable: true }) completeOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) visitPlannedOn: string | null;
  @Field(() => String, { nullable: true }) inspector: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) visitedOn: string | null;
  @Field(() => String, { nullable: true }) visitNotes: string | null;
  @Field(() => [DefectView]) defects: DefectView[];
  @Field(() => PdlDecisionEnum, { nullable: true }) decision: PdlDecision | null;
  @Field(() => LocalDateScalar, { nullable: true }) decidedOn: string | null;
  @Field(() => String, { nullable: true }) reasons: string | null;
  @Field(() => [String]) works: string[];
  @Field() anahJoint: boolean;
  @Field(() => LocalDateScalar, { nullable: true }) letOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) transferredOn: string | null;
}

@ObjectType('PdlApmlPage')
export class ApmlPage extends Page(ApmlView) {}

@ObjectType('PdlImportLineError')
export class ImportLineError {
  @Field(() => Int) line: number;
  @Field() message: string;
}

@ObjectType('PdlControlImportReport')
export class ControlImportReport {
  @Field({ description: 'Vrai si le lot est enregistré ; faux si une ligne est en erreur (rien n’est enregistré)' })
  imported: boolean;
  @Field(() => Int) lines: number;
  @Field(() => [ImportLineError]) errors: ImportLineError[];
}

@ObjectType('PdlSanction')
export class SanctionView {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() ownerName: string;
  @Field() street: string;
  @Field() communeInsee: string;
  @Field() communeName: string;
  @Field(() => PdlOffenceEnum) offence: PdlOffence;
  @Field(() => LocalDateScalar) foundOn: string;
  @Field(() => PdlAuthorityEnum) authority: PdlAuthority;
  @Field(() => Int, { description: 'Plafond de l’amende (L635-7)' }) maxFine: number;
  @Field(() => LocalDateScalar, { nullable: true }) reportedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) observationsInvitedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) orderedOn: string | null;
  @Field(() => Int, { nullable: true }) amount: number | null;
  @Field(() => LocalDateScalar, { nullable: true }) revenueOrderOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) paidOn: string | null;
  @Field(() => PdlSanctionStageEnum, { description: 'Première étape non datée' }) stage: PdlSanctionStage;
}

@ObjectType('PdlApdDossier')
export class ApdView {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() number: string;
  @Field() ownerName: string;
  @Field() street: string;
  @Field() communeInsee: string;
  @Field() communeName: string;
  @Field(() => Int) dwellingsCount: number;
  @Field() anahJoint: boolean;
  @Field(() => LocalDateScalar) receivedOn: string;
  @Field(() => LocalDateScalar, { description: 'Jour où l’autorisation de diviser est tacitement acquise' })
  tacitOn: string;
  @Field(() => PdlOutcomeEnum, { nullable: true, description: 'Décision, ou tacite une fois le délai passé' })
  outcome: PdlOutcome | null;
  @Field(() => LocalDateScalar, { nullable: true }) decidedOn: string | null;
  @Field(() => LocalDateScalar, { nullable: true }) finalApprovalOn: string | null;
}

@ObjectType('PdlSanctionPage')
export class SanctionPage extends Page(SanctionView) {}

@ObjectType('PdlApdPage')
export class ApdPage extends Page(ApdView) {}

@ObjectType('PdlContact')
class ContactView {
  @Field(() => ID) id: string;
  @Field(() => LocalDateScalar) contactOn: string;
  @Field(() => PdlContactChannelEnum) channel: PdlContactChannel;
  @Field(() => PdlContactPersonEnum) personType: PdlContactPerson;
  @Field(() => PdlContactSubjectEnum) subject: PdlContactSubject;
  @Field(() => PdlContactPurposeEnum) purpose: PdlContactPurpose;
  @Field() recordedByLogin: string;
}

@ObjectType('PdlContactPage')
export class ContactPage extends Page(ContactView) {}

@ObjectType('PdlControlBatch')
class ControlBatchView {
  @Field(() => ID) id: string;
  @Field() partner: string;
  @Field(() => LocalDateScalar) receivedOn: string;
  @Field() fileName: string;
  @Field() importedByLogin: string;
  @Field(() => Int, { description: 'Adresses du lot' }) addresses: number;
  @Field(() => Int, { description: 'dont dossiers déposés après contact' }) filedAfterContact: number;
}

@ObjectType('PdlControlBatchPage')
export class ControlBatchPage extends Page(ControlBatchView) {}
