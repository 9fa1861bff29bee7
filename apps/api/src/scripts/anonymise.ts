/**
 * The retention job: anonymises personal data past their retention (see RETENTION_KINDS in the domain).
 * Run it daily, e.g. from cron: `node apps/api/dist/scripts/anonymise.js`. Idempotent.
 */
import 'reflect-metadata';
import { toParisLocalDate } from '@call/domain';
import { databaseSetup } from '../core/app';
import { AuditService } from '../core/audit/audit.service';
import { databaseConfigFromEnv } from '../core/database/config';
import { Database } from '../core/database/database';
import { retentionFromEnv } from '../core/personal-data/retention-config';
import { PersonalDataService } from '../core/personal-data/personal-data.service';
import { MODULES } from '../modules';

async function main() {
  const db = await Database.open(databaseConfigFromEnv(), databaseSetup());
  await db.migrate();
  const service = new PersonalDataService(db, new AuditService(), MODULES, retentionFromEnv());
  for (const r of await service.anonymise(null, toParisLocalDate(new Date())))
    console.log(`${r.kind} : ${r.records} enregistrement(s) clos avant le ${r.cutoff} anonymisé(s).`);
  await db.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
