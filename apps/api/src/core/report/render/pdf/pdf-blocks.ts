import type { Content, TableCell } from 'pdfmake/interfaces';
import type { ReportChapter, ReportChart, ReportTable } from '../../report-document';
import { CHART_HEIGHT, CHART_WIDTH, chartSvg } from '../chart-svg';
import { cellText, figureText, isNumericColumn } from '../content';
import { parseMarkdown, type Inline } from '../markdown';
import { COLORS } from '../theme';

/** The pieces of a chapter as pdfmake content: key figures, tables, charts, and the directors' texts. */

const FIGURES_PER_ROW = 3;

export function figuresGrid(chapter: ReportChapter, year: number): Content[] {
  if (!chapter.figures.length) return [];
  const cells: TableCell[] = chapter.figures.map((figure) => {
    const text = figureText(figure, year);
    return {
      fillColor: COLORS.light,
      margin: [8, 8, 8, 8],
      stack: [
        { text: text.value, fontSize: 22, bold: true, color: COLORS.primary },
        { text: text.label, fontSize: 9, margin: [0, 2, 0, 0] },
        ...(text.change ? [{ text: text.change, fontSize: 8, color: COLORS.muted, margin: [0, 3, 0, 0] }] : []),
        ...(text.source
          ? [{ text: text.source, fontSize: 7, italics: true, color: COLORS.muted, margin: [0, 3, 0, 0] }]
          : []),
      ] as Content[],
    };
  });
  const rows: TableCell[][] = [];
  for (let i = 0; i < cells.length; i += FIGURES_PER_ROW) {
    const row = cells.slice(i, i + FIGURES_PER_ROW);
    while (row.length < FIGURES_PER_ROW) row.push({ text: '' });
    rows.push(row);
  }
  return [
    sectionTitle('Chiffres clés'),
    {
      table: { widths: Array<string>(FIGURES_PER_ROW).fill('*'), body: rows, dontBreakRows: true },
      layout: {
        hLineWidth: () => 4,
        vLineWidth: () => 4,
        hLineColor: () => '#FFFFFF',
        vLineColor: () => '#FFFFFF',
        paddingLeft: () => 0,
        paddingRight: () => 0,
        paddingTop: () => 0,
        paddingBottom: () => 0,
      },
      margin: [-4, 0, -4, 8],
    },
  ];
}

export function dataTable(table: ReportTable): Content {
  const numeric = table.columns.map((_, i) => isNumericColumn(table, i));
  const header: TableCell[] = table.columns.map((column, i) => ({
    text: column,
    bold: true,
    color: '#FFFFFF',
    fillColor: COLORS.primary,
    alignment: numeric[i] ? 'right' : 'left',
  }));
  const body: TableCell[][] = table.rows.map((row) =>
    row.map((cell, i) => ({ text: cellText(cell), alignment: numeric[i] ? 'right' : 'left' })),
  );
  return {
    unbreakable: table.rows.length <= 15,
    stack: [
      caption(table.title),
      {
        table: {
          headerRows: 1,
          widths: table.columns.map((_, i) => (i === 0 ? '*' : 'auto')),
          body: [header, ...body],
        },
        layout: {
          fillColor: (row: number) => (row > 0 && row % 2 === 0 ? COLORS.zebra : null),
          hLineWidth: (i: number, node) => (i === 0 || i === 1 || i === node.table.body.length ? 0.8 : 0.3),
          vLineWidth: () => 0,
          hLineColor: () => COLORS.rule,
          paddingTop: () => 3,
          paddingBottom: () => 3,
        },
        fontSize: 9,
        margin: [0, 0, 0, 10],
      },
    ],
  };
}

export function chartBlock(chart: ReportChart): Content {
  return {
    unbreakable: true,
    stack: [
      caption(chart.title),
      { svg: chartSvg(chart), width: CHART_WIDTH, height: CHART_HEIGHT, margin: [0, 0, 0, 10] },
    ],
  };
}

export function markdownBlocks(markdown: string): Content[] {
  return parseMarkdown(markdown).map((block): Content => {
    switch (block.kind) {
      case 'heading':
        return {
          text: runs(block.inlines),
          fontSize: block.level === 1 ? 12 : 10.5,
          bold: true,
          color: block.level === 1 ? COLORS.primary : COLORS.text,
          margin: [0, 6, 0, 3],
        };
      case 'list':
        return {
          ul: block.items.map((item) => ({ text: runs(item) })),
          margin: [0, 0, 0, 6],
          markerColor: COLORS.accent,
        };
      case 'paragraph':
        return { text: runs(block.inlines), margin: [0, 0, 0, 6], alignment: 'justify' };
    }
  });
}

export const sectionTitle = (text: string): Content => ({
  text: text.toUpperCase(),
  fontSize: 11,
  bold: true,
  color: COLORS.accent,
  margin: [0, 10, 0, 6],
});

const caption = (text: string): Content => ({
  text,
  bold: true,
  fontSize: 9.5,
  color: COLORS.primary,
  margin: [0, 4, 0, 4],
});

// bold only where the text asks for it, so a heading's own bold is not undone by its plain runs
const runs = (inlines: Inline[]) =>
  inlines.map((inline) => (inline.bold ? { text: inline.text, bold: true } : inline.text));
