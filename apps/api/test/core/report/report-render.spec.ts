import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderReportDocx, renderReportPdf } from '../../../src/core/report/render';
import { fullSizeReport, reportFixture } from './report-fixture';

/**
 * The report's DOCX and PDF, read back as a reader's tools read them: the DOCX unzipped (word/document.xml), the PDF
 * through poppler (pdfinfo, pdftotext). With REPORT_OUT set, the files are also written there for
 * scripts/check-report.sh, which renders them to PNG to be looked at.
 */
const out = process.env.REPORT_OUT ?? mkdtempSync(join(tmpdir(), 'report-'));
/** "_" stands for the narrow no-break space (U+202F), "~" for the no-break space (U+00A0). */
const fr = (text: string) => text.replace(/_/g, '\u202f').replace(/~/g, '\u00a0');

/** Wall time, and CPU time (what the generation itself costs, whatever else the machine is running). */
async function timed<T>(run: () => Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  return { result, ms: Math.round(performance.now() - start), cpuMs: Math.round((used.user + used.system) / 1000) };
}

describe('annual report export', () => {
  let docxXml: string;
  let docxFiles: string;
  let pdfText: string;
  let pdfPages: number;
  let pdfStart: string;
  const times: Record<string, number> = {};

  beforeAll(async () => {
    const docx = await timed(() => renderReportDocx(reportFixture(true)));
    const pdf = await timed(() => renderReportPdf(reportFixture(true)));
    Object.assign(times, { docx: docx.ms, docxCpu: docx.cpuMs, pdf: pdf.ms, pdfCpu: pdf.cpuMs });
    writeFileSync(join(out, 'rapport-2023.docx'), docx.result);
    writeFileSync(join(out, 'rapport-2023.pdf'), pdf.result);
    pdfStart = pdf.result.subarray(0, 5).toString('latin1');
    writeFileSync(join(out, 'times.json'), JSON.stringify(times));
    docxXml = execFileSync('unzip', ['-p', join(out, 'rapport-2023.docx'), 'word/document.xml']).toString('utf8');
    docxFiles = execFileSync('unzip', ['-l', join(out, 'rapport-2023.docx')]).toString('utf8');
    pdfText = execFileSync('pdftotext', ['-layout', join(out, 'rapport-2023.pdf'), '-']).toString('utf8');
    const info = execFileSync('pdfinfo', [join(out, 'rapport-2023.pdf')]).toString('utf8');
    pdfPages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  });

  it('generates both formats within a few seconds', () => {
    // CPU time, cold (fonts parsed and modules warmed on first use): the wall time on a machine shared by many
    // processes says more about the neighbours than about the report (both are written to times.json)
    expect(times.docxCpu).toBeLessThan(5000);
    expect(times.pdfCpu).toBeLessThan(5000);
  });

  it('writes the seed report’s figures the French way in the DOCX', () => {
    const figures = ['2_082', '1_668', '2_032', '22_000~€', '30,1~%', '1_223,4', '21,4~jours', '700~h', '386'];
    expect(figures.map(fr).filter((figure) => !docxXml.includes(figure))).toEqual([]);
    // 2 082 crémations against 1 987 in 2022; a rate moves in points
    expect(missing(docxXml, [fr('+4,8~% par rapport à 2022'), fr('+2,6~pts par rapport à 2022')])).toEqual([]);
  });

  it('lays the DOCX out as the report: cover, table of contents with page numbers, parts, chapters, texts, charts', () => {
    const expected = [
      'Rapport d&apos;activités 2023',
      fr('Chiffres arrêtés au 1er~juillet 2024'),
      'Sommaire',
      'LA CALL PROTÈGE',
      'SERVICE MUTUALISÉ ADS',
      'HABITAT — LE PERMIS DE LOUER',
      'FOURRIÈRE ANIMALE',
      'CRÉMATORIUM DE VENDIN-LE-VIEIL',
      'LE PRÊT DE MATÉRIEL',
      'FAITS MARQUANTS 2023',
      'PERSPECTIVES 2024',
      'Chiffre déclaré — source : Bilan social 2023',
      'Évolution des actes instruits',
    ];
    expect(missing(docxXml, expected)).toEqual([]);
    // the table of contents is filled in, each entry with its page number, before any word processor updates it
    const entries = [
      ...docxXml.matchAll(
        /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)</g,
      ),
    ];
    expect(entries.map((m) => Number(m[1]))).toEqual([3, 4, 5, 7, 8, 9, 10, 11, 12]);
    // "**renforcé**" of the highlights is a bold run; "- " items are list paragraphs
    expect(docxXml).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">renforcé<\/w:t>/);
    expect(docxXml.match(/<w:numPr>/g)?.length).toBeGreaterThanOrEqual(5);
    expect(docxFiles).toMatch(/word\/media\/.+\.png/);
  });

  it('writes a PDF whose extracted text holds the figures, the headings and the table of contents', () => {
    expect(pdfStart).toBe('%PDF-');
    expect(pdfPages).toBe(12);
    const text = pdfText.replace(/[\u202f\u00a0]/g, ' ');
    const expected = [
      '2 082',
      '1 668',
      '2 032',
      '22 000 €',
      '30,1 %',
      '1 223,4',
      '1er juillet 2024',
      '+4,8 % par rapport à 2022',
    ];
    expect(missing(text, expected)).toEqual([]);
    expect(
      missing(text, ['Sommaire', 'SERVICE MUTUALISÉ ADS', 'CRÉMATORIUM DE VENDIN-LE-VIEIL', 'FAITS MARQUANTS 2023']),
    ).toEqual([]);
    expect(text).toMatch(/SERVICE MUTUALISÉ ADS\s*\.*\s*5/);
  });

  it('marks a year that is not closed as provisional, on the cover and on every page', async () => {
    const pdf = await renderReportPdf(reportFixture(false));
    writeFileSync(join(out, 'rapport-2023-provisoire.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(out, 'rapport-2023-provisoire.pdf'), '-']).toString('utf8');
    expect(text).toContain('PROVISOIRE');
    expect(text.match(/provisoire/g)?.length).toBeGreaterThanOrEqual(10);
    const docx = await renderReportDocx(reportFixture(false));
    writeFileSync(join(out, 'rapport-2023-provisoire.docx'), docx);
    const header = execFileSync('unzip', [
      '-p',
      join(out, 'rapport-2023-provisoire.docx'),
      'word/header*.xml',
    ]).toString('utf8');
    expect(header).toContain('PROVISOIRE');
  });
});

/**
 * The whole published report's size (58 pages): run by scripts/check-report.sh (REPORT_OUT set), which prints the
 * times, rather than by every test run, as it takes a minute of wall time on a loaded machine.
 */
(process.env.REPORT_OUT ? describe : describe.skip)('full-size report', () => {
  it('renders both formats', async () => {
    const doc = fullSizeReport();
    const docx = await timed(() => renderReportDocx(doc));
    const pdf = await timed(() => renderReportPdf(doc));
    writeFileSync(join(out, 'rapport-complet.docx'), docx.result);
    writeFileSync(join(out, 'rapport-complet.pdf'), pdf.result);
    const times = { docx: docx.ms, docxCpu: docx.cpuMs, pdf: pdf.ms, pdfCpu: pdf.cpuMs };
    writeFileSync(join(out, 'times-full.json'), JSON.stringify(times));
    expect(times.docxCpu + times.pdfCpu).toBeLessThan(30_000);
  }, 300_000);
});

const missing = (text: string, expected: string[]) => expected.filter((part) => !text.includes(part));
