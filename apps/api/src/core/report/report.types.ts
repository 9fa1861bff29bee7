import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import {
  REPORT_CHAPTER_STATUSES,
  REPORT_YEAR_STATUSES,
  type DirectorateKey,
  type ReportChapterStatus,
  type ReportReviewDecision,
  type ReportYearStatus,
} from '@call/domain';
import { choicesEnum } from '../kit/choices-enum';
import { DirectorateEnum } from '../graphql/enums';

const ReportChapterStatusEnum = choicesEnum(
  REPORT_CHAPTER_STATUSES,
  'ReportChapterStatus',
  'Avancement d’un chapitre du rapport',
);
const ReportYearStatusEnum = choicesEnum(REPORT_YEAR_STATUSES, 'ReportYearStatus', 'État d’un rapport annuel');
export const ReportReviewDecisionEnum = { ACCEPT: 'ACCEPT', REQUEST_CHANGES: 'REQUEST_CHANGES', COMMENT: 'COMMENT' };
registerEnumType(ReportReviewDecisionEnum, {
  name: 'ReportReviewDecision',
  description: 'Relecture de la DGS : accepter, demander des modifications, ou seulement commenter',
});

@ObjectType()
export class ReportVisualView {
  @Field() indicatorKey: string;
  @Field() dimension: string;
  @Field(() => String, { nullable: true }) kind: 'bar' | 'line' | null;
  @Field(() => String, { nullable: true }) title: string | null;
}

@ObjectType({ description: 'Un chapitre du rapport annuel' })
export class ReportChapterView {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field(() => ID) partId: string;
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field(() => DirectorateEnum, { nullable: true }) directorate: DirectorateKey | null;
  @Field(() => [String]) indicatorKeys: string[];
  @Field(() => [ReportVisualView]) tables: ReportVisualView[];
  @Field(() => [ReportVisualView]) charts: ReportVisualView[];
  @Field({ description: 'Faits marquants (Markdown : titres #, listes -, **gras**)' }) highlights: string;
  @Field({ description: 'Perspectives (même format)' }) outlook: string;
  @Field(() => ReportChapterStatusEnum) status: ReportChapterStatus;
  @Field(() => String, { nullable: true }) reviewComment: string | null;
  @Field(() => Int) version: number;
  @Field({ description: 'L’utilisateur écrit ce chapitre (et l’année est ouverte)' }) canWrite: boolean;
}

@ObjectType()
export class ReportPartView {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() title: string;
  @Field(() => [ReportChapterView]) chapters: ReportChapterView[];
}

@ObjectType()
export class ReportProgressItem {
  @Field(() => ReportChapterStatusEnum) status: ReportChapterStatus;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Le rapport d’activités d’une année : sa structure et son avancement' })
export class ReportYearView {
  @Field(() => Int) year: number;
  @Field(() => ReportYearStatusEnum) status: ReportYearStatus;
  @Field(() => String, { nullable: true, description: 'Horodatage ISO 8601' }) closedAt: string | null;
  @Field(() => String, { nullable: true }) closedBy: string | null;
  @Field(() => Int) version: number;
  @Field(() => [ReportPartView], { description: 'Pour un directeur : seulement ses chapitres' })
  parts: ReportPartView[];
  @Field(() => [ReportProgressItem]) progress: ReportProgressItem[];
}

@ObjectType({ description: 'Un chiffre d’un chapitre : en direct pour une année ouverte, figé pour une année close' })
export class ReportFigureView {
  @Field() key: string;
  @Field() label: string;
  @Field() unit: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true }) previousValue: number | null;
  @Field() declared: boolean;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field() frozen: boolean;
}

@ObjectType({ description: 'Un chiffre d’une année close dont la valeur en direct diffère de la valeur figée' })
export class ReportDriftView {
  @Field() key: string;
  @Field() label: string;
  @Field() unit: string;
  @Field(() => Float, { nullable: true }) frozenValue: number | null;
  @Field(() => Float, { nullable: true }) liveValue: number | null;
  @Field({ description: 'Horodatage ISO 8601 du calcul figé' }) computedAt: string;
  @Field({ description: 'La DGS a pris connaissance de cette valeur en direct' }) acknowledged: boolean;
}

@InputType('ReportVisualInput')
export class ReportVisualInput {
  @Field() @MaxLength(120) indicatorKey: string;
  @Field() @MaxLength(60) dimension: string;
  @Field(() => String, { nullable: true }) kind?: 'bar' | 'line' | null;
  @Field(() => String, { nullable: true }) @MaxLength(200) title?: string | null;
}

@InputType('ReportChapterStructureInput')
export class ReportChapterStructureInput {
  @Field() @MaxLength(200) title: string;
  @Field(() => DirectorateEnum, { nullable: true }) directorate?: DirectorateKey | null;
  @Field(() => [String]) indicatorKeys: string[];
  @Field(() => [ReportVisualInput]) tables: ReportVisualInput[];
  @Field(() => [ReportVisualInput]) charts: ReportVisualInput[];
}

@InputType('ReportChapterTextInput')
export class ReportChapterTextInput {
  @Field() @MaxLength(50000) highlights: string;
  @Field() @MaxLength(50000) outlook: string;
  @Field(() => Int) expectedVersion: number;
}

export const REPORT_FIELD_LABELS = {
  ReportVisualInput: {
    indicatorKey: 'Indicateur',
    dimension: 'Ventilation',
    kind: 'Type de graphique',
    title: 'Titre',
  },
  ReportChapterStructureInput: {
    title: 'Titre',
    directorate: 'Direction',
    indicatorKeys: 'Chiffres clés',
    tables: 'Tableaux',
    charts: 'Graphiques',
  },
  ReportChapterTextInput: {
    highlights: 'Faits marquants',
    outlook: 'Perspectives',
    expectedVersion: 'Version chargée',
  },
};

export type { ReportReviewDecision };
