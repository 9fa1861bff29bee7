import fs from 'node:fs';
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { DataSource, type EntityManager, type MixedList } from 'typeorm';
import type { DatabaseConfig } from './config';
import { Mutex } from './mutex';
import { allowPreparedStatements } from './prepared-query';
import { TouchedTablesSubscriber } from '../live/touched-tables';

/** Runs inside a write transaction, just before COMMIT, with the tables it wrote (the change feed). */
export type BeforeCommit = (em: EntityManager, tables: readonly string[]) => Promise<void>;
import { ResilientPgClient } from './pg-client';

export interface DatabaseSetup {
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
}

/**
 * The one way services reach the database: a unit of work hands them an EntityManager.
 * On PostgreSQL units run concurrently; on PGlite (a single session shared by every query runner)
 * they are queued, otherwise a concurrent commit could commit another request's rolled-back work.
 * Units nest: an inner call reuses the outer unit's manager, so nothing waits on itself.
 */
// Calendar days stay 'YYYY-MM-DD' strings: a JS Date would shift them with the time zone.
const DATE_OID = 1082;
pg.types.setTypeParser(DATE_OID, (v: string) => v);

/**
 * Pooled connections kept open through a quiet spell: a drill-down's page and total, and the session's read. With
 * none kept, the first click after a director has read a page for more than 10 s opened new connections, each with
 * its backend's caches and prepared statements to rebuild: on the benchmark's data, that drill-down took 15-19 ms
 * against 5-7 ms two seconds after the last one (`scripts/bench/platform.mjs` now times it: « sans activité »).
 */
const POOL_KEPT_WARM = 3;

/** Thrown to roll a dry run back, carrying its result out. */
class DryRunRollback<T> extends Error {
  result: T | undefined;
}

export class Database {
  private readonly unit = new AsyncLocalStorage<EntityManager>();
  private readonly lock: Mutex | null;
  private beforeCommit: BeforeCommit | null = null;

  private constructor(
    readonly dataSource: DataSource,
    readonly config: DatabaseConfig,
  ) {
    this.lock = config.kind === 'pglite' ? new Mutex() : null;
  }

  static async open(config: DatabaseConfig, setup: DatabaseSetup): Promise<Database> {
    const common = {
      type: 'postgres' as const,
      entities: setup.entities,
      migrations: setup.migrations,
      synchronize: false,
      logging: false,
      migrationsTransactionMode: 'each' as const,
      // gen_random_uuid() is built into PostgreSQL 13+ and PGlite: no extension to install
      installExtensions: false,
      uuidExtension: 'pgcrypto' as const,
      // records which tables each transaction writes, for the change feed
      subscribers: [TouchedTablesSubscriber],
    };
    let dataSource: DataSource;
    if (config.kind === 'postgres') {
      // a schema other than public (tests) is also the search_path, for the engine's raw SQL, and names
      // the connections, so a test finds its own backends
      const extra = {
        max: 10,
        min: POOL_KEPT_WARM,
        idleTimeoutMillis: config.poolIdleMs ?? 10_000,
        Client: ResilientPgClient,
        application_name: config.schema ? `call-api:${config.schema}` : 'call-api',
        // no statement outlives a minute, even when its client has gone
        options: `-c statement_timeout=60000${config.schema ? ` -c search_path=${config.schema}` : ''}`,
      };
      dataSource = new DataSource({
        ...common,
        url: config.url,
        schema: config.schema,
        extra,
        poolErrorHandler: (e: Error) => console.warn(`[api] connexion PostgreSQL inactive perdue : ${e.message}`),
      });
    } else {
      // typeorm-pglite keeps one PGlite per process; it is loaded lazily so PostgreSQL runs never pay for it
      const { PGliteDriver } = await import('typeorm-pglite');
      if (config.dataDir) fs.mkdirSync(config.dataDir, { recursive: true });
      dataSource = new DataSource({
        ...common,
        driver: new PGliteDriver({
          ...(config.dataDir ? { dataDir: config.dataDir } : {}),
          parsers: { [DATE_OID]: (v: string) => v },
        }).driver,
      });
    }
    await dataSource.initialize();
    if (config.kind === 'postgres') allowPreparedStatements(dataSource);
    return new Database(dataSource, config);
  }

  async migrate(): Promise<string[]> {
    const done = await this.exclusive(() => this.dataSource.runMigrations({ transaction: 'each' }));
    return done.map((m) => m.name);
  }

  /** A read-only unit of work (no transaction). */
  read<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const current = this.unit.getStore();
    if (current) return fn(current);
    return this.exclusive(() => this.unit.run(this.dataSource.manager, () => fn(this.dataSource.manager)));
  }

  /** Work started now that belongs to no caller's unit of work (background reads): it opens its own. */
  detached<T>(fn: () => Promise<T>): Promise<T> {
    return this.unit.exit(fn);
  }

  /** A transactional unit of work: all of it is written, or none of it. */
  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const current = this.unit.getStore();
    if (current) {
      if (!current.queryRunner?.isTransactionActive)
        throw new Error('Une écriture ne peut pas être imbriquée dans une lecture');
      return fn(current);
    }
    return this.exclusive(() =>
      this.dataSource.transaction(async (em) => {
        const result = await this.unit.run(em, () => fn(em));
        const written = TouchedTablesSubscriber.take(em.queryRunner!);
        if (written.length && this.beforeCommit) await this.unit.run(em, () => this.beforeCommit!(em, written));
        return result;
      }),
    );
  }

  /** A transaction always rolled back: what a change would do (the function's result), nothing written. */
  async dryRun<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.unit.getStore()) throw new Error('Un essai à blanc ne peut pas être imbriqué');
    const rollback = new DryRunRollback<T>();
    try {
      await this.transaction(async (em) => {
        rollback.result = await fn(em);
        // nothing is committed, so nothing is announced on the change feed
        TouchedTablesSubscriber.take(em.queryRunner!);
        throw rollback;
      });
    } catch (e) {
      if (e !== rollback) throw e;
    }
    return rollback.result as T;
  }

  setBeforeCommit(hook: BeforeCommit | null): void {
    this.beforeCommit = hook;
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.lock ? this.lock.runExclusive(fn) : fn();
  }

  async close(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
