import { Packer } from 'docx';
import type { ReportDocument } from '../../report-document';
import { docxDocument } from './docx-document';

export function renderDocx(doc: ReportDocument): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(doc));
}
