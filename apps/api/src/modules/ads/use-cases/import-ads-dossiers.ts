import type { EntityManager } from 'typeorm';
import { normalizeAdsDossierNumber, type LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { AppError } from '../../../core/errors';
import { AdsDossier } from '../entities/ads-dossier.entity';
import type { AdsImportLineView, AdsImportReportView } from '../graphql/ads.types';
import { rowToInput, type RawRow } from '../ads-import.parser';
import { registerAdsDossier } from './register-ads-dossier';

/** Thrown inside the transaction to roll the whole file back while keeping its report. */
export class FileRejected extends Error {
  constructor(readonly report: AdsImportReportView) {
    super('import rejeté');
  }
}

/**
 * Imports the rows of an export of the instruction software: idempotent on the number, all or nothing
 * (a file with one bad line throws FileRejected with its report). One audit entry for the file.
 */
export async function importAdsDossiers(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  filename: string,
  rows: RawRow[],
  today: LocalDate,
): Promise<AdsImportReportView> {
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
      const d = await registerAdsDossier(em, actor, input, 'IMPORTED', today);
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
  await audit.record(em, actor, {
    entity: 'AdsDossier',
    entityId: 'import',
    action: 'import',
    changes: { filename, imported: report.imported, skipped: report.skipped },
  });
  return report;
}
