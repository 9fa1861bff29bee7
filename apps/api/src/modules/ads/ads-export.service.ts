import ExcelJS from 'exceljs';
import { ADS_CHANNEL_LABELS, ADS_OUTCOME_LABELS, ADS_STATUS_LABELS } from '@call/domain';
import type { Database } from '../../core/database/database';
import type { AuthUser } from '../../core/context';
import { badInput } from '../../core/errors';
import { AdsExportFormat, AdsSort } from './graphql/ads.enums';
import type { AdsDossierFilter } from './graphql/ads.inputs';
import { XLSX_MIME, type ExportedFile, neutraliseFormula, neutraliseRow } from '../../core/graphql/exported-file';
import { dossierListQuery, toSummaries } from './ads-dossier.queries';
import type { Clock } from '../../core/kit/clock';
import { countRows } from '../../core/kit/paging';

const MAX_ROWS = 20_000;

const COLUMNS = [
  { header: 'Numéro', key: 'number', width: 26 },
  { header: 'Type', key: 'type', width: 8 },
  { header: 'Commune', key: 'commune', width: 24 },
  { header: 'Dépôt', key: 'depositedOn', width: 12 },
  { header: 'Mode de dépôt', key: 'channel', width: 22 },
  { header: 'Demandeur', key: 'applicant', width: 30 },
  { header: 'Statut', key: 'status', width: 28 },
  { header: 'Décision', key: 'outcome', width: 28 },
  { header: 'Situation', key: 'situation', width: 60 },
  { header: 'Échéance', key: 'deadline', width: 12 },
  { header: 'Date de décision', key: 'decidedOn', width: 14 },
  { header: 'Instructeur', key: 'instructor', width: 24 },
] as const;

const csvCell = (v: string) => (/[";\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The filtered work queue as a file (all matching rows, not one page). */
export class AdsExportService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async export(
    user: AuthUser,
    filter: AdsDossierFilter,
    sort: AdsSort,
    format: AdsExportFormat,
  ): Promise<ExportedFile> {
    const rows = await this.db.read(async (em) => {
      const qb = dossierListQuery(em, user, filter, sort ?? AdsSort.DEADLINE_ASC, this.clock.today());
      const total = await countRows(qb);
      if (total > MAX_ROWS)
        throw badInput(
          'filter',
          `L’export est limité à ${MAX_ROWS} dossiers (${total} trouvés) : affinez les filtres.`,
        );
      return toSummaries(await qb.getRawMany());
    });
    const records = rows.map((r) => ({
      number: r.number,
      type: r.type,
      commune: r.communeName,
      depositedOn: r.depositedOn,
      channel: ADS_CHANNEL_LABELS[r.channel],
      applicant: r.applicantName,
      status: ADS_STATUS_LABELS[r.status],
      outcome: r.outcome ? ADS_OUTCOME_LABELS[r.outcome] : '',
      situation: r.situation,
      deadline: r.deadline ?? '',
      decidedOn: r.decidedOn ?? '',
      instructor: r.instructorName ?? '',
    }));
    const stamp = this.clock.today();
    if (format === AdsExportFormat.CSV) {
      const lines = [
        COLUMNS.map((c) => c.header).join(';'),
        ...records.map((r) => COLUMNS.map((c) => csvCell(neutraliseFormula(String(r[c.key])))).join(';')),
      ];
      // BOM so that Excel opens the UTF-8 accents correctly
      return {
        filename: `dossiers-ads-${stamp}.csv`,
        mimeType: 'text/csv;charset=utf-8',
        base64: Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8').toString('base64'),
      };
    }
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dossiers ADS');
    ws.columns = COLUMNS.map((c) => ({ ...c }));
    ws.getRow(1).font = { bold: true };
    ws.addRows(records.map(neutraliseRow));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    return { filename: `dossiers-ads-${stamp}.xlsx`, mimeType: XLSX_MIME, base64: buffer.toString('base64') };
  }
}
