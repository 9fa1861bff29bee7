import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { LocalDate } from '@call/domain';

/**
 * SQL twins of the domain's `inForceOn` / `allInForceOn` (packages/domain core/in-force.ts) for dated
 * settings kept in tables with `valid_from` (and optionally `valid_to`) columns.
 */

/** Rows of `alias` in force on `:param` (valid_from on or before, valid_to absent or on or after). */
export function inForceCondition(alias: string, param: string, withEnd = true): string {
  const from = `${alias}.valid_from <= CAST(:${param} AS date)`;
  return withEnd ? `${from} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to >= CAST(:${param} AS date))` : from;
}

/** Narrows a query to the setting in force on `day` for each series (e.g. one weight per dossier type). */
export function latestInForce<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  seriesColumns: string[],
  day: LocalDate,
): SelectQueryBuilder<T> {
  const series = seriesColumns.map((c) => `${alias}.${c}`);
  qb.distinctOn(series)
    .andWhere(inForceCondition(alias, 'inForceDay', false), { inForceDay: day })
    .orderBy(series[0]);
  for (const c of series.slice(1)) qb.addOrderBy(c);
  return qb.addOrderBy(`${alias}.valid_from`, 'DESC');
}
