import { frenchChange, frenchFigure, frenchNumber } from '@call/domain';
import type { ReportChapter, ReportFigure, ReportTable } from '../report-document';

/** The words of a key figure, the same in both formats: value, label, change and where it comes from. */
export interface FigureText {
  value: string;
  label: string;
  change: string | null;
  source: string | null;
}

export function figureText(figure: ReportFigure, year: number): FigureText {
  const change = frenchChange(figure.value, figure.previousValue, figure.unit);
  return {
    value: frenchFigure(figure.value, figure.unit),
    label: figure.label,
    change: change === null ? null : `${change} par rapport à ${year - 1}`,
    source: figure.declared ? `Chiffre déclaré${figure.source ? ` — source : ${figure.source}` : ''}` : null,
  };
}

/** A table cell as text: numbers the French way, missing values as "—". */
export function cellText(value: ReportTable['rows'][number][number]): string {
  if (value === null) return '—';
  return typeof value === 'number' ? frenchNumber(value, 2) : value;
}

export const isNumericColumn = (table: ReportTable, column: number): boolean =>
  table.rows.length > 0 && table.rows.every((row) => row[column] === null || typeof row[column] === 'number');

/** The two text blocks of a chapter, with the headings the seed report gives them. */
export function chapterTexts(chapter: ReportChapter, year: number): { title: string; markdown: string }[] {
  return [
    { title: `Faits marquants ${year}`, markdown: chapter.highlights },
    { title: `Perspectives ${year + 1}`, markdown: chapter.outlook },
  ].filter((text) => text.markdown.trim() !== '');
}
