import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Rule } from '../../core/auth/rules';
import type { RequestContext } from '../../core/context';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { PageArgs } from '../../core/kit/paging';
import { CrematoriumCommands } from './crematorium-commands.service';
import {
  AshesInput,
  BookingInput,
  CancelInput,
  CompleteInput,
  MetalAllocationInput,
  MetalLotInput,
  ProtocolInput,
  RescheduleInput,
  ScanInput,
} from './crematorium.inputs';
import { CrematoriumService } from './crematorium.service';
import {
  CremationPage,
  CremationView,
  LineLoadView,
  LineView,
  MetalsView,
  RescheduleView,
  ScanView,
} from './crematorium.types';

const READ = Rule.read('crematorium');
const WRITE = Rule.write('crematorium');

@Resolver(() => CremationView)
export class CrematoriumResolver {
  constructor(
    private readonly service: CrematoriumService,
    private readonly commands: CrematoriumCommands,
  ) {}

  @Authorized(READ)
  @Query(() => [LineView], { description: 'Lignes de crémation et leurs créneaux' })
  crematoriumLines(): Promise<LineView[]> {
    return this.service.lines();
  }

  @Authorized(READ)
  @Query(() => [CremationView], { description: 'Planning d’un jour, toutes lignes' })
  crematoriumPlanning(@Arg('day', () => LocalDateScalar) day: string): Promise<CremationView[]> {
    return this.service.planning(day);
  }

  @Authorized(READ)
  @Query(() => CremationView, { description: 'Fiche d’une crémation' })
  cremation(@Arg('id', () => ID) id: string): Promise<CremationView> {
    return this.service.cremation(id);
  }

  @Authorized(READ)
  @Query(() => [LineLoadView], { description: 'Occupation des lignes sur une année' })
  crematoriumLineLoad(@Arg('year', () => Int) year: number): Promise<LineLoadView[]> {
    return this.service.lineLoad(year);
  }

  @Authorized(READ)
  @Query(() => CremationPage, { description: 'Urnes conservées au crématorium, les plus anciennes d’abord' })
  crematoriumKeptUrns(@Args(() => PageArgs) page: PageArgs): Promise<CremationPage> {
    return this.service.keptUrns(page);
  }

  @Authorized(READ)
  @Query(() => MetalsView, { description: 'Métaux : lots, produit, emplois et solde' })
  crematoriumMetals(): Promise<MetalsView> {
    return this.service.metals();
  }

  @Authorized(WRITE)
  @Mutation(() => CremationView, { description: 'Réserve un créneau de crémation' })
  bookCremation(@Arg('input') input: BookingInput, @Ctx() ctx: RequestContext): Promise<CremationView> {
    return this.commands.book(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => CremationView, { description: 'Déplace une réservation (l’ancien créneau est conservé)' })
  rescheduleCremation(@Arg('input') input: RescheduleInput, @Ctx() ctx: RequestContext): Promise<CremationView> {
    return this.commands.reschedule(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => CremationView, { description: 'Annule une réservation : le créneau et la salle sont libérés' })
  cancelCremation(@Arg('input') input: CancelInput, @Ctx() ctx: RequestContext): Promise<CremationView> {
    return this.commands.cancel(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => CremationView, { description: 'Enregistre le passage du cercueil au tunnel radioscopique' })
  recordCrematoriumScan(@Arg('input') input: ScanInput, @Ctx() ctx: RequestContext): Promise<CremationView> {
    return this.commands.recordScan(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => CremationView, { description: 'Enregistre les étapes du protocole d’ouverture, et le clôt' })
  recordCrematoriumProtocol(@Arg('input') input: ProtocolInput, @Ctx() ctx: RequestContext): Promise<CremationView> {
    return this.commands.recordProtocol(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => CremationView, { description: 'Enregistre la réalisation de la crémation' })
  completeCremation(@Arg('input') input: CompleteInput, @Ctx() ctx: RequestContext): Promise<CremationView> {
    return this.commands.complete(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => CremationView, { description: 'Enregistre la destination des cendres' })
  recordCrematoriumAshes(@Arg('input') input: AshesInput, @Ctx() ctx: RequestContext): Promise<CremationView> {
    return this.commands.recordAshes(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => MetalsView, { description: 'Enregistre une collecte de métaux et son produit' })
  async recordCrematoriumMetalLot(@Arg('input') input: MetalLotInput, @Ctx() ctx: RequestContext) {
    await this.commands.recordMetalLot(ctx.user!, input);
    return this.service.metals();
  }

  @Authorized(WRITE)
  @Mutation(() => MetalsView, { description: 'Affecte une part du produit des métaux (L2223-18-1-1)' })
  async allocateCrematoriumMetals(@Arg('input') input: MetalAllocationInput, @Ctx() ctx: RequestContext) {
    await this.commands.allocateMetals(ctx.user!, input);
    return this.service.metals();
  }

  @FieldResolver(() => [ScanView], { description: 'Passages au tunnel radioscopique' })
  scans(@Root() c: CremationView, @Ctx() ctx: RequestContext): Promise<ScanView[]> {
    return this.service.scansOf(ctx, c.id);
  }

  @FieldResolver(() => [RescheduleView], { description: 'Historique des déplacements' })
  reschedules(@Root() c: CremationView, @Ctx() ctx: RequestContext): Promise<RescheduleView[]> {
    return this.service.reschedulesOf(ctx, c.id);
  }
}
