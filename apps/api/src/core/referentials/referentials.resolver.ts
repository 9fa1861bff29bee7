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
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceMembershipType> {
    return this.referentials.endMembership(ctx.user!, id, validTo);
  }

  @Authorized(Rule.admin)
  @Mutation(() => ServiceMembershipType)
  addServiceMembership(
    @Arg('input') input: AddServiceMembershipInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceMembershipType> {
    return this.referentials.addMembership(ctx.user!, input);
  }
}
