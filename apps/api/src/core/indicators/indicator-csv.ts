import { frenchDay } from '@call/domain';
import ExcelJS from 'exceljs';
import { XLSX_MIME, neutraliseFormula, type ExportedFile } from '../graphql/exported-file';
import { IndicatorExportFormat } from './indicator.types';

const NUMBER = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2, useGrouping: false });
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A cell as a French spreadsheet reads it: 1234,5 and 31/12/2023; texts quoted when needed, never a formula. */
function frenchCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return NUMBER.format(v);
  if (typeof v === 'boolean') return v ? 'Oui' : 'Non';
  const raw = typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : JSON.stringify(v);
  const text = DAY.test(raw) ? frenchDay(raw) : String(neutraliseFormula(raw));
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface Table {
  title: string;
  columns: { key: string; label: string }[];
  rows: Record<string, unknown>[];
}

/** A table as a file: CSV with `;` and a BOM (Excel opens UTF-8 accents), or XLSX with real dates and numbers. */
export async function tableFile(table: Table, filename: string, format: IndicatorExportFormat): Promise<ExportedFile> {
  if (format === IndicatorExportFormat.CSV) {
    const lines = [
      table.columns.map((c) => frenchCell(c.label)).join(';'),
      ...table.rows.map((r) => table.columns.map((c) => frenchCell(r[c.key])).join(';')),
    ];
    return {
      filename: `${filename}.csv`,
      mimeType: 'text/csv;charset=utf-8',
      base64: Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8').toString('base64'),
    };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Back-office CALL';
  // a sheet name is at most 31 characters, without : \ / ? * [ ]
  const ws = wb.addWorksheet(table.title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31));
  ws.columns = table.columns.map((c) => ({ header: c.label, key: c.key, width: Math.max(12, c.label.length + 2) }));
  ws.getRow(1).font = { bold: true };
  for (const r of table.rows)
    ws.addRow(
      Object.fromEntries(
        table.columns.map((c) => {
          const v = r[c.key];
          if (typeof v === 'string' && DAY.test(v)) return [c.key, new Date(`${v}T00:00:00Z`)];
          return [c.key, neutraliseFormula(v)];
        }),
      ),
    );
  ws.columns.forEach((col, i) => {
    if (
      table.rows.some((r) => typeof r[table.columns[i].key] === 'string' && DAY.test(r[table.columns[i].key] as string))
    )
      col.numFmt = 'dd/mm/yyyy';
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return {
    filename: `${filename}.xlsx`,
    mimeType: XLSX_MIME,
    base64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64'),
  };
}
