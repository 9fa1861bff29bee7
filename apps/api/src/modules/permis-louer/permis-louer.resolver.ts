import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Rule } from '../../core/auth/rules';
import type { RequestContext } from '../../core/context';
import { FigureChange } from '../../core/indicators/figure-impact';
import { PageArgs } from '../../core/kit/paging';
import { PermisLouerCommands } from './permis-louer-commands.service';
import {
  ApdDecideInput,
  ApdDepositInput,
  ApdStepInput,
  ContactInput,
  ApmlDepositInput,
  ApmlFilter,
  ApmlStepInput,
  ControlImportInput,
  DecideInput,
  OffenceInput,
  PerimeterInput,
  PlanVisitInput,
  RecordVisitInput,
  SanctionStepInput,
  TransferInput,
} from './permis-louer.inputs';
import { PermisLouerService } from './permis-louer.service';
import { ApdView, ApmlPage, ApmlView, ControlImportReport, PerimeterView, SanctionView } from './permis-louer.types';

const READ = Rule.read('permis_louer');
const WRITE = Rule.write('permis_louer');

@Resolver()
export class PermisLouerResolver {
  constructor(
    private readonly service: PermisLouerService,
    private readonly commands: PermisLouerCommands,
  ) {}

  @Authorized(READ)
  @Query(() => ApmlPage, { description: 'Dossiers APML, ou la file des autorisations tacites à venir' })
  pdlApmlDossiers(
    @Arg('filter', () => ApmlFilter, { defaultValue: {} }) filter: ApmlFilter,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ApmlPage> {
    return this.service.apmlDossiers(filter, page);
  }

  @Authorized(READ)
  @Query(() => ApmlView, { description: 'Un dossier APML' })
  pdlApmlDossier(@Arg('id', () => ID) id: string): Promise<ApmlView> {
    return this.service.apmlDossier(id);
  }

  @Authorized(READ)
  @Query(() => [PerimeterView], { description: 'Périmètres datés du permis de louer (500 au plus)' })
  pdlPerimeters(@Arg('communeInsee', () => String, { nullable: true }) communeInsee?: string | null) {
    return this.service.perimeters(communeInsee);
  }

  @Authorized(WRITE)
  @Mutation(() => ID, { description: 'Crée un périmètre daté (au moins six mois après la publication, L635-1)' })
  createPdlPerimeter(
    @Arg('input') input: PerimeterInput,
    @Arg('confirmBackdated', {
      defaultValue: false,
      description: 'Confirme un périmètre daté d’une année déjà publiée (voir pdlPerimeterImpact)',
    })
    confirmBackdated: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return this.commands.createPerimeter(ctx.user!, input, confirmBackdated);
  }

  @Authorized(WRITE)
  @Query(() => [FigureChange], {
    description:
      'Chiffres publiés (années passées) que ce périmètre daté modifierait, avant et après ; rien n’est enregistré',
  })
  pdlPerimeterImpact(@Arg('input') input: PerimeterInput, @Ctx() ctx: RequestContext): Promise<FigureChange[]> {
    return this.commands.perimeterImpact(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ApmlView, { description: 'Enregistre le dépôt d’une demande APML et son récépissé' })
  depositPdlApml(@Arg('input') input: ApmlDepositInput, @Ctx() ctx: RequestContext): Promise<ApmlView> {
    return this.commands.depositApml(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ApmlView, { description: 'Déclare le dossier complet' })
  completePdlApml(@Arg('input') input: ApmlStepInput, @Ctx() ctx: RequestContext): Promise<ApmlView> {
    return this.commands.declareComplete(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ApmlView, { description: 'Programme la visite du logement' })
  planPdlVisit(@Arg('input') input: PlanVisitInput, @Ctx() ctx: RequestContext): Promise<ApmlView> {
    return this.commands.planVisit(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ApmlView, { description: 'Enregistre la visite et la grille des désordres' })
  recordPdlVisit(@Arg('input') input: RecordVisitInput, @Ctx() ctx: RequestContext): Promise<ApmlView> {
    return this.commands.recordVisit(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ApmlView, { description: 'Enregistre la décision expresse (dans le mois du récépissé)' })
  decidePdlApml(@Arg('input') input: DecideInput, @Ctx() ctx: RequestContext): Promise<ApmlView> {
    return this.commands.decide(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ApmlView, {
    description: 'Enregistre la mise en location (sans elle, l’autorisation expire à deux ans)',
  })
  recordPdlLetting(@Arg('input') input: ApmlStepInput, @Ctx() ctx: RequestContext): Promise<ApmlView> {
    return this.commands.recordLetting(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ApmlView, { description: 'Transfère une autorisation en cours de validité au nouveau propriétaire' })
  transferPdlApml(@Arg('input') input: TransferInput, @Ctx() ctx: RequestContext): Promise<ApmlView> {
    return this.commands.transfer(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ControlImportReport, { description: 'Importe un lot d’adresses contrôlées (CSV CAF), tout ou rien' })
  importPdlControlBatch(@Arg('input') input: ControlImportInput, @Ctx() ctx: RequestContext) {
    return this.commands.importControlBatch(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => SanctionView, { description: 'Constate un manquement : autorité et plafond du régime en vigueur' })
  recordPdlOffence(@Arg('input') input: OffenceInput, @Ctx() ctx: RequestContext): Promise<SanctionView> {
    return this.commands.recordOffence(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => SanctionView, { description: 'Étape suivante de la procédure de sanction' })
  recordPdlSanctionStep(@Arg('input') input: SanctionStepInput, @Ctx() ctx: RequestContext): Promise<SanctionView> {
    return this.commands.recordSanctionStep(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ApdView, { description: 'Enregistre une demande d’autorisation préalable à la division' })
  depositPdlApd(@Arg('input') input: ApdDepositInput, @Ctx() ctx: RequestContext): Promise<ApdView> {
    return this.commands.depositApd(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ApdView, { description: 'Décision sur une APD (dans les quinze jours)' })
  decidePdlApd(@Arg('input') input: ApdDecideInput, @Ctx() ctx: RequestContext): Promise<ApdView> {
    return this.commands.decideApd(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ApdView, { description: 'Accord final après travaux d’une division autorisée' })
  approvePdlApdWorks(@Arg('input') input: ApdStepInput, @Ctx() ctx: RequestContext): Promise<ApdView> {
    return this.commands.approveApdWorks(ctx.user!, input);
  }

  @Authorized(WRITE)
  @Mutation(() => ID, { description: 'Consigne un appel ou un passage au Guichet Unique de l’Habitat' })
  recordPdlContact(@Arg('input') input: ContactInput, @Ctx() ctx: RequestContext): Promise<string> {
    return this.commands.recordContact(ctx.user!, input);
  }
}
