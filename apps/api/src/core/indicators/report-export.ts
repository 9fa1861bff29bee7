import ExcelJS from 'exceljs';
import { directorateLabel } from '@call/domain';
import { XLSX_MIME, type ExportedFile, neutraliseFormula } from '../graphql/exported-file';
import { IndicatorKind, type Indicator } from './indicator.types';

const UNIT_LABELS: Record<string, string> = {
  count: 'nombre',
  percent: '%',
  days: 'jours',
  euros: '€',
  hours: 'heures',
  m2: 'm²',
};

/** The figures of a dashboard as one table (its CSV export). */
export function reportTable(year: number, indicators: Indicator[]) {
  return {
    title: `Indicateurs ${year}`,
    columns: [
      { key: 'directorate', label: 'Direction' },
      { key: 'label', label: 'Indicateur' },
      { key: 'unit', label: 'Unité' },
      { key: 'periodEnd', label: 'Jusqu’au' },
      { key: 'value', label: String(year) },
      { key: 'previous', label: String(year - 1) },
      { key: 'evolution', label: 'Évolution (%)' },
      { key: 'kind', label: 'Source' },
      { key: 'source', label: 'Origine de la valeur saisie' },
      { key: 'key', label: 'Clé' },
    ],
    rows: indicators.map((i) => ({
      directorate: directorateLabel(i.directorate),
      label: i.label,
      unit: UNIT_LABELS[i.unit] ?? i.unit,
      periodEnd: i.periodEnd,
      value: i.value,
      previous: i.previousValue,
      evolution: i.evolution,
      kind: i.kind === IndicatorKind.DECLARED ? 'saisi' : 'calculé',
      source: i.declaredSource,
      key: i.key,
    })),
  };
}

/**
 * The activity report of a year as a workbook: one summary sheet (every indicator, the year before and the
 * evolution), then one sheet per directorate with the breakdowns. Figures come as computed by the engine.
 */
export async function indicatorReportWorkbook(year: number, indicators: Indicator[]): Promise<ExportedFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Back-office CALL';
  const summary = wb.addWorksheet(`Rapport ${year}`);
  summary.columns = [
    { header: 'Direction', key: 'directorate', width: 34 },
    { header: 'Indicateur', key: 'label', width: 60 },
    { header: 'Unité', key: 'unit', width: 10 },
    { header: String(year), key: 'value', width: 14 },
    { header: String(year - 1), key: 'previous', width: 14 },
    { header: 'Évolution (%)', key: 'evolution', width: 14 },
    { header: 'Source', key: 'kind', width: 12 },
    { header: 'Clé', key: 'key', width: 36 },
  ];
  summary.getRow(1).font = { bold: true };
  for (const i of indicators) {
    summary.addRow({
      directorate: directorateLabel(i.directorate),
      label: neutraliseFormula(i.label),
      unit: UNIT_LABELS[i.unit] ?? i.unit,
      value: i.value,
      previous: i.previousValue,
      evolution: i.evolution,
      kind: i.kind === IndicatorKind.DECLARED ? 'saisi' : 'calculé',
      key: i.key,
    });
  }
  const byDirectorate = new Map<string, Indicator[]>();
  for (const i of indicators)
    if (i.breakdowns.length) byDirectorate.set(i.directorate, [...(byDirectorate.get(i.directorate) ?? []), i]);
  for (const [d, list] of byDirectorate) {
    const name = directorateLabel(d as Indicator['directorate']);
    // a sheet name is at most 31 characters
    const sheet = wb.addWorksheet(name.length > 31 ? `${name.slice(0, 30)}…` : name);
    sheet.columns = [{ width: 50 }, { width: 30 }, { width: 14 }];
    for (const i of list) {
      sheet.addRow([i.label]).font = { bold: true };
      for (const b of i.breakdowns) {
        sheet.addRow([b.label]).font = { italic: true };
        for (const item of b.items) sheet.addRow(['', neutraliseFormula(item.label), item.value]);
      }
      sheet.addRow([]);
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return {
    filename: `rapport-activites-${year}.xlsx`,
    mimeType: XLSX_MIME,
    base64: Buffer.from(buffer).toString('base64'),
  };
}
