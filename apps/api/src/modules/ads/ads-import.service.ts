import type { Database } from '../../core/database/database';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import { badInput } from '../../core/errors';
import type { Clock } from '../../core/kit/clock';
import type { AdsImportReportView } from './graphql/ads.types';
import { readImportFile } from './ads-import.parser';
import { FileRejected, importAdsDossiers } from './use-cases/import-ads-dossiers';

// the core reader refuses larger files in French, naming the field, before any row is kept in memory
const LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 5_000, field: 'base64' };

/** Imports an export of the instruction software: idempotent on the number, all or nothing per file. */
export class AdsImportService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async import(actor: AuthUser, filename: string, base64: string): Promise<AdsImportReportView> {
    if (!/^[A-Za-z0-9+/=\s]*$/.test(base64))
      throw badInput('base64', 'Le contenu du fichier doit être encodé en base64.');
    const rows = await readImportFile(filename, Buffer.from(base64, 'base64'), LIMITS);
    if (!rows.length) throw badInput('filename', 'Le fichier ne contient aucune ligne de dossier.');

    try {
      return await this.db.transaction(async (em) => {
        return importAdsDossiers(em, this.audit, actor, filename, rows, this.clock.today());
      });
    } catch (e) {
      if (e instanceof FileRejected) return e.report;
      throw e;
    }
  }
}
