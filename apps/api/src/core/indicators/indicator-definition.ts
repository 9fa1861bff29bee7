import type { DirectorateKey } from '@call/domain';

/**
 * Indicators are declared as data over cubes, the way Cube's semantic layer does (see `cube.ts`): a cube names
 * a table's vocabulary once (joins, time dimensions, dimensions, segments, drill members) and an indicator picks a
 * measure, a time dimension, segments and breakdowns. SQL snippets name columns as `{CUBE}.column` or
 * `{join}.column`, checked against the entities at start-up; values are always bound parameters.
 */
type IndicatorUnit = 'count' | 'percent' | 'days' | 'euros' | 'hours' | 'm2';

/** Whether a rise of the figure is good news (dossiers instructed), bad news (tacit decisions) or neither. */
export type RiseIs = 'GOOD' | 'BAD' | 'NEUTRAL';

type FilterOp = 'eq' | 'neq' | 'in' | 'notIn' | 'isNull' | 'notNull' | 'gte' | 'lte' | 'gt' | 'lt';

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

export interface DrillMember {
  key: string;
  label: string;
  sql: string;
  /** Display labels of coded values (e.g. a status code → its French label). */
  labels?: Readonly<Record<string, string>>;
}

interface IndicatorBase {
  key: string;
  label: string;
  description?: string;
  unit: IndicatorUnit;
  directorate: DirectorateKey;
  /** Bump when the meaning changes, so a yearly series is only compared with itself. */
  version: number;
  /** How a dashboard colours a change: a rise of euthanasies is bad, of restitutions good. Default NEUTRAL. */
  riseIs?: RiseIs;
  /** Where the declared years come from (e.g. the activity reports), when the director did not say. */
  declaredSource?: string;
}

/** A figure computed from a module's records, over one of its cubes. */
export interface ComputedIndicator extends IndicatorBase {
  kind: 'computed';
  cube: string;
  measure: Measure;
  /** A time dimension of the cube: the date that makes a record count in a period. */
  time: string;
  segments?: readonly string[];
  filters?: readonly Filter[];
  /** Breakdowns: dimensions of the cube, or `month` (built in for event time dimensions). */
  by?: readonly string[];
  /** The columns behind the figure, when they differ from the cube's. */
  drill?: readonly DrillMember[];
  drillOrder?: string;
  /**
   * The key was a declared figure before the module computed it: years up to this one keep the values the
   * director entered, shown as declared.
   */
  declaredUntil?: number;
}

/** A figure of a directorate without a module: its director enters the yearly value. */
export interface DeclaredIndicator extends IndicatorBase {
  kind: 'declared';
}

export type IndicatorDefinition = ComputedIndicator | DeclaredIndicator;

/** A declared figure of a directorate (its light manifest lists them). */
export const declaredIndicator = (
  directorate: DirectorateKey,
  d: Omit<DeclaredIndicator, 'kind' | 'version' | 'directorate'> & { version?: number },
): DeclaredIndicator => ({ kind: 'declared', version: 1, directorate, ...d });

/** The records a year (or a year to date) counts in, and the one it is compared with. */
export interface Period {
  year: number;
  start: string;
  end: string;
  previous: { year: number; start: string; end: string };
}
