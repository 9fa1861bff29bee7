import { frenchLongDate } from '@call/domain';
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  HeightRule,
  LineRuleType,
} from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { ReportChapter, ReportDocument } from '../../report-document';
import { chapterTexts } from '../content';
import { COLORS, hex, partNumber } from '../theme';
import { BULLETS, chartBlock, dataTable, figuresGrid, markdownBlocks, sectionTitle } from './docx-blocks';

/**
 * The report as a Word document: a cover section, then the "Sommaire" (a real Word table of contents, its page numbers
 * worked out by docx's layout so it is filled in before Word or LibreOffice updates it), each part on its own page and
 * each chapter from a new page. Arial, which every Word has and LibreOffice replaces by the metric-identical Liberation
 * Sans.
 */
const FONT = 'Arial';
/** 2 cm margins (as the PDF's): an A4 text block of 9 638 twips, where the footer's page number is tabbed to. */
const PAGE_MARGINS = { top: 1134, right: 1134, bottom: 1134, left: 1134 };
const TEXT_WIDTH = 11906 - 2 * 1134;

export function docxDocument(doc: ReportDocument): Document {
  const body: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({
      spacing: { after: 360 },
      children: [new TextRun({ text: 'Sommaire', bold: true, size: 48, color: hex(COLORS.primary) })],
    }),
    new TableOfContents('Sommaire', { hyperlink: true, headingStyleRange: '1-2' }),
  ];
  doc.parts.forEach((part, index) => {
    body.push(
      new Paragraph({
        pageBreakBefore: true,
        spacing: { before: 3600 },
        children: [new TextRun({ text: partNumber(index), bold: true, size: 128, color: hex(COLORS.accent) })],
      }),
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(part.title.toUpperCase())] }),
    );
    for (const chapter of part.chapters) body.push(...chapterContent(chapter, doc.year));
  });

  const footerText = `${doc.title} — ${doc.organisation}${doc.frozen ? '' : ' — provisoire'}`;
  return new Document({
    creator: doc.organisation,
    title: `${doc.title} — ${doc.organisation}`,
    description: doc.title,
    pageNumbers: estimatePageNumbersWith({ guess: true }),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 20, color: hex(COLORS.text) },
          paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: { run: { font: FONT, size: 52, bold: true, color: hex(COLORS.primary) } },
        heading2: {
          run: { font: FONT, size: 36, bold: true, color: hex(COLORS.primary) },
          paragraph: { spacing: { after: 200 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 400, hanging: 260 } }, run: { color: hex(COLORS.accent) } },
            },
          ],
        },
      ],
    },
    sections: [
      { properties: { page: { margin: PAGE_MARGINS } }, children: cover(doc) },
      {
        properties: { page: { margin: PAGE_MARGINS } },
        headers: doc.frozen
          ? undefined
          : {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [
                      new TextRun({
                        text: 'PROVISOIRE — année non clôturée',
                        bold: true,
                        size: 16,
                        color: hex(COLORS.provisional),
                      }),
                    ],
                  }),
                ],
              }),
            },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: 'right', position: TEXT_WIDTH }],
                children: [
                  new TextRun({ text: footerText, size: 16, color: hex(COLORS.muted) }),
                  new TextRun({ children: ['\t', PageNumber.CURRENT], size: 16, color: hex(COLORS.muted) }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
}

function cover(doc: ReportDocument): (Paragraph | Table)[] {
  const white = (text: string, size: number, bold = true) =>
    new Paragraph({ indent: { left: 400 }, children: [new TextRun({ text, size, bold, color: 'FFFFFF' })] });
  const band = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        height: { value: 6000, rule: HeightRule.ATLEAST },
        children: [
          new TableCell({
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(COLORS.primary) },
            margins: { top: 1400 },
            children: [white(String(doc.year), 144), white(doc.title, 56)],
          }),
        ],
      }),
    ],
  });
  const lines: (Paragraph | Table)[] = [
    band,
    new Paragraph({
      spacing: { before: 600 },
      children: [new TextRun({ text: doc.organisation, size: 32, color: hex(COLORS.accent) })],
    }),
  ];
  if (!doc.frozen)
    lines.push(
      new Paragraph({
        spacing: { before: 480 },
        children: [new TextRun({ text: 'PROVISOIRE', bold: true, size: 40, color: hex(COLORS.provisional) })],
      }),
      new Paragraph({
        children: [
          new TextRun({
            text: "Année non clôturée : les chiffres sont ceux du jour de l'édition et peuvent encore changer.",
            color: hex(COLORS.provisional),
          }),
        ],
      }),
    );
  lines.push(
    new Paragraph({
      spacing: { before: 480 },
      children: [
        new TextRun({
          text: `${doc.frozen ? 'Chiffres arrêtés au' : 'Édité le'} ${frenchLongDate(doc.generatedOn)}`,
          color: hex(COLORS.muted),
        }),
      ],
    }),
  );
  return lines;
}

function chapterContent(chapter: ReportChapter, year: number): (Paragraph | Table)[] {
  const content: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      pageBreakBefore: true,
      border: { bottom: { style: 'single', size: 18, color: hex(COLORS.accent), space: 4 } },
      children: [new TextRun(chapter.title.toUpperCase())],
    }),
    ...figuresGrid(chapter, year),
  ];
  for (const table of chapter.tables) content.push(...dataTable(table));
  for (const chart of chapter.charts) content.push(...chartBlock(chart));
  for (const text of chapterTexts(chapter, year))
    content.push(sectionTitle(text.title), ...markdownBlocks(text.markdown));
  return content;
}
