import { toParisLocalDate } from '@call/domain';
import type { Database } from '../database/database';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { Clock } from '../kit/clock';
import { notFound } from '../errors';
import { ReportChapter, type ReportVisualSpec } from './entities/report-chapter.entity';
import { ReportPart } from './entities/report-part.entity';
import { ReportYear } from './entities/report-year.entity';
import { frozenFigures, liveFigures, reportKeys, type FigureData } from './report-figures';
import type {
  ReportChapter as DocChapter,
  ReportChart,
  ReportDocument,
  ReportTable,
  ReportUnit,
} from './report-document';

const ORGANISATION = 'Communauté d’Agglomération de Lens-Liévin';
const UNITS: readonly ReportUnit[] = ['count', 'percent', 'days', 'euros', 'hours', 'm2'];
const unitOf = (u: string): ReportUnit => ((UNITS as readonly string[]).includes(u) ? (u as ReportUnit) : 'count');

function breakdownOf(f: FigureData | undefined, v: ReportVisualSpec) {
  return f?.breakdowns.find((b) => b.dimension === v.dimension);
}

function table(figures: Map<string, FigureData>, v: ReportVisualSpec): ReportTable | null {
  const f = figures.get(v.indicatorKey);
  const b = breakdownOf(f, v);
  if (!f || !b) return null;
  return {
    title: v.title ?? `${f.label} — ${b.label.toLowerCase()}`,
    columns: [b.label.replace(/^Par /, ''), f.label],
    rows: b.items.map((it) => [it.label, it.value]),
  };
}

function chart(figures: Map<string, FigureData>, v: ReportVisualSpec): ReportChart | null {
  const f = figures.get(v.indicatorKey);
  const b = breakdownOf(f, v);
  if (!f || !b) return null;
  return {
    title: v.title ?? `${f.label} — ${b.label.toLowerCase()}`,
    kind: v.kind ?? 'bar',
    unit: unitOf(f.unit),
    categories: b.items.map((it) => it.label),
    series: [{ label: f.label, values: b.items.map((it) => it.value) }],
  };
}

/**
 * The report of a year as a document for the renderers: the structure and texts from the database, the figures
 * frozen at closing for a closed year (so generating it twice gives the same document), live otherwise.
 */
export class ReportDocumentBuilder {
  constructor(
    private readonly db: Database,
    private readonly indicators: IndicatorsService,
    private readonly clock: Clock,
  ) {}

  async build(year: number): Promise<ReportDocument> {
    const { row, parts, chapters } = await this.db.read(async (em) => {
      const r = await em.findOne(ReportYear, { where: { year } });
      if (!r) throw notFound(`Le rapport ${year}`);
      const [p, c] = await Promise.all([
        em.find(ReportPart, { where: { year }, order: { position: 'ASC' } }),
        em.find(ReportChapter, { where: { year }, order: { position: 'ASC' } }),
      ]);
      return { row: r, parts: p, chapters: c };
    });
    const frozen = row.status === 'CLOSED';
    const keys = reportKeys(chapters);
    const figures = frozen
      ? await this.db.read((em) => frozenFigures(em, year, keys))
      : await liveFigures(this.indicators, year, keys);
    return {
      year,
      title: `Rapport d'activités ${year}`,
      organisation: ORGANISATION,
      generatedOn: frozen && row.closedAt ? toParisLocalDate(row.closedAt) : this.clock.today(),
      frozen,
      parts: parts.map((p) => ({
        title: p.title,
        chapters: chapters.filter((c) => c.partId === p.id).map((c) => this.chapter(c, figures)),
      })),
    };
  }

  private chapter(c: ReportChapter, figures: Map<string, FigureData>): DocChapter {
    return {
      title: c.title,
      directorate: c.directorate,
      figures: c.indicatorKeys.flatMap((key) => {
        const f = figures.get(key);
        if (!f) return [];
        return [
          {
            indicatorKey: key,
            label: f.label,
            value: f.value,
            unit: unitOf(f.unit),
            previousValue: f.previousValue,
            declared: f.declared,
            source: f.source,
          },
        ];
      }),
      tables: c.tables.flatMap((v) => table(figures, v) ?? []),
      charts: c.charts.flatMap((v) => chart(figures, v) ?? []),
      highlights: c.highlights,
      outlook: c.outlook,
    };
  }
}
