import { createHash } from 'node:crypto';
import type pg from 'pg';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

/** The data sources on a PostgreSQL server, whose pooled connections keep prepared statements. */
const onServer = new WeakSet<DataSource>();

export function allowPreparedStatements(dataSource: DataSource): void {
  onServer.add(dataSource);
}

/** Statements one connection keeps prepared; past it, a new text runs unnamed (the hot reads are a handful). */
const PREPARED_PER_CONNECTION = 100;
const names = new Map<string, string>();
const preparedOn = new WeakMap<object, Set<string>>();

/**
 * Runs a hot read as a named prepared statement (as PostGraphile does): PostgreSQL parses and plans its text once
 * per connection, and each call sends only the parameters. The text must be fixed (values are parameters). On the
 * embedded database, or inside a unit of work's own query runner bound elsewhere, it is a plain query.
 */
export async function preparedQuery<T>(em: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (!onServer.has(em.connection)) return em.query<T[]>(sql, params);
  const own = !em.queryRunner;
  const runner = em.queryRunner ?? em.connection.createQueryRunner('slave');
  try {
    const client = (await runner.connect()) as pg.PoolClient;
    const name = statementName(sql);
    let prepared = preparedOn.get(client);
    if (!prepared) preparedOn.set(client, (prepared = new Set()));
    const usable = prepared.has(name) || prepared.size < PREPARED_PER_CONNECTION;
    if (usable) prepared.add(name);
    try {
      const result = await client.query<T & pg.QueryResultRow>(
        usable ? { name, text: sql, values: params } : { text: sql, values: params },
      );
      return result.rows;
    } catch (e) {
      // the same shape as the ORM's errors: the error mapping reads `driverError`
      throw new QueryFailedError(sql, params, e as Error);
    }
  } finally {
    if (own) await runner.release();
  }
}

function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `call_${createHash('sha1').update(sql).digest('base64url')}`;
    if (names.size < 1000) names.set(sql, name);
  }
  return name;
}
