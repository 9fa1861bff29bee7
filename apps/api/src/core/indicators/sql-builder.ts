import type { ComputedIndicator, Dimension, Filter, Measure } from './indicator-definition';

export const MONTH_LABELS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

export interface BuiltQuery {
  sql: string;
  params: unknown[];
}

class Params {
  readonly values: unknown[] = [];
  add(v: unknown): string {
    this.values.push(v);
    return `$${this.values.length}`;
  }
}

function filterSql(f: Filter, p: Params): string {
  switch (f.op) {
    case 'eq':
      return `${f.sql} = ${p.add(f.value)}`;
    case 'neq':
      return `${f.sql} IS DISTINCT FROM ${p.add(f.value)}`;
    case 'in':
      return `${f.sql} = ANY(${p.add(f.value)})`;
    case 'notIn':
      return `NOT (${f.sql} = ANY(${p.add(f.value)}))`;
    case 'isNull':
      return `${f.sql} IS NULL`;
    case 'notNull':
      return `${f.sql} IS NOT NULL`;
    case 'gte':
      return `${f.sql} >= ${p.add(f.value)}`;
    case 'lte':
      return `${f.sql} <= ${p.add(f.value)}`;
    case 'gt':
      return `${f.sql} > ${p.add(f.value)}`;
    case 'lt':
      return `${f.sql} < ${p.add(f.value)}`;
  }
}

function measureSql(m: Measure, p: Params): string {
  switch (m.type) {
    case 'count':
      return 'COUNT(*)';
    case 'countDistinct':
      return `COUNT(DISTINCT ${m.sql})`;
    case 'sum':
      return `COALESCE(SUM(${m.sql}), 0)`;
    case 'avg':
      return `AVG(${m.sql})`;
    case 'median':
      return `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${m.sql})`;
    case 'percent': {
      const where = m.where.map((f) => filterSql(f, p)).join(' AND ');
      return `100.0 * COUNT(*) FILTER (WHERE ${where}) / NULLIF(COUNT(*), 0)`;
    }
  }
}

/** The month dimension, derived from an event's date. */
export function resolveDimensions(ind: ComputedIndicator): Dimension[] {
  return (ind.dimensions ?? []).map((d) => {
    if (d !== 'month') return d;
    if (ind.time.kind !== 'event') throw new Error(`${ind.key}: la dimension « mois » exige une date d’événement`);
    return { key: 'month', label: 'Par mois', sql: `EXTRACT(MONTH FROM ${ind.time.sql})::int` };
  });
}

function fromClause(ind: ComputedIndicator): string {
  const joins = (ind.source.joins ?? []).map(
    (j) => `${j.type === 'left' ? 'LEFT JOIN' : 'JOIN'} ${j.table} ${j.alias} ON ${j.on}`,
  );
  return [`FROM ${ind.source.table} t`, ...joins].join(' ');
}

/** Periods: the requested year and the one before, for the evolution. */
function periodsSql(year: number, p: Params): string {
  return `CROSS JOIN (VALUES (${p.add(year - 1)}::int, ${p.add(`${year - 1}-01-01`)}::date), (${p.add(year)}::int, ${p.add(`${year}-01-01`)}::date)) AS period(year, starts)`;
}

function timeSql(ind: ComputedIndicator): string {
  if (ind.time.kind === 'event') {
    return `${ind.time.sql} >= period.starts AND ${ind.time.sql} < (period.starts + INTERVAL '1 year')`;
  }
  const yearEnd = `(period.starts + INTERVAL '1 year' - INTERVAL '1 day')::date`;
  const open = ind.time.toInclusive ? `${ind.time.to} >= ${yearEnd}` : `${ind.time.to} > ${yearEnd}`;
  return `${ind.time.from} <= ${yearEnd} AND (${ind.time.to} IS NULL OR ${open})`;
}

/**
 * One query per indicator: the total and every breakdown of the year and the year before,
 * with GROUPING SETS so the database does all the counting.
 */
export function buildAggregateQuery(ind: ComputedIndicator, year: number): BuiltQuery & { dimensions: Dimension[] } {
  const p = new Params();
  const dims = resolveDimensions(ind);
  const periods = periodsSql(year, p);
  const measure = measureSql(ind.measure, p);
  const where = [timeSql(ind), ...(ind.filters ?? []).map((f) => filterSql(f, p))].join(' AND ');
  // grouping sets name the expressions themselves: output aliases are not visible there
  const memberExpr = (d: Dimension) => `CAST(${d.sql} AS text)`;
  const labelExpr = (d: Dimension) => `CAST(${d.labelSql ?? 'NULL'} AS text)`;
  const dimCols = dims.flatMap((d, i) => [
    `${memberExpr(d)} AS d${i}`,
    `${labelExpr(d)} AS l${i}`,
    `GROUPING(${memberExpr(d)}) AS g${i}`,
  ]);
  const sets = [
    '(period.year)',
    ...dims.map((d) => `(period.year, ${memberExpr(d)}${d.labelSql ? `, ${labelExpr(d)}` : ''})`),
  ];
  const sql = [
    `SELECT period.year AS year${dimCols.length ? ', ' + dimCols.join(', ') : ''}, ${measure} AS value`,
    fromClause(ind),
    periods,
    `WHERE ${where}`,
    `GROUP BY GROUPING SETS (${sets.join(', ')})`,
  ].join('\n');
  return { sql, params: p.values, dimensions: dims };
}

/** The records behind a figure (optionally behind one member of a breakdown). */
export function buildDrillQuery(
  ind: ComputedIndicator,
  year: number,
  filter: { dimension?: Dimension; member?: string },
  page: { offset: number; limit: number },
): { rows: BuiltQuery; count: BuiltQuery } {
  const p = new Params();
  const where = [`period.year = ${p.add(year)}`, timeSql(ind), ...(ind.filters ?? []).map((f) => filterSql(f, p))];
  if (ind.measure.type === 'percent') {
    // the records behind a share are those of its numerator
    where.push(...ind.measure.where.map((f) => filterSql(f, p)));
  }
  if (filter.dimension && filter.member !== undefined)
    where.push(`CAST(${filter.dimension.sql} AS text) = ${p.add(filter.member)}`);
  const base = [fromClause(ind), periodsSql(year, p), `WHERE ${where.join(' AND ')}`].join('\n');
  const countParams = [...p.values];
  const cols = ind.drillMembers.map((m) => `${m.sql} AS "${m.key}"`).join(', ');
  const order = ind.drillOrder ?? ind.drillMembers[0].sql;
  const rowsSql = `SELECT ${cols}\n${base}\nORDER BY ${order}\nOFFSET ${p.add(page.offset)} LIMIT ${p.add(page.limit)}`;
  return {
    rows: { sql: rowsSql, params: p.values },
    count: { sql: `SELECT COUNT(*) AS total\n${base}`, params: countParams },
  };
}
