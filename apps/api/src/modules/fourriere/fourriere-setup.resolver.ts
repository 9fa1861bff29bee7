import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Rule } from '../../core/auth/rules';
import type { RequestContext } from '../../core/context';
import { FigureChange } from '../../core/indicators/figure-impact';
import { FourriereSetupService } from './fourriere-setup.service';
import { ManagerSettingInput, ManagerSettingView, SetupItemView } from './fourriere-setup.types';

@Resolver()
export class FourriereSetupResolver {
  constructor(private readonly service: FourriereSetupService) {}

  @Authorized(Rule.read('fourriere'))
  @Query(() => [SetupItemView], {
    description:
      'Ce qui manque pour que la fourrière fonctionne (grille tarifaire, calendrier) ; vide quand tout est réglé',
  })
  fourriereSetup(): Promise<SetupItemView[]> {
    return this.service.setup();
  }

  @Authorized(Rule.read('fourriere'))
  @Query(() => [ManagerSettingView], { description: 'Déclarations datées du gestionnaire de la fourrière' })
  fourriereManagerSettings(): Promise<ManagerSettingView[]> {
    return this.service.managerSettings();
  }

  @Authorized(Rule.admin)
  @Mutation(() => [ManagerSettingView], {
    description:
      'Déclare, à partir d’une date, le gestionnaire de la fourrière et s’il est une association disposant d’un refuge (administrateur)',
  })
  setFourriereManagerSetting(
    @Arg('input') input: ManagerSettingInput,
    @Arg('confirmBackdated', {
      defaultValue: false,
      description: 'Confirme une déclaration datée d’une année déjà publiée (voir fourriereManagerSettingImpact)',
    })
    confirmBackdated: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ManagerSettingView[]> {
    return this.service.setManagerSetting(ctx.user!, input, confirmBackdated);
  }

  @Authorized(Rule.admin)
  @Query(() => [FigureChange], {
    description:
      'Chiffres publiés (années passées) que cette déclaration datée modifierait, avant et après ; rien n’est enregistré',
  })
  fourriereManagerSettingImpact(
    @Arg('input') input: ManagerSettingInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FigureChange[]> {
    return this.service.managerSettingImpact(ctx.user!, input);
  }
}
