import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import {
  DIRECTORATES,
  canDeclareIndicator,
  canReadDirectorate,
  canWriteDirectorate,
  type DirectorateKey,
} from '@call/domain';
import type { RequestContext } from '../context';
import { Rule } from '../auth/rules';
import { DirectorateEnum } from './enums';

@ObjectType()
export class DirectorateInfo {
  @Field(() => DirectorateEnum) key: DirectorateKey;
  @Field() label: string;
  @Field() hasModule: boolean;
  @Field() canWrite: boolean;
  @Field() canDeclare: boolean;
}

@Resolver()
export class DirectoratesResolver {
  constructor(private readonly modules: ReadonlySet<DirectorateKey>) {}

  @Authorized(Rule.signedIn)
  @Query(() => [DirectorateInfo], { description: 'Les directions que l’utilisateur peut voir' })
  directorates(@Ctx() ctx: RequestContext): DirectorateInfo[] {
    const user = ctx.user!;
    return DIRECTORATES.filter((d) => canReadDirectorate(user, d.key)).map((d) => ({
      key: d.key,
      label: d.label,
      hasModule: this.modules.has(d.key),
      canWrite: canWriteDirectorate(user, d.key),
      canDeclare: canDeclareIndicator(user, d.key),
    }));
  }
}
