import type { Database } from '../../core/database/database';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import { AppError, badInput } from '../../core/errors';
import { normalizeAdsDossierNumber } from '@call/domain';
import { AdsDossier } from './entities/ads-dossier.entity';
import type { AdsImportLineView, AdsImportReportView } from './graphql/ads.types';
import { readImportFile, rowToInput } from './ads-import.parser';
import { registerAdsDossier } from './use-cases/register-ads-dossier';

const MAX_BYTES = 10 * 1024 * 1024;
const MAX_ROWS = 5_000;

/** Thrown inside the transaction to roll the whole file back while keeping its report. */
class FileRejected extends Error {
  constructor(readonly report: AdsImportReportView) {
    super('import rejeté');
  }
}

/** Imports an export of the instruction software: idempotent on the number, all or nothing per file. */
export class AdsImportService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
  ) {}

  async import(actor: AuthUser, filename: string, base64: string): Promise<AdsImportReportView> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(base64))
      throw badInput('base64', 'Le contenu du fichier doit être encodé en base64.');
    const buffer = Buffer.from(base64, 'base64');
    if (!buffer.length) throw badInput('base64', 'Le fichier est vide.');
    if (buffer.length > MAX_BYTES) throw badInput('base64', 'Le fichier dépasse 10 Mo.');
    const { rows, fileError } = await readImportFile(filename, buffer);
    if (fileError) throw badInput('filename', fileError);
    if (!rows.length) throw badInput('filename', 'Le fichier ne contient aucune ligne de dossier.');
    if (rows.length > MAX_ROWS)
      throw badInput('filename', `Un fichier contient au plus ${MAX_ROWS} dossiers (${rows.length} lignes).`);

    try {
      return await this.db.transaction(async (em) => {
        const lines: AdsImportLineView[] = [];
        const seen = new Set<string>();
        // the numbers already recorded, in one query rather than one per row
        const candidates = rows
          .map((r) => (r.cells.numero ? (normalizeAdsDossierNumber(r.cells.numero) ?? r.cells.numero) : null))
          .filter((n): n is string => !!n);
        const existing = new Set(
          candidates.length
            ? (
                await em
                  .createQueryBuilder(AdsDossier, 'd')
                  .select('d.number', 'number')
                  .where('d.number IN (:...n)', { n: candidates })
                  .getRawMany<{ number: string }>()
              ).map((r) => r.number)
            : [],
        );
        for (const r of rows) {
          const number = r.cells.numero ? (normalizeAdsDossierNumber(r.cells.numero) ?? r.cells.numero) : null;
          if (number && seen.has(number)) {
            lines.push({
              line: r.line,
              number,
              status: 'REJECTED',
              messages: ['Numéro présent plusieurs fois dans le fichier.'],
            });
            continue;
          }
          if (number) seen.add(number);
          const { input, messages } = await rowToInput(r);
          if (!input) {
            lines.push({ line: r.line, number, status: 'REJECTED', messages });
            continue;
          }
          if (existing.has(number!)) {
            lines.push({ line: r.line, number, status: 'SKIPPED', messages: ['Déjà enregistré : ligne ignorée.'] });
            continue;
          }
          try {
            const d = await registerAdsDossier(em, actor, input, 'IMPORTED');
            lines.push({ line: r.line, number: d.number, status: 'IMPORTED', messages: [] });
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            lines.push({ line: r.line, number, status: 'REJECTED', messages: [e.message] });
          }
        }
        const count = (s: string) => lines.filter((l) => l.status === s).length;
        const report = {
          filename,
          committed: count('REJECTED') === 0,
          imported: count('IMPORTED'),
          skipped: count('SKIPPED'),
          rejected: count('REJECTED'),
          lines,
        };
        if (!report.committed) {
          const notSaved = lines.map((l) =>
            l.status === 'IMPORTED'
              ? {
                  ...l,
                  status: 'VALID',
                  messages: ['Ligne valide, non enregistrée : le fichier contient des erreurs (tout ou rien).'],
                }
              : l,
          );
          throw new FileRejected({ ...report, imported: 0, lines: notSaved });
        }
        await this.audit.record(em, actor, {
          entity: 'AdsDossier',
          entityId: 'import',
          action: 'import',
          changes: { filename, imported: report.imported, skipped: report.skipped },
        });
        return report;
      });
    } catch (e) {
      if (e instanceof FileRejected) return e.report;
      throw e;
    }
  }
}
