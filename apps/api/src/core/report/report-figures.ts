import { In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../context';
import type { IndicatorsService } from '../indicators/indicators.service';
import { IndicatorKind } from '../indicators/indicator.types';
import type { ReportChapter } from './entities/report-chapter.entity';
import { ReportFigureSnapshot, type FrozenBreakdown } from './entities/report-figure-snapshot.entity';

/** One figure of the report, live or frozen: what a chapter shows and what closing a year stores. */
export interface FigureData {
  key: string;
  label: string;
  unit: string;
  value: number | null;
  previousValue: number | null;
  breakdowns: FrozenBreakdown[];
  version: number;
  declared: boolean;
  source: string | null;
}

/**
 * The report is compiled for the whole CALL: its figures are read as the DGS reads them, whoever asked for the
 * chapter or the document (a director sees the published report, not the records behind other directorates).
 */
const REPORT_READER: AuthUser = {
  id: '00000000-0000-0000-0000-000000000000',
  login: 'rapport',
  displayName: 'Rapport d’activités',
  role: 'DGS',
  directorates: [],
  active: true,
  mustChangePassword: false,
};

/** Every indicator a set of chapters shows: its key figures, and those its tables and charts break down. */
export function reportKeys(chapters: readonly ReportChapter[]): string[] {
  const keys = new Set<string>();
  for (const c of chapters) {
    for (const k of c.indicatorKeys) keys.add(k);
    for (const v of [...c.tables, ...c.charts]) keys.add(v.indicatorKey);
  }
  return [...keys];
}

/** The live figures of a year, by key; keys the registry does not know are left out. */
export async function liveFigures(
  indicators: IndicatorsService,
  year: number,
  keys: readonly string[],
  breakdowns = true,
): Promise<Map<string, FigureData>> {
  if (!keys.length) return new Map();
  const list = await indicators.forPeriod(REPORT_READER, { year, keys, breakdowns });
  return new Map(
    list.map((i) => [
      i.key,
      {
        key: i.key,
        label: i.label,
        unit: i.unit,
        value: i.value,
        previousValue: i.previousValue,
        breakdowns: i.breakdowns.map((b) => ({
          dimension: b.dimension,
          label: b.label,
          items: b.items.map((it) => ({ member: it.member, label: it.label, value: it.value })),
        })),
        version: i.version,
        declared: i.kind === IndicatorKind.DECLARED,
        source: i.kind === IndicatorKind.DECLARED ? i.declaredSource : null,
      },
    ]),
  );
}

/** The frozen figures of a closed year, by key. */
export async function frozenFigures(
  em: EntityManager,
  year: number,
  keys?: readonly string[],
): Promise<Map<string, FigureData>> {
  const rows = await em.find(ReportFigureSnapshot, {
    where: keys ? { year, indicatorKey: In([...keys]) } : { year },
  });
  return new Map(
    rows.map((r) => [
      r.indicatorKey,
      {
        key: r.indicatorKey,
        label: r.label,
        unit: r.unit,
        value: r.value,
        previousValue: r.previousValue,
        breakdowns: r.breakdowns,
        version: r.definitionVersion,
        declared: r.declared,
        source: r.source,
      },
    ]),
  );
}

/** Two values of a figure are the same when they round to the same hundredth (numeric columns keep two decimals). */
export function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.round(a * 100) === Math.round(b * 100);
}
