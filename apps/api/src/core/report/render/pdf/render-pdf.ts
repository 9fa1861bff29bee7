import pdfmake from 'pdfmake';
import type { ReportDocument } from '../../report-document';
import { FONT_FILES, NOTO_SANS } from '../fonts';
import { pdfDefinition } from './pdf-document';

// pdfmake is one object per process: the report's font, and no file or URL read beyond it (a director's text is
// never a way to make the server fetch something).
pdfmake.setFonts({ NotoSans: NOTO_SANS });
pdfmake.setLocalAccessPolicy((path) => FONT_FILES.includes(path));
pdfmake.setUrlAccessPolicy(() => false);

export function renderPdf(doc: ReportDocument): Promise<Buffer> {
  return pdfmake.createPdf(pdfDefinition(doc)).getBuffer();
}
