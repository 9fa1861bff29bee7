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
  const { seededDemo } = await seed(db, MODULES, { demo: process.env.SEED_DEMO !== '0' });
  console.log(seededDemo ? `Données de démonstration créées en ${((Date.now() - started) / 1000).toFixed(1)} s.` : 'Référentiels à jour ; données de démonstration déjà présentes.');
  await db.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
