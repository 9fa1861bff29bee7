import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Rule } from '../auth/rules';
import { badInput } from '../errors';
import type { ReportChaptersService } from './report-chapters.service';
import type { ReportClosingService } from './report-closing.service';
import type { ReportStructureService } from './report-structure.service';
import {
  ReportChapterStructureInput,
  ReportChapterTextInput,
  ReportChapterView,
  ReportDriftView,
  ReportFigureView,
  ReportReviewDecisionEnum,
  ReportYearView,
  type ReportReviewDecision,
} from './report.types';

const checkYear = (year: number) => {
  if (year < 2000 || year > 2100) throw badInput('year', 'L’année doit être comprise entre 2000 et 2100.');
};

/** The annual activity report: structure (DGS), chapters (directors), closing and drift (DGS). */
@Resolver()
export class ReportResolver {
  constructor(
    private readonly structure: ReportStructureService,
    private readonly chapters: ReportChaptersService,
    private readonly closing: ReportClosingService,
  ) {}

  @Authorized(Rule.dgs, Rule.director)
  @Query(() => ReportYearView, {
    nullable: true,
    description: 'Le rapport d’une année (absent tant qu’il n’est pas ouvert)',
  })
  reportYear(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<ReportYearView | null> {
    checkYear(year);
    return this.structure.yearView(ctx.user!, year);
  }

  @Authorized(Rule.dgs, Rule.director)
  @Query(() => ReportChapterView)
  reportChapter(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReportChapterView> {
    return this.chapters.chapter(ctx.user!, id);
  }

  @Authorized(Rule.dgs, Rule.director)
  @Query(() => [ReportFigureView], {
    description: 'Les chiffres clés du chapitre : en direct, ou figés si l’année est close',
  })
  reportChapterFigures(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReportFigureView[]> {
    return this.chapters.figures(ctx.user!, id);
  }

  @Authorized(Rule.dgs)
  @Query(() => [ReportDriftView], {
    description: 'Année close : les chiffres dont la valeur en direct diffère de la valeur figée',
  })
  reportDrift(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<ReportDriftView[]> {
    checkYear(year);
    return this.closing.drift(ctx.user!, year);
  }

  @Authorized(Rule.dgs)
  @Mutation(() => ReportYearView, { description: 'Ouvre le rapport d’une année avec la structure du rapport 2023' })
  openReportYear(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext): Promise<ReportYearView> {
    checkYear(year);
    return this.structure.openYear(ctx.user!, year);
  }

  @Authorized(Rule.dgs)
  @Mutation(() => ReportYearView)
  renameReportPart(
    @Arg('id', () => ID) id: string,
    @Arg('title') title: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportYearView> {
    return this.structure.renamePart(ctx.user!, id, title);
  }

  @Authorized(Rule.dgs)
  @Mutation(() => ReportYearView)
  addReportChapter(
    @Arg('partId', () => ID) partId: string,
    @Arg('input', () => ReportChapterStructureInput) input: ReportChapterStructureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportYearView> {
    return this.structure.addChapter(ctx.user!, partId, input);
  }

  @Authorized(Rule.dgs)
  @Mutation(() => ReportYearView, { description: 'Titre, direction, chiffres, tableaux et graphiques d’un chapitre' })
  updateReportChapterStructure(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReportChapterStructureInput) input: ReportChapterStructureInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportYearView> {
    return this.structure.updateChapter(ctx.user!, id, input);
  }

  @Authorized(Rule.dgs)
  @Mutation(() => ReportYearView)
  moveReportChapter(
    @Arg('id', () => ID) id: string,
    @Arg('partId', () => ID) partId: string,
    @Arg('position', () => Int) position: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportYearView> {
    return this.structure.moveChapter(ctx.user!, id, partId, position);
  }

  @Authorized(Rule.dgs)
  @Mutation(() => ReportYearView)
  removeReportChapter(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReportYearView> {
    return this.structure.removeChapter(ctx.user!, id);
  }

  @Authorized(Rule.director, Rule.dgs)
  @Mutation(() => ReportChapterView, { description: 'Enregistre les faits marquants et perspectives (brouillon)' })
  saveReportChapterText(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ReportChapterTextInput) input: ReportChapterTextInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportChapterView> {
    return this.chapters.saveText(ctx.user!, id, input);
  }

  @Authorized(Rule.director, Rule.dgs)
  @Mutation(() => ReportChapterView, { description: 'Soumet le chapitre à la relecture de la DGS' })
  submitReportChapter(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ReportChapterView> {
    return this.chapters.submit(ctx.user!, id);
  }

  @Authorized(Rule.dgs)
  @Mutation(() => ReportChapterView, {
    description: 'Relecture de la DGS : accepter, demander des modifications, commenter',
  })
  reviewReportChapter(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => ReportReviewDecisionEnum) decision: ReportReviewDecision,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportChapterView> {
    return this.chapters.review(ctx.user!, id, decision, comment);
  }

  @Authorized(Rule.dgs)
  @Mutation(() => ReportYearView, { description: 'Clôt l’année : chaque chiffre du rapport est figé' })
  async closeReportYear(
    @Arg('year', () => Int) year: number,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportYearView> {
    checkYear(year);
    await this.closing.close(ctx.user!, year, expectedVersion);
    return (await this.structure.yearView(ctx.user!, year))!;
  }

  @Authorized(Rule.dgs)
  @Mutation(() => ReportYearView, { description: 'Rouvre une année close (les chiffres figés sont abandonnés)' })
  async reopenReportYear(
    @Arg('year', () => Int) year: number,
    @Arg('reason') reason: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportYearView> {
    checkYear(year);
    await this.closing.reopen(ctx.user!, year, reason);
    return (await this.structure.yearView(ctx.user!, year))!;
  }

  @Authorized(Rule.dgs)
  @Mutation(() => [ReportDriftView], { description: 'Prend connaissance d’un écart : le chiffre publié reste figé' })
  acknowledgeReportDrift(
    @Arg('year', () => Int) year: number,
    @Arg('key') key: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportDriftView[]> {
    checkYear(year);
    return this.closing.acknowledge(ctx.user!, year, key);
  }
}
