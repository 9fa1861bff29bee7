import type { Database } from '../../core/database/database';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import { badInput } from '../../core/errors';
import type { Clock } from '../../core/kit/clock';
import type { AdsImportReportView } from './graphql/ads.types';
import { readImportFile } from './ads-import.parser';
import { importAdsDossiers } from './use-cases/import-ads-dossiers';

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

    // read and checked outside any transaction, then written in bulk: other users are served meanwhile
    return importAdsDossiers(this.db, this.audit, actor, filename, rows, this.clock.today());
  }
}
