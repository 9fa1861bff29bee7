import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { badInput } from '../errors';
import { timeSlicer } from './yield-to-others';

/** Bounds of an imported file: checked while reading, so a huge file costs no more than its limit. */
export interface TableLimits {
  maxBytes: number;
  /** Data rows, header excluded. */
  maxRows: number;
  /** The argument the file came in, named in refusals. */
  field: string;
}

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} Mo`;
const tooManyRows = (l: TableLimits) =>
  badInput(l.field, `Le fichier dépasse ${l.maxRows} lignes : découpez-le en plusieurs fichiers.`);

/**
 * Reads the first sheet of an XLSX or a CSV (`;` or `,`, quotes, CRLF) as rows of trimmed strings, header first.
 * Linear in the file's size: each cell is read once. Refuses, in French, a file over its byte or row limit.
 */
export async function readTable(filename: string, buffer: Buffer, limits: TableLimits): Promise<string[][]> {
  if (!buffer.length) throw badInput(limits.field, 'Le fichier est vide.');
  if (buffer.length > limits.maxBytes)
    throw badInput(
      limits.field,
      `Le fichier dépasse ${megabytes(limits.maxBytes)} : découpez-le en plusieurs fichiers.`,
    );
  const lower = filename.toLowerCase();
  if (lower.endsWith('.xlsx')) return readXlsx(buffer, limits);
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return readCsv(buffer.toString('utf8'), limits);
  throw badInput('filename', 'Format non pris en charge : importez un fichier .csv ou .xlsx.');
}

/** Splits CSV text, guessing the separator from the header line; one pass over the characters. */
export async function readCsv(text: string, limits: TableLimits): Promise<string[][]> {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const pause = timeSlicer();
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endRow = async () => {
    row.push(cell.trim());
    rows.push(row);
    row = [];
    cell = '';
    if (rows.length > limits.maxRows + 1) throw tooManyRows(limits);
    await pause();
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      await endRow();
    } else cell += ch;
  }
  if (cell !== '' || row.length) await endRow();
  return rows;
}

/** Streams the first worksheet: row by row, each row's values read once (never `columnCount` in a loop). */
async function readXlsx(buffer: Buffer, limits: TableLimits): Promise<string[][]> {
  const pause = timeSlicer();
  const rows: string[][] = [];
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]));
        rows[row.number - 1] = cells;
        if (row.number > limits.maxRows + 1) throw tooManyRows(limits);
        await pause();
      }
      break; // the first sheet only
    }
  } catch (e) {
    if (e instanceof Error && 'extensions' in e) throw e;
    throw badInput(limits.field, 'Le fichier XLSX est illisible.');
  }
  return Array.from(rows, (r) => r ?? []);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint')
    return String(v).trim();
  if (typeof v !== 'object') return '';
  const o = v as { text?: unknown; richText?: { text: string }[]; result?: unknown; error?: unknown };
  if (o.richText)
    return o.richText
      .map((p) => p.text)
      .join('')
      .trim();
  if ('text' in o) return cellText(o.text);
  if ('result' in o) return cellText(o.result);
  return '';
}
