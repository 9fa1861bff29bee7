import type { LocalDate } from '@call/domain';

/**
 * The annual activity report as a document, ready to be laid out: what the report builder assembles from the
 * year's structure (parts, chapters), the figures (frozen snapshot of a closed year, or live) and the directors'
 * texts, and what the DOCX and PDF renderers draw. Numbers stay numbers here; the renderers format them the French
 * way ("2 082", "22 000 €", "1er juillet 2023").
 */
export interface ReportDocument {
  year: number;
  /** e.g. "Rapport d'activités 2023". */
  title: string;
  /** e.g. "Communauté d'Agglomération de Lens-Liévin". */
  organisation: string;
  /** Date of generation (or of closing, for a closed year). */
  generatedOn: LocalDate;
  /** Closed year: figures are the frozen snapshot; open year: live figures (marked "provisoire"). */
  frozen: boolean;
  parts: ReportPart[];
}

export interface ReportPart {
  /** e.g. "La CALL protège". */
  title: string;
  chapters: ReportChapter[];
}

export interface ReportChapter {
  title: string;
  /** Directorate key when the chapter is tied to one (ads, fourriere…), null for a text-only chapter. */
  directorate: string | null;
  /** Key figures, shown in large type. */
  figures: ReportFigure[];
  tables: ReportTable[];
  charts: ReportChart[];
  /** Rich text written by the director, in a Markdown subset: `#`/`##` headings, `-` lists, `**bold**`, paragraphs. */
  highlights: string;
  outlook: string;
}

export type ReportUnit = 'count' | 'percent' | 'days' | 'euros' | 'hours' | 'm2';

export interface ReportFigure {
  indicatorKey: string;
  label: string;
  value: number | null;
  unit: ReportUnit;
  previousValue: number | null;
  /** Entered by the director (with its source), not computed from records. */
  declared: boolean;
  source: string | null;
}

export interface ReportTable {
  title: string;
  columns: string[];
  /** Cells as text or numbers; numbers are formatted by the renderer. */
  rows: (string | number | null)[][];
}

export interface ReportChart {
  title: string;
  kind: 'bar' | 'line';
  unit: ReportUnit;
  /** Category labels (months, communes, years). */
  categories: string[];
  series: { label: string; values: (number | null)[] }[];
}
