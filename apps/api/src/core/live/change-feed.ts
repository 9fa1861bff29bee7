import { isDirectorateKey, type DirectorateKey } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { Database } from '../database/database';
import { CHANGES_TOPIC, type Change, type ChangeBus } from './change-bus';
import { PostgresListener } from './postgres-listener';

/** One channel per database schema: test files share a database, each in its own schema. */
function changeChannel(schema?: string): string {
  return `call_changes${schema ? `_${schema}` : ''}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 63);
}

function parseChange(payload: string): Change | null {
  try {
    const c = JSON.parse(payload) as Partial<Change>;
    if (!Array.isArray(c.directorates) || !Array.isArray(c.tables) || typeof c.at !== 'string') return null;
    return { directorates: c.directorates.filter(isDirectorateKey), tables: c.tables.map(String), at: c.at };
  } catch {
    return null;
  }
}

/**
 * The change feed. Each write transaction ends, just before COMMIT, with a `pg_notify` naming what it touched:
 * PostgreSQL delivers it only if the transaction commits, so a rolled-back one publishes nothing, on PostgreSQL
 * and on PGlite alike. Every API instance LISTENs and hands what it hears to its in-process bus.
 */
export class ChangeFeed {
  private readonly channel: string;
  private listener: PostgresListener | null = null;
  private stopPglite: (() => Promise<void>) | null = null;

  constructor(
    private readonly db: Database,
    private readonly bus: ChangeBus,
    /** The directorates whose figures or records the written tables hold. */
    private readonly route: (tables: readonly string[]) => DirectorateKey[],
    private readonly allDirectorates: readonly DirectorateKey[],
  ) {
    this.channel = changeChannel(db.config.kind === 'postgres' ? db.config.schema : undefined);
  }

  async start(): Promise<void> {
    this.db.setBeforeCommit((em, tables) => this.notify(em, tables));
    const hear = (payload: string) => {
      const change = parseChange(payload);
      if (change?.directorates.length) this.bus.publish(CHANGES_TOPIC, change);
    };
    const config = this.db.config;
    if (config.kind === 'postgres') {
      // after an outage, notifications may have been missed: tell every page to refresh
      const resync = () =>
        this.bus.publish(CHANGES_TOPIC, {
          directorates: [...this.allDirectorates],
          tables: [],
          at: new Date().toISOString(),
        } satisfies Change);
      this.listener = new PostgresListener(config.url, this.channel, hear, resync);
      await this.listener.start();
    } else {
      const { getPGliteInstance } = await import('typeorm-pglite');
      const pglite = await getPGliteInstance();
      // PGlite has one session: LISTEN must not run inside another unit's open transaction (it would roll back with it)
      const unlisten = await this.db.read(() => pglite.listen(this.channel, hear));
      this.stopPglite = () => this.db.read(() => unlisten());
    }
  }

  /** The open LISTEN connection (PostgreSQL), for tests that cut it. */
  get listenerPid(): number | null {
    return this.listener?.pid ?? null;
  }

  private async notify(em: EntityManager, tables: readonly string[]): Promise<void> {
    const directorates = this.route(tables);
    if (!directorates.length) return;
    const change: Change = { directorates, tables: [...tables], at: new Date().toISOString() };
    await em.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(change)]);
  }

  async stop(): Promise<void> {
    this.db.setBeforeCommit(null);
    await this.listener?.stop();
    this.listener = null;
    await this.stopPglite?.().catch(() => undefined);
    this.stopPglite = null;
  }
}
