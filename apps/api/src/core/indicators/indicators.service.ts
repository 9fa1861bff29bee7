import { canDeclareIndicator, canReadIndicators, DIRECTORATE_KEYS, type DirectorateKey } from '@call/domain';
import { preparedQuery } from '../database/prepared-query';
import { In, type EntityManager } from 'typeorm';
import type { Database } from '../database/database';
import type { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../context';
import { badInput, forbidden, notFound } from '../errors';
import { buildDrillQuery, DRILL_RECORD_ID, resolveDimension } from './cube-sql';
import { DeclaredIndicatorValue } from './declared-indicator-value.entity';
import { computePeriod, computeSeries, round, type Figures } from './indicator-compute';
import type { ComputedIndicator, IndicatorDefinition, Period } from './indicator-definition';
import type { IndicatorRegistry } from './indicator-registry';
import { Indicator, IndicatorKind, IndicatorRecordPage, IndicatorSeries, RiseIsEnum } from './indicator.types';
import { seriesYears, yearPeriod, yearToDatePeriod } from './periods';

type Row = Record<string, unknown>;

function displayValue(v: unknown, labels?: Readonly<Record<string, string>>): unknown {
  if (v instanceof Date) return v.toISOString();
  if (labels && typeof v === 'string') return labels[v] ?? v;
  return v;
}

function evolution(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return round(((current - previous) / previous) * 100);
}

/** A year's figure is a declared value: a declared indicator, or a computed one's history (`declaredUntil`). */
const isDeclaredIn = (def: IndicatorDefinition, year: number): boolean =>
  def.kind === 'declared' || (def.declaredUntil !== undefined && year <= def.declaredUntil);

type DeclaredLookup = ((key: string, year: number) => number | null) & {
  source: (def: IndicatorDefinition, year: number) => string | null;
};

const riseIs = (def: IndicatorDefinition): RiseIsEnum => RiseIsEnum[def.riseIs ?? 'NEUTRAL'];

export interface IndicatorQuery {
  year: number;
  /** Year to date: 1 January to this day, against the same date last year. */
  asOf?: string | null;
  directorate?: DirectorateKey | null;
  keys?: readonly string[] | null;
  /** Breakdowns are computed only when asked for. */
  breakdowns?: boolean;
}

export class IndicatorsService {
  constructor(
    private readonly db: Database,
    private readonly registry: IndicatorRegistry,
    private readonly audit: AuditService,
  ) {}

  private get concurrent(): boolean {
    return this.db.config.kind === 'postgres';
  }

  private visible(user: AuthUser, directorate?: DirectorateKey | null, keys?: readonly string[] | null) {
    const dirs = DIRECTORATE_KEYS.filter((d) => canReadIndicators(user, d) && (!directorate || d === directorate));
    if (directorate && dirs.length === 0) throw forbidden('Vous n’avez pas accès aux indicateurs de cette direction.');
    const defs = this.registry.list(dirs);
    return keys ? defs.filter((d) => keys.includes(d.key)) : defs;
  }

  private async declaredValues(em: EntityManager, defs: IndicatorDefinition[], years: number[]) {
    const keys = defs.filter((d) => years.some((y) => isDeclaredIn(d, y))).map((d) => d.key);
    const rows = keys.length
      ? await em.find(DeclaredIndicatorValue, { where: { indicatorKey: In(keys), year: In(years) } })
      : [];
    const byKey = new Map(rows.map((r) => [`${r.indicatorKey}/${r.year}`, r]));
    const value = (key: string, year: number) => {
      const v = byKey.get(`${key}/${year}`)?.value;
      return v === undefined ? null : Number(v);
    };
    // the source the director gave, else the one the indicator declares for its history; none without a value
    const source = (def: IndicatorDefinition, year: number) => {
      const row = byKey.get(`${def.key}/${year}`);
      return row ? (row.source ?? def.declaredSource ?? null) : null;
    };
    return Object.assign(value, { source });
  }

  /** The indicators the user may read for a year (or a year to date), each computed by the database. */
  async forPeriod(user: AuthUser, q: IndicatorQuery): Promise<Indicator[]> {
    const defs = this.visible(user, q.directorate, q.keys);
    const period = IndicatorsService.period(q.year, q.asOf);
    const computed = defs.filter((d): d is ComputedIndicator => d.kind === 'computed' && !isDeclaredIn(d, period.year));
    return this.db.read(async (em) => {
      const [declared, figures] = await Promise.all([
        this.declaredValues(em, defs, [period.year, period.previous.year]),
        computePeriod(em, this.registry, computed, period, q.breakdowns ?? true, this.concurrent),
      ]);
      return defs.map((def) => this.shape(user, def, period, figures.get(def.key), declared));
    });
  }

  private shape(
    user: AuthUser,
    def: IndicatorDefinition,
    period: Period,
    figures: Figures | undefined,
    declared: DeclaredLookup,
  ): Indicator {
    const declaredNow = isDeclaredIn(def, period.year);
    const declaredBefore = isDeclaredIn(def, period.previous.year);
    const value = declaredNow ? declared(def.key, period.year) : (figures?.value ?? null);
    const previousValue = declaredBefore ? declared(def.key, period.previous.year) : (figures?.previousValue ?? null);
    return {
      key: def.key,
      label: def.label,
      description: def.description ?? null,
      unit: def.unit,
      directorate: def.directorate,
      version: def.version,
      kind: declaredNow ? IndicatorKind.DECLARED : IndicatorKind.COMPUTED,
      riseIs: riseIs(def),
      year: period.year,
      value,
      previousValue,
      evolution: evolution(value, previousValue),
      periodEnd: period.end,
      previousPeriodEnd: period.previous.end,
      previousValueDeclared: declaredBefore,
      declaredSource: declaredNow
        ? declared.source(def, period.year)
        : declaredBefore
          ? declared.source(def, period.previous.year)
          : null,
      canDeclare: declaredNow && canDeclareIndicator(user, def.directorate),
      drillable: !declaredNow,
      breakdowns: declaredNow ? [] : (figures?.breakdowns ?? []),
    };
  }

  /** Yearly values over `count` full years ending with `last`: one statement per cube and time dimension. */
  async series(
    user: AuthUser,
    last: number,
    count: number,
    directorate?: DirectorateKey | null,
    keys?: readonly string[] | null,
  ): Promise<IndicatorSeries[]> {
    const defs = this.visible(user, directorate, keys);
    const years = seriesYears(last, count);
    const computed = defs.filter((d): d is ComputedIndicator => d.kind === 'computed' && !isDeclaredIn(d, last));
    return this.db.read(async (em) => {
      const [declared, values] = await Promise.all([
        this.declaredValues(em, defs, years),
        computeSeries(em, this.registry, computed, years, this.concurrent),
      ]);
      return defs.map((def) => ({
        key: def.key,
        label: def.label,
        unit: def.unit,
        directorate: def.directorate,
        version: def.version,
        riseIs: riseIs(def),
        points: years.map((year) => {
          const d = isDeclaredIn(def, year);
          return {
            year,
            declared: d,
            value: d ? declared(def.key, year) : (values.get(def.key)?.get(year) ?? null),
            source: d ? declared.source(def, year) : null,
          };
        }),
      }));
    });
  }

  private readable(user: AuthUser, key: string) {
    const def = this.registry.get(key);
    if (!def) throw notFound('Indicateur');
    if (!canReadIndicators(user, def.directorate))
      throw forbidden('Vous n’avez pas accès aux indicateurs de cette direction.');
    return def;
  }

  /** The records behind a figure, or behind one member of a breakdown; the period's days bound the query. */
  async records(
    user: AuthUser,
    key: string,
    period: Period,
    dimension: string | null | undefined,
    member: string | null | undefined,
    page: { offset: number; limit: number; sort?: string | null; descending?: boolean },
  ): Promise<IndicatorRecordPage> {
    const def = this.readable(user, key);
    if (def.kind !== 'computed' || isDeclaredIn(def, period.year))
      throw badInput('key', 'Un indicateur saisi n’a pas de détail.');
    const cube = this.registry.cube(def.cube);
    if (dimension && !def.by?.includes(dimension))
      throw badInput('dimension', `Cet indicateur n’a pas de ventilation « ${dimension} ».`);
    const dim = dimension ? resolveDimension(cube, def, dimension) : undefined;
    const members = def.drill ?? cube.drill.members;
    if (page.sort && !members.some((m) => m.key === page.sort))
      throw badInput('sort', `Cette liste n’a pas de colonne « ${page.sort} ».`);
    const q = buildDrillQuery(
      cube,
      def,
      period,
      { dimension: dim, member: member ?? undefined },
      {
        ...page,
        sort: page.sort ?? undefined,
      },
    );
    const record = cube.drill.record;
    return this.db.read(async (em) => {
      // a drill-down's text depends on the indicator, breakdown and sort, not on the period or member; the page and
      // its total run side by side on two pooled connections (one after the other on the embedded database)
      const [rows, counted] = await Promise.all([
        preparedQuery<Row>(em, q.rows.sql, q.rows.params),
        preparedQuery<Row>(em, q.count.sql, q.count.params),
      ]);
      const total = Number(counted[0].total);
      return {
        columns: members.map((m) => ({ key: m.key, label: m.label })),
        rows: rows.map((r) => Object.fromEntries(members.map((m) => [m.key, displayValue(r[m.key], m.labels)]))),
        paths: rows.map((r) => {
          const id = r[DRILL_RECORD_ID];
          return record && (typeof id === 'string' || typeof id === 'number')
            ? record.path.replace(':id', String(id))
            : null;
        }),
        total,
      };
    });
  }

  async declare(user: AuthUser, key: string, year: number, value: number, source?: string | null): Promise<Indicator> {
    const def = this.readable(user, key);
    if (!isDeclaredIn(def, year))
      throw badInput('key', 'Cet indicateur est calculé à partir des dossiers : il ne se saisit pas.');
    if (!canDeclareIndicator(user, def.directorate))
      throw forbidden('Seul le directeur de la direction ou la DGS saisit cet indicateur.');
    if (!Number.isFinite(value) || value < 0) throw badInput('value', 'La valeur doit être un nombre positif.');
    const src = source?.trim() || null;
    if (src && src.length > 300) throw badInput('source', 'La source tient en 300 caractères au plus.');
    await this.db.transaction(async (em) => {
      const before = await em.findOne(DeclaredIndicatorValue, { where: { indicatorKey: key, year } });
      // a value entered again without its source keeps the one already noted
      const kept = src ?? before?.source ?? null;
      await em.upsert(
        DeclaredIndicatorValue,
        { indicatorKey: key, year, value: String(value), source: kept, declaredBy: user.id },
        ['indicatorKey', 'year'],
      );
      await this.audit.record(em, user, {
        entity: 'DeclaredIndicatorValue',
        entityId: `${key}/${year}`,
        action: 'declare',
        changes: { from: before ? Number(before.value) : null, to: value, ...(kept ? { source: kept } : {}) },
      });
    });
    return (await this.forPeriod(user, { year, directorate: def.directorate, keys: [key] }))[0];
  }

  /** The period of a request: a whole year, or the year to date when `asOf` is given (in that year). */
  static period(year: number, asOf?: string | null): Period {
    if (asOf && Number(asOf.slice(0, 4)) !== year)
      throw badInput('asOf', 'La date du cumul doit être dans l’année demandée.');
    return asOf ? yearToDatePeriod(asOf) : yearPeriod(year);
  }
}
