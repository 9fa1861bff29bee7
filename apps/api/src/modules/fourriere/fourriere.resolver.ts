import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { FourriereOutcomeType } from '@call/domain';
import { Rule } from '../../core/auth/rules';
import type { RequestContext } from '../../core/context';
import { LocalDateScalar } from '../../core/graphql/scalars';
import { FigureChange } from '../../core/indicators/figure-impact';
import { PageArgs } from '../../core/kit/paging';
import { FourriereCommands } from './fourriere-commands.service';
import { OutcomeTypeEnum } from './fourriere.enums';
import {
  AnimalFilter,
  CourtDecisionInput,
  IntakeInput,
  OutcomeInput,
  OwnerSearchInput,
  TariffInput,
  VetActInput,
} from './fourriere.inputs';
import { FourriereService } from './fourriere.service';
import {
  AnimalPage,
  AnimalView,
  BoardAlertsView,
  FeeQuoteView,
  OwnerSearchView,
  PaymentView,
  TariffView,
  VetActView,
} from './fourriere.types';

const READ = Rule.read('fourriere');
const WRITE = Rule.write('fourriere');

@Resolver(() => AnimalView)
export class FourriereResolver {
  constructor(
    private readonly service: FourriereService,
    private readonly commands: FourriereCommands,
  ) {}

  @Authorized(READ)
  @Query(() => AnimalPage, {
    description: 'Animaux de la fourrière : présents (tableau de bord) ou recherche par puce / tatouage',
  })
  fourriereAnimals(
    @Arg('filter', () => AnimalFilter, { defaultValue: {} }) filter: AnimalFilter,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AnimalPage> {
    return this.service.animals(filter, page);
  }

  @Authorized(READ)
  @Query(() => AnimalView, { description: 'Fiche d’un animal' })
  fourriereAnimal(@Arg('id', () => ID) id: string): Promise<AnimalView> {
    return this.service.animal(id);
  }

  @Authorized(READ)
  @Query(() => BoardAlertsView, {
    description: 'Alertes du tableau : délai de garde expirant ce jour ou échu sans sortie',
  })
  fourriereBoardAlerts(): Promise<BoardAlertsView> {
    return this.service.boardAlerts();
  }

  @Authorized(READ)
  @Query(() => [TariffView], { description: 'Grille tarifaire datée de la fourrière' })
  fourriereTariffs(): Promise<TariffView[]> {
    return this.service.tariffs();
  }

  @Authorized(WRITE)
  @Mutation(() => [AnimalView], { description: 'Enregistre une entrée (un animal, ou chaque petit d’une portée)' })
  recordFourriereIntake(@Arg('input') input: IntakeInput, @Ctx() ctx: RequestContext): Promise<AnimalView[]> {
    return this.commands.recordIntake(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => AnimalView, { description: 'Consigne une démarche de recherche du propriétaire' })
  recordFourriereOwnerSearch(@Arg('input') input: OwnerSearchInput, @Ctx() ctx: RequestContext): Promise<AnimalView> {
    return this.commands.recordOwnerSearch(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => AnimalView, { description: 'Enregistre la décision judiciaire pour un animal placé sur réquisition' })
  recordFourriereCourtDecision(
    @Arg('input') input: CourtDecisionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<AnimalView> {
    return this.commands.recordCourtDecision(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => AnimalView, { description: 'Ajoute un acte vétérinaire (facturé à la restitution)' })
  addFourriereVetAct(@Arg('input') input: VetActInput, @Ctx() ctx: RequestContext): Promise<AnimalView> {
    return this.commands.addVetAct(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => AnimalView, {
    description: 'Enregistre la sortie de l’animal (restitution avec paiement, cession, adoption…)',
  })
  recordFourriereOutcome(@Arg('input') input: OutcomeInput, @Ctx() ctx: RequestContext): Promise<AnimalView> {
    return this.commands.recordOutcome(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => TariffView, {
    description: 'Fixe la grille tarifaire à partir d’une date (directeur de la fourrière)',
  })
  setFourriereTariff(
    @Arg('input') input: TariffInput,
    @Arg('confirmBackdated', {
      defaultValue: false,
      description: 'Confirme un tarif daté d’une année déjà publiée (voir fourriereTariffImpact)',
    })
    confirmBackdated: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<TariffView> {
    return this.commands.setTariff(ctx.user!, input, confirmBackdated);
  }

  @Authorized(WRITE)
  @Query(() => [FigureChange], {
    description:
      'Chiffres publiés (années passées) que ce tarif daté modifierait, avant et après ; rien n’est enregistré',
  })
  fourriereTariffImpact(@Arg('input') input: TariffInput, @Ctx() ctx: RequestContext): Promise<FigureChange[]> {
    return this.commands.tariffImpact(ctx.user!, input);
  }

  @FieldResolver(() => [OwnerSearchView], { description: 'Journal de recherche du propriétaire' })
  ownerSearches(@Root() a: AnimalView, @Ctx() ctx: RequestContext): Promise<OwnerSearchView[]> {
    return this.service.searchesOf(ctx, a.id);
  }

  @FieldResolver(() => [VetActView])
  vetActs(@Root() a: AnimalView, @Ctx() ctx: RequestContext): Promise<VetActView[]> {
    return this.service.vetActsOf(ctx, a.id);
  }

  @FieldResolver(() => [PaymentView])
  payments(@Root() a: AnimalView, @Ctx() ctx: RequestContext): Promise<PaymentView[]> {
    return this.service.paymentsOf(ctx, a.id);
  }

  @FieldResolver(() => FeeQuoteView, {
    nullable: true,
    description: 'Frais dus pour une restitution ce jour-là (aujourd’hui par défaut)',
  })
  feesDue(
    @Root() a: AnimalView,
    @Ctx() ctx: RequestContext,
    @Arg('on', () => LocalDateScalar, { nullable: true }) on?: string | null,
  ): Promise<FeeQuoteView | null> {
    return this.service.feesDue(ctx, a, on ?? null);
  }

  @FieldResolver(() => [OutcomeTypeEnum], {
    description: 'Sorties que la règle permet ce jour-là (aujourd’hui par défaut)',
  })
  allowedOutcomes(
    @Root() a: AnimalView,
    @Ctx() ctx: RequestContext,
    @Arg('on', () => LocalDateScalar, { nullable: true }) on?: string | null,
  ): Promise<FourriereOutcomeType[]> {
    return this.service.allowedOutcomes(ctx, a, on ?? null);
  }
}
