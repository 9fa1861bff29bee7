import {
  EventSubscriber,
  type AfterQueryEvent,
  type DataSource,
  type EntitySubscriberInterface,
  type QueryRunner,
} from 'typeorm';

// INSERT INTO t, UPDATE t, DELETE FROM t, MERGE INTO t, TRUNCATE [TABLE] t — t optionally schema-qualified and quoted
const WRITE =
  /\b(?:insert\s+into|update|delete\s+from|merge\s+into|truncate(?:\s+table)?)\s+((?:"[^"]+"|\w+)(?:\s*\.\s*(?:"[^"]+"|\w+))?)/gi;

/**
 * The tables a SQL statement writes, as PostgreSQL names them. Generous on purpose: a word that is not a table
 * (`FOR UPDATE OF`, `DO UPDATE SET`) is dropped by the caller against the known tables, and an extra name only
 * costs a refresh, while a missed one would leave a figure stale.
 */
export function writtenTables(sql: string): string[] {
  const out = new Set<string>();
  for (const m of sql.matchAll(WRITE)) {
    const last = m[1].split(/\s*\.\s*/).pop()!;
    out.add(last.startsWith('"') ? last.slice(1, -1) : last.toLowerCase());
  }
  return [...out];
}

const KEY = 'touchedTables';
const knownTables = new WeakMap<DataSource, Set<string>>();

function tablesOf(dataSource: DataSource): Set<string> {
  let known = knownTables.get(dataSource);
  if (!known) knownTables.set(dataSource, (known = new Set(dataSource.entityMetadatas.map((m) => m.tableName))));
  return known;
}

/**
 * Records, on a transaction's query runner, every entity table a statement wrote — through the ORM or in raw SQL,
 * since it watches the statements themselves: a module author has nothing to call and nothing to forget.
 * The unit of work reads the set just before commit (see Database.transaction) for the change feed.
 */
@EventSubscriber()
export class TouchedTablesSubscriber implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    const runner = event.queryRunner;
    if (!event.success || !runner.isTransactionActive) return;
    const known = tablesOf(event.queryRunner.dataSource);
    for (const table of writtenTables(event.query)) {
      if (!known.has(table)) continue;
      ((runner.data[KEY] as Set<string> | undefined) ?? (runner.data[KEY] = new Set<string>())).add(table);
    }
  }

  /** The tables written so far in this transaction, forgotten once read. */
  static take(runner: QueryRunner): string[] {
    const set = runner.data[KEY] as Set<string> | undefined;
    delete runner.data[KEY];
    return set ? [...set].sort() : [];
  }
}
