import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { Rule } from '../../core/auth/rules';
import { PageArgs } from '../../core/kit/paging';
import { AdsExportFormat, AdsQueue, AdsSort } from './graphql/ads.enums';
import {
  AddAdsConsultationInput,
  AddAdsMajorationInput,
  AdsActWeightInput,
  AdsDossierFilter,
  AdsTransitionInput,
  CreateAdsDossierInput,
  RecordAdsOpinionInput,
  UpdateAdsDossierInput,
} from './graphql/ads.inputs';
import { ExportedFile } from '../../core/graphql/exported-file';
import { FigureChange } from '../../core/indicators/figure-impact';
import { LocalDateScalar } from '../../core/graphql/scalars';
import {
  AdsActWeightScaleView,
  AdsActWeightView,
  AdsDossierPage,
  AdsDossierView,
  AdsImportReportView,
  AdsInstructorView,
  AdsQueueCountView,
} from './graphql/ads.types';
import type { AdsActWeightService } from './ads-act-weight.service';
import type { AdsDossierCommands } from './ads-dossier-commands.service';
import type { AdsDossierService } from './ads-dossier.service';
import type { AdsExportService } from './ads-export.service';
import type { AdsImportService } from './ads-import.service';

/** The instructors' screens: queues, dossier, workflow steps, consultations. */
@Resolver()
export class AdsDossierResolver {
  constructor(
    private readonly dossiers: AdsDossierService,
    private readonly commands: AdsDossierCommands,
  ) {}

  @Authorized(Rule.read('ads'))
  @Query(() => AdsDossierPage, { description: 'Corbeilles de travail du service ADS (filtrées, triées, paginées)' })
  adsDossiers(
    @Arg('filter', () => AdsDossierFilter, { nullable: true }) filter: AdsDossierFilter | null,
    @Arg('sort', () => AdsSort, { defaultValue: AdsSort.DEADLINE_ASC }) sort: AdsSort,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AdsDossierPage> {
    return this.dossiers.list(
      ctx.user!,
      filter ?? Object.assign(new AdsDossierFilter(), { queue: AdsQueue.ALL, withinDays: 15 }),
      sort,
      page,
    );
  }

  @Authorized(Rule.read('ads'))
  @Query(() => AdsDossierView)
  adsDossier(@Arg('id', () => ID) id: string): Promise<AdsDossierView> {
    return this.dossiers.get(id);
  }

  @Authorized(Rule.read('ads'))
  @Query(() => [AdsInstructorView], { description: 'Agents du service ADS à qui attribuer un dossier' })
  adsInstructors(): Promise<AdsInstructorView[]> {
    return this.dossiers.instructors();
  }

  @Authorized(Rule.write('ads'))
  @Mutation(() => AdsDossierView, { description: 'Enregistre un dossier déposé' })
  createAdsDossier(@Arg('input') input: CreateAdsDossierInput, @Ctx() ctx: RequestContext): Promise<AdsDossierView> {
    return this.commands.create(ctx.user!, input);
  }

  @Authorized(Rule.write('ads'))
  @Mutation(() => AdsDossierView, {
    description:
      'Corrige un dossier enregistré (demandeur, terrain, projet, mode de dépôt ; commune, type et numéro tant qu’il est « Déposé »)',
  })
  updateAdsDossier(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateAdsDossierInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdsDossierView> {
    return this.commands.update(ctx.user!, id, input);
  }

  @Authorized(Rule.write('ads'))
  @Mutation(() => AdsDossierView, { description: 'Fait avancer un dossier dans le circuit d’instruction' })
  transitionAdsDossier(
    @Arg('id', () => ID) id: string,
    @Arg('input') input: AdsTransitionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdsDossierView> {
    return this.commands.transition(ctx.user!, id, input);
  }

  @Authorized(Rule.write('ads'))
  @Mutation(() => AdsDossierView)
  addAdsConsultation(
    @Arg('dossierId', () => ID) dossierId: string,
    @Arg('input') input: AddAdsConsultationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdsDossierView> {
    return this.commands.addConsultation(ctx.user!, dossierId, input);
  }

  @Authorized(Rule.write('ads'))
  @Mutation(() => AdsDossierView)
  recordAdsOpinion(
    @Arg('consultationId', () => ID) consultationId: string,
    @Arg('input') input: RecordAdsOpinionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdsDossierView> {
    return this.commands.recordOpinion(ctx.user!, consultationId, input);
  }

  @Authorized(Rule.write('ads'))
  @Mutation(() => AdsDossierView, { description: 'Enregistre la notification d’une majoration du délai' })
  addAdsMajoration(
    @Arg('dossierId', () => ID) dossierId: string,
    @Arg('input') input: AddAdsMajorationInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AdsDossierView> {
    return this.commands.addMajoration(ctx.user!, dossierId, input);
  }

  @Authorized(Rule.write('ads'))
  @Mutation(() => AdsDossierView)
  assignAdsDossier(
    @Arg('id', () => ID) id: string,
    @Arg('instructorId', () => ID, { nullable: true }) instructorId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AdsDossierView> {
    return this.commands.assign(ctx.user!, id, instructorId);
  }

  @Authorized(Rule.write('ads'))
  @Mutation(() => Int, {
    description:
      'Attribue plusieurs dossiers à un instructeur (ou retire l’attribution), tout ou rien ; renvoie le nombre de dossiers qui ont changé de mains',
  })
  assignAdsDossiers(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('instructorId', () => ID, { nullable: true }) instructorId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<number> {
    return this.commands.assignMany(ctx.user!, ids, instructorId);
  }

  @Authorized(Rule.read('ads'))
  @Query(() => [AdsQueueCountView], { description: 'Nombre de dossiers de chaque corbeille, avec les mêmes filtres' })
  adsQueueCounts(
    @Arg('filter', () => AdsDossierFilter, { nullable: true }) filter: AdsDossierFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AdsQueueCountView[]> {
    return this.dossiers.queueCounts(
      ctx.user!,
      filter ?? Object.assign(new AdsDossierFilter(), { queue: AdsQueue.ALL, withinDays: 15 }),
    );
  }
}

/** Files in and out: export of a queue, import of the instruction software's export; the weights scale. */
@Resolver()
export class AdsFilesResolver {
  constructor(
    private readonly exporter: AdsExportService,
    private readonly importer: AdsImportService,
    private readonly weights: AdsActWeightService,
    private readonly commands: AdsDossierCommands,
  ) {}

  @Authorized(Rule.read('ads'))
  @Query(() => ExportedFile, { description: 'Export CSV ou XLSX de la liste filtrée' })
  adsDossierExport(
    @Arg('filter', () => AdsDossierFilter, { nullable: true }) filter: AdsDossierFilter | null,
    @Arg('sort', () => AdsSort, { defaultValue: AdsSort.DEADLINE_ASC }) sort: AdsSort,
    @Arg('format', () => AdsExportFormat, { defaultValue: AdsExportFormat.XLSX }) format: AdsExportFormat,
    @Ctx() ctx: RequestContext,
  ): Promise<ExportedFile> {
    return this.exporter.export(
      ctx.user!,
      filter ?? Object.assign(new AdsDossierFilter(), { queue: AdsQueue.ALL, withinDays: 15 }),
      sort,
      format,
    );
  }

  @Authorized(Rule.write('ads'))
  @Mutation(() => AdsImportReportView, {
    description: 'Importe un export du logiciel d’instruction (CSV/XLSX en base64) : tout ou rien',
  })
  importAdsDossiers(
    @Arg('filename') filename: string,
    @Arg('base64') base64: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AdsImportReportView> {
    return this.importer.import(ctx.user!, filename, base64);
  }

  @Authorized(Rule.read('ads'))
  @Query(() => [AdsActWeightView], {
    description: 'Barème des actes quantifiés (équivalent PC) en vigueur ce jour-là (aujourd’hui par défaut)',
  })
  adsActWeights(@Arg('on', () => LocalDateScalar, { nullable: true }) on: string | null): Promise<AdsActWeightView[]> {
    return this.weights.inForce(on);
  }

  @Authorized(Rule.read('ads'))
  @Query(() => [AdsActWeightScaleView], { description: 'Historique des barèmes datés, le plus récent d’abord' })
  adsActWeightHistory(): Promise<AdsActWeightScaleView[]> {
    return this.weights.history();
  }

  @Authorized(Rule.write('ads'))
  @Mutation(() => [AdsActWeightView], {
    description:
      'Enregistre un barème daté (directeur ADS) : il s’applique aux dossiers déposés à partir de validFrom, les dossiers antérieurs gardent le barème de leur date de dépôt. Renvoie le barème en vigueur à cette date.',
  })
  updateAdsActWeights(
    @Arg('validFrom', () => LocalDateScalar) validFrom: string,
    @Arg('weights', () => [AdsActWeightInput]) weights: AdsActWeightInput[],
    @Arg('confirmBackdated', {
      defaultValue: false,
      description: 'Confirme un barème daté d’une année déjà publiée (voir adsActWeightsImpact)',
    })
    confirmBackdated: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<AdsActWeightView[]> {
    return this.commands.setActWeights(ctx.user!, validFrom, weights, confirmBackdated);
  }

  @Authorized(Rule.write('ads'))
  @Query(() => [FigureChange], {
    description:
      'Chiffres publiés (années passées) que ce barème daté modifierait, avant et après ; rien n’est enregistré',
  })
  adsActWeightsImpact(
    @Arg('validFrom', () => LocalDateScalar) validFrom: string,
    @Arg('weights', () => [AdsActWeightInput]) weights: AdsActWeightInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<FigureChange[]> {
    return this.commands.actWeightsImpact(ctx.user!, validFrom, weights);
  }
}
