import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { PretStatus } from '@call/domain';
import { Rule } from '../../core/auth/rules';
import type { RequestContext } from '../../core/context';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { PageArgs } from '../../core/kit/paging';
import { PretMaterielCommands } from './pret-materiel-commands.service';
import { PretStatusEnum } from './pret-materiel.enums';
import {
  AdvanceInput,
  ApproveInput,
  InterventionInput,
  KindInput,
  RefuseInput,
  RepairCloseInput,
  RequestInput,
  ReturnInput,
  StockMovementInput,
} from './pret-materiel.inputs';
import { PretMaterielService } from './pret-materiel.service';
import {
  InterventionPage,
  InterventionView,
  KindView,
  MovementPage,
  LineAvailabilityView,
  PlanningKindView,
  RepairPage,
  RepairView,
  RequestPage,
  RequestView,
  WeekTaskView,
} from './pret-materiel.types';

const READ = Rule.read('pret_materiel');
const WRITE = Rule.write('pret_materiel');

@Resolver()
export class PretMaterielResolver {
  constructor(
    private readonly service: PretMaterielService,
    private readonly commands: PretMaterielCommands,
  ) {}

  @Authorized(READ)
  @Query(() => [KindView], { description: 'Catalogue du matériel prêté, avec le stock en service aujourd’hui' })
  pretKinds(): Promise<KindView[]> {
    return this.service.kinds();
  }

  @Authorized(READ)
  @Query(() => RequestPage, { description: 'Demandes de prêt des communes, les plus récentes d’abord' })
  pretRequests(
    @Arg('status', () => PretStatusEnum, { nullable: true }) status: PretStatus | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<RequestPage> {
    return this.service.requests(status ?? null, page);
  }

  @Authorized(READ)
  @Query(() => RequestView, { description: 'Une demande de prêt' })
  pretRequest(@Arg('id', () => ID) id: string): Promise<RequestView> {
    return this.service.request(id);
  }

  @Authorized(READ)
  @Query(() => [LineAvailabilityView], { description: 'Disponibilité du stock pour chaque ligne d’une demande' })
  pretAvailability(@Arg('requestId', () => ID) requestId: string): Promise<LineAvailabilityView[]> {
    return this.service.availability(requestId);
  }

  @Authorized(READ)
  @Query(() => [PlanningKindView], {
    description: 'Planning : par type et par jour, réservé contre stock (62 jours max.)',
  })
  pretPlanning(
    @Arg('from', () => LocalDateScalar) from: string,
    @Arg('to', () => LocalDateScalar) to: string,
  ): Promise<PlanningKindView[]> {
    return this.service.planning(from, to);
  }

  @Authorized(READ)
  @Query(() => RepairPage, { description: 'Réparations, les plus récentes d’abord' })
  pretRepairs(
    @Arg('openOnly', { defaultValue: false }) openOnly: boolean,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<RepairPage> {
    return this.service.repairs(openOnly, page);
  }

  @Authorized(READ)
  @Query(() => MovementPage, { description: 'Mouvements de stock datés, les plus récents d’abord' })
  pretStockMovements(
    @Arg('kindId', () => ID, { nullable: true }) kindId: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<MovementPage> {
    return this.service.movements(kindId ?? null, page);
  }

  @Authorized(READ)
  @Query(() => InterventionPage, {
    description: 'Interventions auprès des services de la CALL, les plus récentes d’abord',
  })
  pretInterventions(@Args(() => PageArgs) page: PageArgs): Promise<InterventionPage> {
    return this.service.interventions(page);
  }

  @Authorized(READ)
  @Query(() => [WeekTaskView], { description: 'Livraisons, retraits, reprises et retours de la semaine (7 jours)' })
  pretWeek(@Arg('from', () => LocalDateScalar) from: string): Promise<WeekTaskView[]> {
    return this.service.week(from);
  }

  @Authorized(WRITE)
  @Mutation(() => KindView, { description: 'Ajoute un type de matériel au catalogue' })
  createPretKind(@Arg('input') input: KindInput, @Ctx() ctx: RequestContext): Promise<KindView> {
    return this.commands.createKind(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => Boolean, { description: 'Enregistre un mouvement de stock daté (acquisition, mise hors service…)' })
  recordPretStockMovement(@Arg('input') input: StockMovementInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.commands.recordMovement(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => RequestView, { description: 'Enregistre la demande de prêt d’une commune' })
  createPretRequest(@Arg('input') input: RequestInput, @Ctx() ctx: RequestContext): Promise<RequestView> {
    return this.commands.createRequest(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => RequestView, {
    description: 'Accorde une demande, éventuellement en partie, dans la limite du stock',
  })
  approvePretRequest(@Arg('input') input: ApproveInput, @Ctx() ctx: RequestContext): Promise<RequestView> {
    return this.commands.approve(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => RequestView, { description: 'Refuse une demande en indiquant le motif' })
  refusePretRequest(@Arg('input') input: RefuseInput, @Ctx() ctx: RequestContext): Promise<RequestView> {
    return this.commands.refuse(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => RequestView, {
    description: 'Passe une demande à l’étape suivante (préparée, livrée / retirée, clôturée)',
  })
  advancePretRequest(@Arg('input') input: AdvanceInput, @Ctx() ctx: RequestContext): Promise<RequestView> {
    return this.commands.advance(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => RequestView, { description: 'Contrôle au retour : rendu, manquant, abîmé (ouvre une réparation)' })
  recordPretReturn(@Arg('input') input: ReturnInput, @Ctx() ctx: RequestContext): Promise<RequestView> {
    return this.commands.recordReturn(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => RepairView, { description: 'Termine une réparation : remis en service ou mis au rebut' })
  closePretRepair(@Arg('input') input: RepairCloseInput, @Ctx() ctx: RequestContext): Promise<RepairView> {
    return this.commands.closeRepair(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => InterventionView, { description: 'Enregistre une intervention auprès d’un service de la CALL' })
  recordPretIntervention(
    @Arg('input') input: InterventionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InterventionView> {
    return this.commands.recordIntervention(ctx.user!, input);
  }
}
