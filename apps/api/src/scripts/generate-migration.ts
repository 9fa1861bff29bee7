/**
 * Writes a migration with what the entities need beyond the migrations already written:
 *   node dist/scripts/generate-migration.js <Name> <folder> [tablePrefix]
 * Run it against a PostgreSQL (DATABASE_URL) or PGlite database; read the file before committing it.
 * With a table prefix (e.g. "ads_"), only statements about those tables are kept, so two modules
 * written at the same time do not capture each other's tables.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { databaseConfigFromEnv } from '../core/database/config';
import { Database } from '../core/database/database';
import { databaseSetup } from '../core/app';

async function main() {
  const [name, folder, prefix] = process.argv.slice(2);
  if (!name || !folder) throw new Error('usage: generate-migration <Name> <folder> [tablePrefix]');
  const db = await Database.open(databaseConfigFromEnv(), databaseSetup());
  await db.migrate();
  const log = await db.dataSource.driver.createSchemaBuilder().log();
  const keep = (q: { query: string }) => !prefix || new RegExp(`"${prefix}`).test(q.query);
  const up = log.upQueries.filter(keep);
  const down = log.downQueries.filter(keep).reverse();
  await db.close();
  if (!up.length) {
    console.log('Aucun changement de schéma.');
    return;
  }
  const ts = Date.now();
  const cls = `${name}${ts}`;
  const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${cls} implements MigrationInterface {
  name = '${cls}';

  async up(q: QueryRunner): Promise<void> {
${up.map((u) => `    await q.query(\`${esc(u.query)}\`);`).join('\n')}
  }

  async down(q: QueryRunner): Promise<void> {
${down.map((d) => `    await q.query(\`${esc(d.query)}\`);`).join('\n')}
  }
}
`;
  const file = path.resolve(folder, `${ts}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}.ts`);
  fs.writeFileSync(file, body);
  console.log(`Migration écrite : ${file}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
