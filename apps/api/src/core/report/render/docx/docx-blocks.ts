import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import type { ReportChapter, ReportChart, ReportTable } from '../../report-document';
import { CHART_HEIGHT, CHART_WIDTH, chartSvg } from '../chart-svg';
import { svgToPng } from '../chart-png';
import { cellText, figureText, isNumericColumn } from '../content';
import { parseMarkdown, type Inline } from '../markdown';
import { COLORS, hex } from '../theme';

/** The pieces of a chapter as Word content: key figures, tables, charts (PNG), and the directors' texts. */

const FIGURES_PER_ROW = 3;
/** Charts at full text width (the A4 text block is about 640 px at 96 dpi), rasterised at 1.5 times that (144 dpi). */
const CHART_DISPLAY_WIDTH = 600;
export const BULLETS = 'report-bullets';

const white = { style: BorderStyle.SINGLE, size: 24, color: 'FFFFFF' };
const whiteBorders: ITableCellBorders = { top: white, bottom: white, left: white, right: white };

export function figuresGrid(chapter: ReportChapter, year: number): (Paragraph | Table)[] {
  if (!chapter.figures.length) return [];
  const cells = chapter.figures.map((figure) => {
    const text = figureText(figure, year);
    const lines = [
      new Paragraph({
        children: [new TextRun({ text: text.value, bold: true, size: 40, color: hex(COLORS.primary) })],
      }),
      new Paragraph({ children: [new TextRun({ text: text.label, size: 18 })] }),
    ];
    if (text.change)
      lines.push(new Paragraph({ children: [new TextRun({ text: text.change, size: 16, color: hex(COLORS.muted) })] }));
    if (text.source)
      lines.push(
        new Paragraph({
          children: [new TextRun({ text: text.source, size: 14, italics: true, color: hex(COLORS.muted) })],
        }),
      );
    return new TableCell({
      children: lines,
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(COLORS.light) },
      margins: { top: 120, bottom: 120, left: 140, right: 140 },
      borders: whiteBorders,
      width: { size: 100 / FIGURES_PER_ROW, type: WidthType.PERCENTAGE },
    });
  });
  const rows: TableRow[] = [];
  for (let i = 0; i < cells.length; i += FIGURES_PER_ROW) {
    const row = cells.slice(i, i + FIGURES_PER_ROW);
    while (row.length < FIGURES_PER_ROW)
      row.push(new TableCell({ children: [new Paragraph('')], borders: whiteBorders }));
    rows.push(new TableRow({ children: row, cantSplit: true }));
  }
  return [
    sectionTitle('Chiffres clés'),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE }),
  ];
}

export function dataTable(table: ReportTable): (Paragraph | Table)[] {
  const numeric = table.columns.map((_, i) => isNumericColumn(table, i));
  const rule = { style: BorderStyle.SINGLE, size: 4, color: hex(COLORS.rule) };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const cell = (text: string, i: number, header: boolean, zebra: boolean) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header, size: 18, color: header ? 'FFFFFF' : undefined })],
        }),
      ],
      shading: header
        ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(COLORS.primary) }
        : zebra
          ? { type: ShadingType.CLEAR, color: 'auto', fill: hex(COLORS.zebra) }
          : undefined,
      margins: { top: 50, bottom: 50, left: 100, right: 100 },
      borders: { top: none, left: none, right: none, bottom: rule },
      // the label column takes half the width, the figures share the rest (as the PDF's auto-sized columns)
      width: { size: i === 0 ? 50 : 50 / Math.max(1, table.columns.length - 1), type: WidthType.PERCENTAGE },
    });
  return [
    caption(table.title),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: table.columns.map((c, i) => cell(c, i, true, false)) }),
        ...table.rows.map(
          (row, r) =>
            new TableRow({ cantSplit: true, children: row.map((v, i) => cell(cellText(v), i, false, r % 2 === 1)) }),
        ),
      ],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

export function chartBlock(chart: ReportChart): Paragraph[] {
  const png = svgToPng(chartSvg(chart), CHART_DISPLAY_WIDTH * 1.5);
  return [
    caption(chart.title),
    new Paragraph({
      spacing: { after: 160 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: {
            width: CHART_DISPLAY_WIDTH,
            height: Math.round((CHART_DISPLAY_WIDTH * CHART_HEIGHT) / CHART_WIDTH),
          },
          altText: { name: chart.title, title: chart.title, description: chart.title },
        }),
      ],
    }),
  ];
}

export function markdownBlocks(markdown: string): Paragraph[] {
  return parseMarkdown(markdown).flatMap((block) => {
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            spacing: { before: 160, after: 60 },
            keepNext: true,
            children: runs(block.inlines, {
              size: block.level === 1 ? 24 : 21,
              bold: true,
              color: hex(block.level === 1 ? COLORS.primary : COLORS.text),
            }),
          }),
        ];
      case 'list':
        return block.items.map(
          (item) =>
            new Paragraph({
              numbering: { reference: BULLETS, level: 0 },
              spacing: { after: 40 },
              children: runs(item),
            }),
        );
      case 'paragraph':
        return [
          new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 }, children: runs(block.inlines) }),
        ];
    }
  });
}

export const sectionTitle = (text: string): Paragraph =>
  new Paragraph({
    keepNext: true,
    spacing: { before: 240, after: 120 },
    children: [new TextRun({ text: text.toUpperCase(), bold: true, size: 22, color: hex(COLORS.accent) })],
  });

const caption = (text: string): Paragraph =>
  new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 80 },
    children: [new TextRun({ text, bold: true, size: 19, color: hex(COLORS.primary) })],
  });

const runs = (inlines: Inline[], style: { size?: number; bold?: boolean; color?: string } = {}) =>
  inlines.map((inline) => new TextRun({ ...style, text: inline.text, bold: style.bold || inline.bold }));
