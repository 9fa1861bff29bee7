import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Inserts many rows in one statement with a single parameter (a JSON array expanded by PostgreSQL), so a
 * large import holds its transaction — and, on PGlite, the single session — for a fraction of a second,
 * where the ORM's insert spends seconds building parameters. Columns left undefined in every row keep
 * their default. No lifecycle hooks run: give ids and every computed value.
 */
export async function bulkInsert<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: readonly Partial<T>[],
): Promise<void> {
  if (!rows.length) return;
  const meta = em.connection.getMetadata(target);
  const columns = meta.columns.filter((c) => rows.some((r) => r[c.propertyName as keyof T] !== undefined));
  const records = rows.map((r) =>
    Object.fromEntries(columns.map((c) => [c.databaseName, r[c.propertyName as keyof T] ?? null])),
  );
  const table = meta.tablePath
    .split('.')
    .map((p) => `"${p}"`)
    .join('.');
  const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
  await em.query(
    `INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`,
    [JSON.stringify(records)],
  );
}
