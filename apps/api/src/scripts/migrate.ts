import 'reflect-metadata';
import { databaseConfigFromEnv } from '../core/database/config';
import { Database } from '../core/database/database';
import { databaseSetup } from '../core/app';

async function main() {
  const db = await Database.open(databaseConfigFromEnv(), databaseSetup());
  const done = await db.migrate();
  console.log(done.length ? `Migrations appliquées : ${done.join(', ')}` : 'Base à jour.');
  await db.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
