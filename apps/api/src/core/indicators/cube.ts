import type { DirectorateKey } from '@call/domain';
import type { ComputedIndicator, DrillMember, Filter, Measure } from './indicator-definition';

/**
 * A join of a cube: at most one row per record (many-to-one or one-to-one), always a LEFT JOIN, so the
 * indicators sharing a statement count the same records whatever joins the others need.
 */
interface CubeJoin {
  table: string;
  on: string;
  /**
   * A dated setting (a scale, a tariff): the row in force on `day` among those of the same `partitionBy`
   * columns, each valid from its `validFrom` until the next one. Compiled to a range join, not a sub-select.
   */
  inForceOn?: { day: string; validFrom: string; partitionBy: readonly string[] };
}

/**
 * When a record counts: an `event` counts in the period holding its date; a `snapshot` counts when it is
 * in force at the end of the period's last day (from ≤ that day and to after it, or open).
 */
type CubeTime =
  | { kind: 'event'; sql: string; drillOrder?: string }
  | { kind: 'snapshot'; from: string; to: string; toInclusive: boolean; drillOrder?: string };

export interface CubeDimension {
  label: string;
  sql: string;
  /** Display label of a member: a SQL expression (e.g. a joined name) or a fixed map of values. */
  labelSql?: string;
  labels?: Readonly<Record<string, string>>;
}

export interface CubeDefinition {
  name: string;
  directorate: DirectorateKey;
  table: string;
  joins?: Readonly<Record<string, CubeJoin>>;
  time: Readonly<Record<string, CubeTime>>;
  dimensions?: Readonly<Record<string, CubeDimension>>;
  /** Named filters an indicator picks by name. */
  segments?: Readonly<Record<string, Filter | readonly Filter[]>>;
  /**
   * The columns behind a figure and their order; `record` names the record's id and the web page that shows
   * it (`:id` replaced), so a director opens each record from a drill-down.
   */
  drill: { members: readonly DrillMember[]; order: string; record?: { sql: string; path: string } };
}

type IndicatorOptions = Omit<ComputedIndicator, 'kind' | 'key' | 'cube' | 'directorate' | 'version'> & {
  version?: number;
};

export interface Cube extends CubeDefinition {
  /** An indicator over this cube: a measure, a time dimension, segments, breakdowns. */
  indicator(key: string, options: IndicatorOptions): ComputedIndicator;
}

const NAME = /^[a-z][a-z0-9_]*$/;

export function defineCube(def: CubeDefinition): Cube {
  for (const j of Object.keys(def.joins ?? {}))
    if (!NAME.test(j) || j === 't') throw new Error(`Cube ${def.name} : nom de jointure invalide « ${j} »`);
  if (def.dimensions?.month) throw new Error(`Cube ${def.name} : la dimension « month » est réservée`);
  return {
    ...def,
    indicator: (key, options) => ({
      kind: 'computed',
      key,
      cube: def.name,
      directorate: def.directorate,
      version: 1,
      ...options,
    }),
  };
}

export const count = (): Measure => ({ type: 'count' });
export const countDistinct = (sql: string): Measure => ({ type: 'countDistinct', sql });
export const sum = (sql: string): Measure => ({ type: 'sum', sql });
export const avg = (sql: string): Measure => ({ type: 'avg', sql });
export const median = (sql: string): Measure => ({ type: 'median', sql });
export const percent = (...where: Filter[]): Measure => ({ type: 'percent', where });

/** A cube's dimension by key, `month` derived from an event time dimension. */
export function cubeDimension(
  cube: CubeDefinition,
  time: string,
  key: string,
): (CubeDimension & { key: string }) | null {
  if (key === 'month') {
    const t = cube.time[time];
    if (!t || t.kind !== 'event') return null;
    return { key, label: 'Par mois', sql: `EXTRACT(MONTH FROM ${t.sql})::int` };
  }
  const d = cube.dimensions?.[key];
  return d ? { key, ...d } : null;
}

export function segmentFilters(cube: CubeDefinition, names: readonly string[] = []): Filter[] {
  return names.flatMap((n) => {
    const s = cube.segments?.[n];
    if (!s) throw new Error(`Cube ${cube.name} : segment inconnu « ${n} »`);
    return isFilterList(s) ? s : [s];
  });
}

const isFilterList = (s: Filter | readonly Filter[]): s is readonly Filter[] => Array.isArray(s);
