import 'reflect-metadata';
import { databaseConfigFromEnv } from '../core/database/config';
import { Database } from '../core/database/database';
import { databaseSetup } from '../core/app';
import { seed } from '../core/seed';
import { MODULES } from '../modules';

async function main() {
  const db = await Database.open(databaseConfigFromEnv(), databaseSetup());
  await db.migrate();
  const started = Date.now();
  const demo = process.env.SEED_DEMO !== '0';
  const { seededDemo } = await seed(db, MODULES, { demo, adminPassword: process.env.ADMIN_PASSWORD, env: process.env });
  if (seededDemo) console.log(`Données de démonstration créées en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  else
    console.log(
      demo
        ? 'Référentiels à jour ; données de démonstration déjà présentes.'
        : 'Référentiels à jour (sans données de démonstration).',
    );
  await db.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
