import { cubeDimension, segmentFilters, type CubeDefinition, type CubeDimension } from './cube';
import type { ComputedIndicator, Filter, Measure } from './indicator-definition';

export interface BuiltQuery {
  sql: string;
  params: unknown[];
}
export type ResolvedDimension = CubeDimension & { key: string };

/** `{CUBE}.column` and `{join}.column`: every column reference of a snippet. */
export const COLUMN_REF = /\{(\w+)\}\.(\w+)/g;
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Compiles snippets of one cube into SQL: placeholders become aliases (`t` for the cube, the join's name for a
 * join), values become bound parameters, and only the joins a statement names are written.
 */
class CubeCompiler {
  readonly params: unknown[] = [];
  private readonly used = new Set<string>();

  constructor(readonly cube: CubeDefinition) {}

  param(v: unknown): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }

  sql(snippet: string): string {
    return snippet.replace(PLACEHOLDER, (_, name: string) => {
      if (name === 'CUBE') return 't';
      if (!this.cube.joins?.[name]) throw new Error(`Cube ${this.cube.name} : jointure inconnue « ${name} »`);
      this.used.add(name);
      return name;
    });
  }

  filter(f: Filter): string {
    const c = this.sql(f.sql);
    switch (f.op) {
      case 'eq':
        return `${c} = ${this.param(f.value)}`;
      case 'neq':
        return `${c} IS DISTINCT FROM ${this.param(f.value)}`;
      case 'in':
        return `${c} = ANY(${this.param(f.value)})`;
      case 'notIn':
        return `NOT (${c} = ANY(${this.param(f.value)}))`;
      case 'isNull':
        return `${c} IS NULL`;
      case 'notNull':
        return `${c} IS NOT NULL`;
      case 'gte':
        return `${c} >= ${this.param(f.value)}`;
      case 'lte':
        return `${c} <= ${this.param(f.value)}`;
      case 'gt':
        return `${c} > ${this.param(f.value)}`;
      case 'lt':
        return `${c} < ${this.param(f.value)}`;
    }
  }

  /** The indicator's own records: its segments and filters, or TRUE. */
  where(ind: ComputedIndicator): string {
    const all = [...segmentFilters(this.cube, ind.segments), ...(ind.filters ?? [])];
    return all.length ? all.map((f) => this.filter(f)).join(' AND ') : 'TRUE';
  }

  measure(m: Measure, where: string): string {
    const f = `FILTER (WHERE ${where})`;
    switch (m.type) {
      case 'count':
        return `COUNT(*) ${f}`;
      case 'countDistinct':
        return `COUNT(DISTINCT ${this.sql(m.sql)}) ${f}`;
      case 'sum':
        return `COALESCE(SUM(${this.sql(m.sql)}) ${f}, 0)`;
      case 'avg':
        return `AVG(${this.sql(m.sql)}) ${f}`;
      case 'median':
        return `percentile_cont(0.5) WITHIN GROUP (ORDER BY ${this.sql(m.sql)}) ${f}`;
      case 'percent': {
        const num = m.where.map((x) => this.filter(x)).join(' AND ');
        return `100.0 * COUNT(*) FILTER (WHERE ${where} AND ${num}) / NULLIF(COUNT(*) ${f}, 0)`;
      }
    }
  }

  /** The records of a time dimension in force in [start, end] (a snapshot: at the end of `end`). */
  within(time: string, start: string, end: string): string {
    const t = this.cube.time[time];
    if (!t) throw new Error(`Cube ${this.cube.name} : dimension de temps inconnue « ${time} »`);
    if (t.kind === 'event') {
      const c = this.sql(t.sql);
      return `${c} >= ${this.param(start)}::date AND ${c} <= ${this.param(end)}::date`;
    }
    const e = this.param(end);
    const to = this.sql(t.to);
    return `${this.sql(t.from)} <= ${e}::date AND (${to} IS NULL OR ${to} ${t.toInclusive ? '>=' : '>'} ${e}::date)`;
  }

  /** FROM and the joins named so far, each at most once, in the cube's order (a join may name an earlier one). */
  from(): string {
    const joins = Object.entries(this.cube.joins ?? {});
    // a join's own condition may name other joins: resolve until nothing new is named
    let size = -1;
    while (size !== this.used.size) {
      size = this.used.size;
      for (const [name, j] of joins) if (this.used.has(name)) this.sql(`${j.on} ${j.inForceOn?.day ?? ''}`);
    }
    const parts = [`FROM ${this.cube.table} t`];
    for (const [name, j] of joins) {
      if (!this.used.has(name)) continue;
      if (!j.inForceOn) {
        parts.push(`LEFT JOIN ${j.table} ${name} ON ${this.sql(j.on)}`);
        continue;
      }
      const { day, validFrom, partitionBy } = j.inForceOn;
      const d = this.sql(day);
      const ranges = `(SELECT *, lead(${validFrom}) OVER (PARTITION BY ${partitionBy.join(', ')} ORDER BY ${validFrom}) AS valid_until__ FROM ${j.table})`;
      parts.push(
        `LEFT JOIN ${ranges} ${name} ON ${this.sql(j.on)} AND ${d} >= ${name}.${validFrom} AND (${name}.valid_until__ IS NULL OR ${d} < ${name}.valid_until__)`,
      );
    }
    return parts.join('\n');
  }
}

export function resolveDimension(cube: CubeDefinition, ind: ComputedIndicator, key: string): ResolvedDimension {
  const d = cubeDimension(cube, ind.time, key);
  if (!d) throw new Error(`${ind.key} : dimension inconnue « ${key} » du cube ${cube.name}`);
  return d;
}

/** `m<k>` the measure of each indicator and `n<k>` its number of records (a count is its own number). */
function aggregatesOf(c: CubeCompiler, indicators: readonly ComputedIndicator[], wheres: string[]): string[] {
  return indicators.flatMap((ind, k) => [
    `${c.measure(ind.measure, wheres[k])} AS m${k}`,
    ...(ind.measure.type === 'count' ? [] : [`COUNT(*) FILTER (WHERE ${wheres[k]}) AS n${k}`]),
  ]);
}

/** The prefilter of a statement: the union of its indicators' records (none when one takes them all). */
function anyOf(wheres: string[]): string[] {
  return wheres.includes('TRUE') ? [] : [`(${wheres.map((w) => `(${w})`).join(' OR ')})`];
}

/**
 * One statement for the indicators sharing a cube and a time dimension: one `FILTER (WHERE …)` aggregate per
 * indicator (`m<k>`, and `n<k>` its number of records), GROUPING SETS over the union of their breakdowns for the
 * period only, and the previous period's totals in a second branch that groups nothing.
 */
export function buildGroupQuery(
  cube: CubeDefinition,
  time: string,
  indicators: readonly ComputedIndicator[],
  period: { start: string; end: string; previous: { start: string; end: string } },
  withBreakdowns: boolean,
): BuiltQuery & { dimensions: ResolvedDimension[] } {
  const c = new CubeCompiler(cube);
  const keys = withBreakdowns ? [...new Set(indicators.flatMap((i) => i.by ?? []))] : [];
  const dims = keys.map((k) =>
    resolveDimension(
      cube,
      indicators.find((i) => i.by?.includes(k))!,
      k,
    ),
  );
  const wheres = indicators.map((i) => c.where(i));
  const aggregates = aggregatesOf(c, indicators, wheres);
  const member = (d: ResolvedDimension) => `CAST(${c.sql(d.sql)} AS text)`;
  const label = (d: ResolvedDimension) => `CAST(${d.labelSql ? c.sql(d.labelSql) : 'NULL'} AS text)`;
  const current = [
    `SELECT 1 AS cur, ${dims
      .flatMap((d, i) => [`${member(d)} AS d${i}`, `${label(d)} AS l${i}`, `GROUPING(${member(d)}) AS g${i}`])
      .concat(aggregates)
      .join(', ')}`,
    'FROM',
    `WHERE ${[c.within(time, period.start, period.end), ...anyOf(wheres)].join(' AND ')}`,
    dims.length
      ? `GROUP BY GROUPING SETS ((), ${dims.map((d) => `(${member(d)}${d.labelSql ? `, ${label(d)}` : ''})`).join(', ')})`
      : '',
  ];
  const previous = [
    `SELECT 0, ${dims
      .flatMap((_, i) => [`NULL`, `NULL`, `1`].map((v, j) => `${v} AS ${'dlg'[j]}${i}`))
      .concat(aggregates)
      .join(', ')}`,
    'FROM',
    `WHERE ${[c.within(time, period.previous.start, period.previous.end), ...anyOf(wheres)].join(' AND ')}`,
  ];
  const from = c.from();
  const sql = [...current, 'UNION ALL', ...previous]
    .filter(Boolean)
    .map((l) => (l === 'FROM' ? from : l))
    .join('\n');
  return { sql, params: c.params, dimensions: dims };
}

/** Totals of full years, one row per year (`year`, `m<k>`, `n<k>`), in one statement. */
export function buildSeriesQuery(
  cube: CubeDefinition,
  time: string,
  indicators: readonly ComputedIndicator[],
  years: readonly number[],
): BuiltQuery {
  const c = new CubeCompiler(cube);
  const wheres = indicators.map((i) => c.where(i));
  const aggregates = aggregatesOf(c, indicators, wheres);
  const t = cube.time[time];
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (t.kind === 'event') {
    // one range scan, grouped by the year of the date
    const year = `EXTRACT(YEAR FROM ${c.sql(t.sql)})::int`;
    const where = [c.within(time, `${first}-01-01`, `${last}-12-31`), ...anyOf(wheres)].join(' AND ');
    const from = c.from();
    return {
      sql: `SELECT ${year} AS year, ${aggregates.join(', ')}\n${from}\nWHERE ${where}\nGROUP BY 1`,
      params: c.params,
    };
  }
  // a snapshot record may count in several years: one row per year it is in force at
  const to = c.sql(t.to);
  const where = [
    `${c.sql(t.from)} <= period.ends`,
    `(${to} IS NULL OR ${to} ${t.toInclusive ? '>=' : '>'} period.ends)`,
    ...anyOf(wheres),
  ].join(' AND ');
  const ends = `SELECT y AS year, make_date(y, 12, 31) AS ends FROM generate_series(${c.param(first)}::int, ${c.param(last)}::int) AS y`;
  const from = c.from();
  return {
    sql: `SELECT period.year, ${aggregates.join(', ')}\n${from}\nJOIN (${ends}) period ON TRUE\nWHERE ${where}\nGROUP BY period.year`,
    params: c.params,
  };
}

/** The output column holding the record's id, when the cube names one. */
export const DRILL_RECORD_ID = '__record_id';

/**
 * The records behind a figure of a period (optionally behind one member of a breakdown), the period as bounds: a
 * page of `rows`, and their `count`, two statements meant to run side by side (the page walks an index for a few rows
 * while the count reads all of them; in one statement the page would wait for the count).
 */
export function buildDrillQuery(
  cube: CubeDefinition,
  ind: ComputedIndicator,
  period: { start: string; end: string },
  filter: { dimension?: ResolvedDimension; member?: string },
  page: { offset: number; limit: number; sort?: string; descending?: boolean },
): { rows: BuiltQuery; count: BuiltQuery } {
  const c = new CubeCompiler(cube);
  const where = [c.within(ind.time, period.start, period.end), c.where(ind)];
  // the records behind a share are those of its numerator
  if (ind.measure.type === 'percent') where.push(...ind.measure.where.map((f) => c.filter(f)));
  if (filter.dimension && filter.member !== undefined)
    where.push(`CAST(${c.sql(filter.dimension.sql)} AS text) = ${c.param(filter.member)}`);
  const members = ind.drill ?? cube.drill.members;
  const record = cube.drill.record ? [`${c.sql(cube.drill.record.sql)} AS "${DRILL_RECORD_ID}"`] : [];
  const cols = [...members.map((m) => `${c.sql(m.sql)} AS "${m.key}"`), ...record].join(', ');
  const byDefault = c.sql(ind.drillOrder ?? cube.time[ind.time].drillOrder ?? cube.drill.order);
  // a column chosen by the reader first (its output name, checked against the members), then the default order
  const sorted = members.find((m) => m.key === page.sort);
  const order = sorted ? `"${sorted.key}" ${page.descending ? 'DESC' : 'ASC'} NULLS LAST, ${byDefault}` : byDefault;
  const countParams = [...c.params];
  const base = `${c.from()}\nWHERE ${where.join(' AND ')}`;
  return {
    rows: {
      sql: `SELECT ${cols}\n${base}\nORDER BY ${order}\nOFFSET ${c.param(page.offset)} LIMIT ${c.param(page.limit)}`,
      params: c.params,
    },
    count: { sql: `SELECT COUNT(*) AS total\n${base}`, params: countParams },
  };
}
