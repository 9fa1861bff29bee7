import type { ReportDocument } from '../report-document';

/*
 * PLACEHOLDER, replaced at merge by the renderers of the "rexport" branch (same path, same exports): a one-page
 * PDF naming the report and an empty DOCX archive, so the download routes and the journeys run meanwhile.
 */

function pdf(lines: string[]): Buffer {
  const text = lines.map((l, i) => `BT /F1 14 Tf 56 ${780 - i * 24} Td (${l.replace(/[()\\]/g, '')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  const chapters = doc.parts.reduce((n, p) => n + p.chapters.length, 0);
  return Promise.resolve(pdf([doc.title, doc.organisation, `${doc.parts.length} parties, ${chapters} chapitres`]));
}

/** An empty ZIP archive (end-of-central-directory record only). */
export function renderReportDocx(_doc: ReportDocument): Promise<Buffer> {
  return Promise.resolve(Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]));
}
