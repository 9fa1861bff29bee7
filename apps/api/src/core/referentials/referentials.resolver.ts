import { FigureChange } from '../indicators/figure-impact';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { Rule } from '../auth/rules';
import { LocalDateScalar } from '../graphql/scalars';
import { ReferentialsService } from './referentials.service';
import { AddServiceMembershipInput, CommuneType, ServiceMembershipType } from './referentials.types';

@Resolver()
export class ReferentialsResolver {
  constructor(private readonly referentials: ReferentialsService) {}

  @Authorized(Rule.signedIn)
  @Query(() => [CommuneType], { description: 'Les 36 communes membres de la CALL' })
  communes(): Promise<CommuneType[]> {
    return this.referentials.communes();
  }

  @Authorized(Rule.signedIn)
  @Query(() => [ServiceMembershipType], {
    description: 'Adhésions des communes à un service, en vigueur le jour donné',
  })
  serviceMemberships(
    @Arg('service') service: string,
    @Arg('on', () => LocalDateScalar, { nullable: true }) on?: string | null,
  ): Promise<ServiceMembershipType[]> {
    return this.referentials.memberships(service, on);
  }

  @Authorized(Rule.admin)
  @Mutation(() => ServiceMembershipType, {
    description: 'Clôt une adhésion (départ de la commune ou changement d’option), date de fin incluse',
  })
  endServiceMembership(
    @Arg('id', () => ID) id: string,
    @Arg('validTo', () => LocalDateScalar) validTo: string,
    @Arg('confirmBackdated', { defaultValue: false, description: 'Confirme une fin datée d’une année déjà publiée' })
    confirmBackdated: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceMembershipType> {
    return this.referentials.endMembership(ctx.user!, id, validTo, confirmBackdated);
  }

  @Authorized(Rule.admin)
  @Query(() => [FigureChange], {
    description: 'Chiffres publiés que la clôture de l’adhésion à cette date modifierait ; rien n’est enregistré',
  })
  endServiceMembershipImpact(
    @Arg('id', () => ID) id: string,
    @Arg('validTo', () => LocalDateScalar) validTo: string,
    @Ctx() ctx: RequestContext,
  ): Promise<FigureChange[]> {
    return this.referentials.endMembershipImpact(ctx.user!, id, validTo);
  }

  @Authorized(Rule.admin)
  @Query(() => [FigureChange], {
    description: 'Chiffres publiés que cette adhésion datée modifierait ; rien n’est enregistré',
  })
  addServiceMembershipImpact(
    @Arg('input') input: AddServiceMembershipInput,
    @Ctx() ctx: RequestContext,
  ): Promise<FigureChange[]> {
    return this.referentials.addMembershipImpact(ctx.user!, input);
  }

  @Authorized(Rule.admin)
  @Mutation(() => ServiceMembershipType)
  addServiceMembership(
    @Arg('input') input: AddServiceMembershipInput,
    @Arg('confirmBackdated', {
      defaultValue: false,
      description: 'Confirme une adhésion datée d’une année déjà publiée',
    })
    confirmBackdated: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceMembershipType> {
    return this.referentials.addMembership(ctx.user!, input, confirmBackdated);
  }
}
