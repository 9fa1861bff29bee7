import type { DirectorateKey } from '@call/domain';

/**
 * Indicators are declared as data, the way a semantic layer (Cube) declares a measure over a table:
 * the engine derives from one declaration the yearly aggregate, its breakdowns, the previous year for
 * the evolution, and the list of records behind any figure (drill-down). Column references are SQL
 * expressions over the source alias `t` and the declared joins; values are always bound parameters.
 */
export type IndicatorUnit = 'count' | 'percent' | 'days' | 'euros' | 'hours' | 'm2';

export type FilterOp = 'eq' | 'neq' | 'in' | 'notIn' | 'isNull' | 'notNull' | 'gte' | 'lte' | 'gt' | 'lt';

export interface Filter {
  sql: string;
  op: FilterOp;
  value?: string | number | boolean | readonly (string | number)[];
}

export type Measure =
  | { type: 'count' }
  | { type: 'countDistinct'; sql: string }
  | { type: 'sum'; sql: string }
  | { type: 'avg'; sql: string }
  | { type: 'median'; sql: string }
  /** Share of the records (in %) that also match `where`. */
  | { type: 'percent'; where: readonly Filter[] };

/**
 * Which records count in a year: an `event` counts in the year of its date; a `snapshot` counts
 * when it is in force at the end of 31 December (from ≤ 31/12 and to after it, or open).
 */
export type TimeDimension =
  { kind: 'event'; sql: string } | { kind: 'snapshot'; from: string; to: string; toInclusive: boolean };

export interface Dimension {
  key: string;
  label: string;
  sql: string;
  /** Display label of a member: a SQL expression (e.g. a joined name) or a fixed map of values. */
  labelSql?: string;
  labels?: Readonly<Record<string, string>>;
}

export interface Join {
  table: string;
  alias: string;
  on: string;
  type?: 'inner' | 'left';
}

export interface DrillMember {
  key: string;
  label: string;
  sql: string;
  /** Display labels of coded values (e.g. a status code → its French label). */
  labels?: Readonly<Record<string, string>>;
}

export interface ComputedIndicator {
  kind: 'computed';
  key: string;
  label: string;
  description?: string;
  unit: IndicatorUnit;
  directorate: DirectorateKey;
  /** Bump when the meaning changes, so a yearly series is only compared with itself. */
  version: number;
  source: { table: string; joins?: readonly Join[] };
  measure: Measure;
  time: TimeDimension;
  filters?: readonly Filter[];
  /** `month` is built in for event indicators; list it to show it. */
  dimensions?: readonly (Dimension | 'month')[];
  drillMembers: readonly DrillMember[];
  drillOrder?: string;
}

/** A figure of a directorate that has no module yet: its director enters the yearly value. */
export interface DeclaredIndicator {
  kind: 'declared';
  key: string;
  label: string;
  description?: string;
  unit: IndicatorUnit;
  directorate: DirectorateKey;
  version: number;
}

export type IndicatorDefinition = ComputedIndicator | DeclaredIndicator;
