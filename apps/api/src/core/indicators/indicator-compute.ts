import type { EntityManager } from 'typeorm';
import { FRENCH_MONTHS } from '@call/domain';
import { buildGroupQuery, buildSeriesQuery, type ResolvedDimension } from './cube-sql';
import type { ComputedIndicator, Measure, Period } from './indicator-definition';
import type { IndicatorRegistry } from './indicator-registry';
import type { IndicatorBreakdown } from './indicator.types';

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

export interface Figures {
  value: number | null;
  previousValue: number | null;
  breakdowns: IndicatorBreakdown[];
}

/**
 * Indicators sharing a cube and a time dimension compile to one statement. A median or a distinct count is
 * computed by sorting, which would make the database sort for every breakdown of the statement: those get a
 * statement of their own, so the others keep hashed grouping sets.
 */
function groups(indicators: readonly ComputedIndicator[]): ComputedIndicator[][] {
  const by = new Map<string, ComputedIndicator[]>();
  for (const i of indicators) {
    const sorted = i.measure.type === 'median' || i.measure.type === 'countDistinct';
    const k = `${i.cube}\u0000${i.time}\u0000${sorted}`;
    by.set(k, [...(by.get(k) ?? []), i]);
  }
  return [...by.values()];
}

/** Runs the statements together (PostgreSQL: one connection each) or one after the other (PGlite: one session). */
async function each<T>(items: T[], concurrent: boolean, fn: (item: T) => Promise<void>): Promise<void> {
  if (concurrent) await Promise.all(items.map(fn));
  else for (const item of items) await fn(item);
}

/** The number of records of indicator `k` in a row (a count is its own number). */
const records = (r: Row | undefined, k: number, m: Measure): unknown =>
  r?.[m.type === 'count' ? `m${k}` : `n${k}`] ?? 0;

/** A count or a sum over no record is 0; an average, a median, a share over none has no value. */
function total(measure: Measure, m: unknown, n: unknown): number | null {
  if (measure.type === 'count' || measure.type === 'sum') return round(num(m)) ?? 0;
  return Number(n) === 0 ? null : round(num(m));
}

function breakdown(rows: Row[], k: number, m: Measure, d: ResolvedDimension, i: number): IndicatorBreakdown {
  return {
    dimension: d.key,
    label: d.label,
    items: rows
      .filter((r) => Number(r.cur) === 1 && Number(r[`g${i}`]) === 0 && Number(records(r, k, m)) > 0)
      .map((r) => {
        const member = r[`d${i}`] === null ? '' : String(r[`d${i}`]);
        const label =
          (r[`l${i}`] as string | null) ??
          d.labels?.[member] ??
          (d.key === 'month' ? FRENCH_MONTHS[Number(member) - 1] : member || 'Non renseigné');
        return { member, label, value: round(num(r[`m${k}`])) ?? 0 };
      })
      .sort((a, b) =>
        d.key === 'month'
          ? Number(a.member) - Number(b.member)
          : b.value - a.value || a.label.localeCompare(b.label, 'fr'),
      ),
  };
}

/**
 * The figures of a period and of the one it is compared with: one statement per (cube, time dimension), run
 * concurrently on PostgreSQL (each takes its own connection); PGlite has one session, so one after the other.
 */
export async function computePeriod(
  em: EntityManager,
  registry: IndicatorRegistry,
  indicators: readonly ComputedIndicator[],
  period: Period,
  withBreakdowns: boolean,
  concurrent: boolean,
): Promise<Map<string, Figures>> {
  const out = new Map<string, Figures>();
  await each(groups(indicators), concurrent, async (group) => {
    const cube = registry.cube(group[0].cube);
    const q = buildGroupQuery(cube, group[0].time, group, period, withBreakdowns);
    const rows: Row[] = await em.query(q.sql, q.params);
    const isTotal = (r: Row) => q.dimensions.every((_, i) => Number(r[`g${i}`]) === 1);
    const cur = rows.find((r) => Number(r.cur) === 1 && isTotal(r));
    const prev = rows.find((r) => Number(r.cur) === 0);
    group.forEach((ind, k) => {
      const breakdowns = withBreakdowns
        ? (ind.by ?? []).map((key) => {
            const i = q.dimensions.findIndex((d) => d.key === key);
            return breakdown(rows, k, ind.measure, q.dimensions[i], i);
          })
        : [];
      out.set(ind.key, {
        value: total(ind.measure, cur?.[`m${k}`], records(cur, k, ind.measure)),
        previousValue: total(ind.measure, prev?.[`m${k}`], records(prev, k, ind.measure)),
        breakdowns,
      });
    });
  });
  return out;
}

/** Yearly totals over several full years: one statement per (cube, time dimension), grouped by year. */
export async function computeSeries(
  em: EntityManager,
  registry: IndicatorRegistry,
  indicators: readonly ComputedIndicator[],
  years: readonly number[],
  concurrent: boolean,
): Promise<Map<string, Map<number, number | null>>> {
  const out = new Map<string, Map<number, number | null>>();
  await each(groups(indicators), concurrent, async (group) => {
    const q = buildSeriesQuery(registry.cube(group[0].cube), group[0].time, group, years);
    const rows: Row[] = await em.query(q.sql, q.params);
    group.forEach((ind, k) => {
      const byYear = new Map<number, number | null>();
      for (const y of years) {
        const r = rows.find((x) => Number(x.year) === y);
        byYear.set(y, total(ind.measure, r?.[`m${k}`], records(r, k, ind.measure)));
      }
      out.set(ind.key, byYear);
    });
  });
  return out;
}
