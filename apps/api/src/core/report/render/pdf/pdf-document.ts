import { frenchLongDate } from '@call/domain';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportChapter, ReportDocument } from '../../report-document';
import { chapterTexts } from '../content';
import { COLORS, partNumber } from '../theme';
import { chartBlock, dataTable, figuresGrid, markdownBlocks, sectionTitle } from './pdf-blocks';

/**
 * The report as a pdfmake document: cover, "Sommaire" with page numbers (pdfmake's table of contents), then each part
 * on its own page ("01." and its title, as in the seed report) followed by its chapters, each starting a new page.
 */
const PAGE = { width: 595.28, height: 841.89 };
const MARGINS: [number, number, number, number] = [56, 56, 56, 60];

export function pdfDefinition(doc: ReportDocument): TDocumentDefinitions {
  const body: Content[] = [cover(doc), toc()];
  doc.parts.forEach((part, index) => {
    body.push(partPage(part.title, index));
    for (const chapter of part.chapters) body.push(...chapterContent(chapter, doc.year));
  });
  return {
    info: { title: `${doc.title} — ${doc.organisation}`, author: doc.organisation, subject: doc.title },
    pageSize: 'A4',
    pageMargins: MARGINS,
    defaultStyle: { font: 'NotoSans', fontSize: 10, lineHeight: 1.2, color: COLORS.text },
    watermark: doc.frozen ? undefined : { text: 'PROVISOIRE', color: COLORS.provisional, opacity: 0.08, bold: true },
    footer: (page: number, pages: number) =>
      page === 1
        ? null
        : {
            columns: [
              {
                text: `${doc.title} — ${doc.organisation}${doc.frozen ? '' : ' — provisoire'}`,
                color: COLORS.muted,
                width: '*',
              },
              { text: `${page} / ${pages}`, alignment: 'right', color: COLORS.muted, width: 40 },
            ],
            fontSize: 8,
            margin: [MARGINS[0], 20, MARGINS[2], 0],
          },
    content: body,
  };
}

function cover(doc: ReportDocument): Content {
  return {
    stack: [
      {
        canvas: [
          { type: 'rect', x: -MARGINS[0], y: -MARGINS[1], w: PAGE.width, h: 360, color: COLORS.primary },
          { type: 'rect', x: -MARGINS[0], y: 304 - MARGINS[1], w: PAGE.width, h: 8, color: COLORS.accent },
        ],
        absolutePosition: { x: MARGINS[0], y: MARGINS[1] },
      },
      { text: String(doc.year), fontSize: 72, bold: true, color: '#FFFFFF', margin: [0, 70, 0, 0] },
      { text: doc.title, fontSize: 28, bold: true, color: '#FFFFFF', margin: [0, 4, 0, 0] },
      { text: doc.organisation, fontSize: 16, color: COLORS.accent, margin: [0, 170, 0, 0] },
      ...(doc.frozen
        ? []
        : [
            {
              text: 'PROVISOIRE',
              fontSize: 20,
              bold: true,
              color: COLORS.provisional,
              margin: [0, 30, 0, 0] as [number, number, number, number],
            },
            {
              text: "Année non clôturée : les chiffres sont ceux du jour de l'édition et peuvent encore changer.",
              fontSize: 10,
              color: COLORS.provisional,
            },
          ]),
      {
        text: `${doc.frozen ? 'Chiffres arrêtés au' : 'Édité le'} ${frenchLongDate(doc.generatedOn)}`,
        fontSize: 10,
        color: COLORS.muted,
        margin: [0, 24, 0, 0],
      },
    ],
  };
}

function toc(): Content {
  return {
    toc: {
      title: { text: 'Sommaire', fontSize: 24, bold: true, color: COLORS.primary, margin: [0, 0, 0, 18] },
      numberStyle: { color: COLORS.muted },
    },
    pageBreak: 'before',
  };
}

function partPage(title: string, index: number): Content {
  return {
    pageBreak: 'before',
    stack: [
      { text: partNumber(index), fontSize: 64, bold: true, color: COLORS.accent, margin: [0, 200, 0, 0] },
      {
        text: title.toUpperCase(),
        fontSize: 26,
        bold: true,
        color: COLORS.primary,
        tocItem: true,
        tocStyle: { bold: true, color: COLORS.primary },
        tocMargin: [0, 10, 0, 2],
      },
    ],
  };
}

function chapterContent(chapter: ReportChapter, year: number): Content[] {
  const content: Content[] = [
    {
      text: chapter.title.toUpperCase(),
      fontSize: 18,
      bold: true,
      color: COLORS.primary,
      pageBreak: 'before',
      tocItem: true,
      tocMargin: [14, 2, 0, 2],
      margin: [0, 0, 0, 2],
    },
    {
      canvas: [{ type: 'line', x1: 0, y1: 0, x2: 80, y2: 0, lineWidth: 3, lineColor: COLORS.accent }],
      margin: [0, 2, 0, 8],
    },
    ...figuresGrid(chapter, year),
  ];
  for (const table of chapter.tables) content.push(dataTable(table));
  for (const chart of chapter.charts) content.push(chartBlock(chart));
  for (const text of chapterTexts(chapter, year))
    content.push(sectionTitle(text.title), ...markdownBlocks(text.markdown));
  return content;
}
