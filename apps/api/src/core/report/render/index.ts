import type { ReportDocument } from '../report-document';
import { renderDocx } from './docx/render-docx';
import { renderPdf } from './pdf/render-pdf';

/**
 * The annual report's two exports, laid out like the published report (cover, "Sommaire" with page numbers, parts,
 * chapters with key figures in large type, tables, charts, the directors' texts), French number and date formats.
 * Pure JavaScript (docx, pdfmake) plus resvg for the charts' PNG in Word: no browser, no office suite.
 */
export function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  return renderDocx(doc);
}

export function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  return renderPdf(doc);
}
