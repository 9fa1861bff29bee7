import type { IncomingMessage, Server } from 'node:http';
import { DIRECTORATE_KEYS } from '@call/domain';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context';
import type { Database } from '../database/database';
import type { IndicatorRegistry } from '../indicators/indicator-registry';
import type { DirectorateModule } from '../module';
import { ChangeBus } from './change-bus';
import { ChangeFeed } from './change-feed';
import { changeRoutes } from './change-routes';
import { serveSubscriptions } from './subscriptions-server';

/** Live figures: the change feed of committed writes, and the GraphQL subscriptions that fan it out. */
export class Live {
  readonly bus = new ChangeBus();
  private feed: ChangeFeed | null = null;
  private readonly servers: (() => Promise<void>)[] = [];

  async start(db: Database, modules: readonly DirectorateModule[], registry: IndicatorRegistry) {
    this.feed = new ChangeFeed(db, this.bus, changeRoutes(db.dataSource, modules, registry), DIRECTORATE_KEYS);
    await this.feed.start();
  }

  get listenerPid(): number | null {
    return this.feed?.listenerPid ?? null;
  }

  serve(server: Server, schema: GraphQLSchema, contextOf: (request: IncomingMessage) => Promise<RequestContext>) {
    this.servers.push(serveSubscriptions(server, schema, contextOf));
  }

  async close(): Promise<void> {
    for (const stop of this.servers.splice(0)) await stop();
    await this.feed?.stop();
    this.feed = null;
  }
}
