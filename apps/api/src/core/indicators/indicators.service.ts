import { canDeclareIndicator, canReadIndicators, DIRECTORATE_KEYS, type DirectorateKey } from '@call/domain';
import type { Database } from '../database/database';
import type { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../context';
import { badInput, forbidden, notFound } from '../errors';
import { DeclaredIndicatorValue } from './declared-indicator-value.entity';
import type { ComputedIndicator, DeclaredIndicator } from './indicator-definition';
import type { IndicatorRegistry } from './indicator-registry';
import { Indicator, IndicatorBreakdown, IndicatorKind, IndicatorRecordPage } from './indicator.types';
import { buildAggregateQuery, buildDrillQuery, MONTH_LABELS, resolveDimensions } from './sql-builder';

type Row = Record<string, unknown>;
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

function displayValue(v: unknown, labels?: Readonly<Record<string, string>>): unknown {
  if (v instanceof Date) return v.toISOString();
  if (labels && typeof v === 'string') return labels[v] ?? v;
  return v;
}

export function evolution(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  return round(((current - previous) / previous) * 100);
}

export class IndicatorsService {
  constructor(
    private readonly db: Database,
    private readonly registry: IndicatorRegistry,
    private readonly audit: AuditService,
  ) {}

  /** Every indicator the user may read for a year, each computed by the database. */
  async forYear(user: AuthUser, year: number, directorate?: DirectorateKey | null): Promise<Indicator[]> {
    const visible = DIRECTORATE_KEYS.filter((d) => canReadIndicators(user, d) && (!directorate || d === directorate));
    if (directorate && visible.length === 0)
      throw forbidden('Vous n’avez pas accès aux indicateurs de cette direction.');
    const defs = this.registry.list(visible);
    return this.db.read(async (em) => {
      const declared = await em
        .createQueryBuilder(DeclaredIndicatorValue, 'v')
        .where('v.year IN (:...years)', { years: [year, year - 1] })
        .getMany();
      const out: Indicator[] = [];
      for (const def of defs) {
        if (def.kind === 'declared') {
          const value = num(declared.find((v) => v.indicatorKey === def.key && v.year === year)?.value);
          const previousValue = num(declared.find((v) => v.indicatorKey === def.key && v.year === year - 1)?.value);
          out.push(this.shape(user, def, year, value, previousValue, []));
          continue;
        }
        const q = buildAggregateQuery(def, year);
        const rows: Row[] = await em.query(q.sql, q.params);
        out.push(this.fromRows(user, def, year, rows, q.dimensions));
      }
      return out;
    });
  }

  private fromRows(
    user: AuthUser,
    def: ComputedIndicator,
    year: number,
    rows: Row[],
    dims: ReturnType<typeof resolveDimensions>,
  ): Indicator {
    const isTotal = (r: Row) => dims.every((_, i) => Number(r[`g${i}`]) === 1);
    const total = (y: number) => {
      const r = rows.find((x) => Number(x.year) === y && isTotal(x));
      // a count over no record is 0; an average over none has no value
      return r ? round(num(r.value)) : def.measure.type === 'count' || def.measure.type === 'sum' ? 0 : null;
    };
    const breakdowns: IndicatorBreakdown[] = dims.map((d, i) => ({
      dimension: d.key,
      label: d.label,
      items: rows
        .filter((r) => Number(r.year) === year && Number(r[`g${i}`]) === 0)
        .map((r) => {
          const member = r[`d${i}`] === null ? '' : String(r[`d${i}`]);
          const label =
            (r[`l${i}`] as string | null) ??
            d.labels?.[member] ??
            (d.key === 'month' ? MONTH_LABELS[Number(member) - 1] : member || 'Non renseigné');
          return { member, label, value: round(num(r.value)) ?? 0 };
        })
        .sort((a, b) =>
          d.key === 'month'
            ? Number(a.member) - Number(b.member)
            : b.value - a.value || a.label.localeCompare(b.label, 'fr'),
        ),
    }));
    return this.shape(user, def, year, total(year), total(year - 1), breakdowns);
  }

  private shape(
    user: AuthUser,
    def: ComputedIndicator | DeclaredIndicator,
    year: number,
    value: number | null,
    previousValue: number | null,
    breakdowns: IndicatorBreakdown[],
  ): Indicator {
    return {
      key: def.key,
      label: def.label,
      description: def.description ?? null,
      unit: def.unit,
      directorate: def.directorate,
      version: def.version,
      kind: def.kind === 'declared' ? IndicatorKind.DECLARED : IndicatorKind.COMPUTED,
      year,
      value,
      previousValue,
      evolution: evolution(value, previousValue),
      canDeclare: def.kind === 'declared' && canDeclareIndicator(user, def.directorate),
      drillable: def.kind === 'computed',
      breakdowns,
    };
  }

  private readable(user: AuthUser, key: string) {
    const def = this.registry.get(key);
    if (!def) throw notFound('Indicateur');
    if (!canReadIndicators(user, def.directorate))
      throw forbidden('Vous n’avez pas accès aux indicateurs de cette direction.');
    return def;
  }

  /** The records behind a figure, or behind one member of a breakdown. */
  async records(
    user: AuthUser,
    key: string,
    year: number,
    dimension: string | null | undefined,
    member: string | null | undefined,
    offset: number,
    limit: number,
  ): Promise<IndicatorRecordPage> {
    const def = this.readable(user, key);
    if (def.kind !== 'computed') throw badInput('key', 'Un indicateur saisi n’a pas de détail.');
    const dim = dimension ? resolveDimensions(def).find((d) => d.key === dimension) : undefined;
    if (dimension && !dim) throw badInput('dimension', `Cet indicateur n’a pas de ventilation « ${dimension} ».`);
    const q = buildDrillQuery(def, year, { dimension: dim, member: member ?? undefined }, { offset, limit });
    return this.db.read(async (em) => {
      const [rows, count] = await Promise.all([
        em.query(q.rows.sql, q.rows.params),
        em.query(q.count.sql, q.count.params),
      ]);
      return {
        columns: def.drillMembers.map((m) => ({ key: m.key, label: m.label })),
        rows: (rows as Row[]).map((r) =>
          Object.fromEntries(def.drillMembers.map((m) => [m.key, displayValue(r[m.key], m.labels)])),
        ),
        total: Number((count as Row[])[0].total),
      };
    });
  }

  async declare(user: AuthUser, key: string, year: number, value: number): Promise<Indicator> {
    const def = this.readable(user, key);
    if (def.kind !== 'declared')
      throw badInput('key', 'Cet indicateur est calculé à partir des dossiers : il ne se saisit pas.');
    if (!canDeclareIndicator(user, def.directorate))
      throw forbidden('Seul le directeur de la direction ou la DGS saisit cet indicateur.');
    if (!Number.isFinite(value) || value < 0) throw badInput('value', 'La valeur doit être un nombre positif.');
    await this.db.transaction(async (em) => {
      const before = await em.findOne(DeclaredIndicatorValue, { where: { indicatorKey: key, year } });
      await em.upsert(DeclaredIndicatorValue, { indicatorKey: key, year, value: String(value), declaredBy: user.id }, [
        'indicatorKey',
        'year',
      ]);
      await this.audit.record(em, user, {
        entity: 'DeclaredIndicatorValue',
        entityId: `${key}/${year}`,
        action: 'declare',
        changes: { from: before ? Number(before.value) : null, to: value },
      });
    });
    return (await this.forYear(user, year, def.directorate)).find((i) => i.key === key)!;
  }
}
