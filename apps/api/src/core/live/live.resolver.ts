import { Arg, Authorized, Ctx, Field, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { canReadDirectorate, type DirectorateKey } from '@call/domain';
import { loader, type AuthUser, type RequestContext } from '../context';
import { Rule } from '../auth/rules';
import { forbidden, unauthenticated } from '../errors';
import { DirectorateEnum } from '../graphql/enums';
import { CHANGES_TOPIC, type ChangeView } from './change-bus';

@ObjectType({ description: 'Des enregistrements d’une direction ont changé : ses indicateurs sont à relire' })
export class IndicatorsChange {
  @Field(() => DirectorateEnum)
  directorate: DirectorateKey;

  @Field(() => [String], { description: 'Tables écrites (vide : inconnu, tout relire)' })
  tables: string[];

  @Field({ description: 'Instant de la validation (ISO 8601)' })
  time: string;
}

/** What a subscriber hears: the directorates it follows (one, or all it may read), never one it may not read. */
function indicatorsView(user: AuthUser, directorate: DirectorateKey | null): ChangeView<IndicatorsChange> {
  if (directorate && !canReadDirectorate(user, directorate)) throw forbidden();
  return (change) =>
    change.directorates
      .filter((d) => (directorate ? d === directorate : canReadDirectorate(user, d)))
      .map((d) => ({ directorate: d, tables: change.tables, time: change.at }));
}

// a socket outlives the request that opened it: its session is checked again at most this often, when events flow
const SESSION_RECHECK_MS = 60_000;

@Resolver()
export class LiveResolver {
  constructor(private readonly userForSession: (token: string) => Promise<AuthUser | null>) {}

  @Authorized(Rule.signedIn)
  @Subscription(() => IndicatorsChange, {
    description: 'Les changements validés qui touchent les indicateurs d’une direction (ou de toutes celles lisibles)',
    topics: CHANGES_TOPIC,
    topicId: ({ args, context }) =>
      indicatorsView(
        (context as RequestContext).user!,
        (args as { directorate?: DirectorateKey | null }).directorate ?? null,
      ),
  })
  async indicatorsChanged(
    @Root() change: IndicatorsChange,
    @Arg('directorate', () => DirectorateEnum, { nullable: true }) _directorate: DirectorateKey | null,
    @Ctx() ctx: RequestContext,
  ): Promise<IndicatorsChange> {
    // signed out, expired, deactivated or moved to another directorate since subscribing: stop telling
    const session = loader(ctx, 'live:session', () => ({ at: 0, user: ctx.user }));
    if (Date.now() - session.at > SESSION_RECHECK_MS) {
      session.user = ctx.sessionToken ? await this.userForSession(ctx.sessionToken) : null;
      session.at = Date.now();
    }
    if (!session.user) throw unauthenticated();
    if (!canReadDirectorate(session.user, change.directorate)) throw forbidden();
    return change;
  }
}
