import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Selects every column of `entity` (aliased `alias`) as a raw value named after its property, so that
 * `getRawOne()` returns a row shaped like the entity (its relations left out) without the ORM building it: the
 * hot reads skip entity hydration. Dates stay 'YYYY-MM-DD' strings (the DATE parser of the database layer).
 */
export function selectColumnsOf<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  entity: EntityTarget<ObjectLiteral>,
  alias: string,
): SelectQueryBuilder<E> {
  const seen = new Set<string>();
  let first = true;
  for (const c of qb.connection.getMetadata(entity).columns) {
    if (seen.has(c.databaseName)) continue;
    seen.add(c.databaseName);
    const column = `${alias}.${c.databaseName}`;
    if (first) qb.select(column, c.propertyName);
    else qb.addSelect(column, c.propertyName);
    first = false;
  }
  return qb;
}
