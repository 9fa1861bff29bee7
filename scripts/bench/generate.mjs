// Fills a PostgreSQL database with ten years of activity at ten times the CALL's volume, for the benchmarks.
// Usage (after `npm run build`):
//   node scripts/bench/generate.mjs [postgres://…/bench] [--scale 1] [--seed 42] [--years 10]
// The database (argument, else BENCH_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/bench) is DROPPED and
// recreated: its name must contain "bench" (or pass --force). Then the API's own migrations and seed run (referentials,
// demo users, no demo year), and each generator of scripts/bench/generators/ adds its rows with bulk SQL
// (INSERT … SELECT generate_series), in their `order`. See generators/README.md to add a directorate's generator.
import { readdir } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { apiRequire, parseArgs, withDatabase } from './lib/common.mjs';

const args = parseArgs(process.argv.slice(2), { scale: 1, seed: 42, years: 10 });
const url = new URL(args._[0] ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench');
const dbName = url.pathname.slice(1);
if (!/bench/.test(dbName) && !args.force) {
  console.error(`Refus : la base « ${dbName} » sera effacée ; son nom doit contenir « bench » (ou --force).`);
  process.exit(2);
}

const { Client } = apiRequire('pg');
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

// 1. a fresh database
const admin = new URL(url);
admin.pathname = '/postgres';
await withDatabase(Client, admin.href, async (c) => {
  await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await c.query(`CREATE DATABASE "${dbName}"`);
});

// 2. the API's migrations, referentials and demo users (no demo year: the generators write the history)
apiRequire('reflect-metadata');
const { Database } = apiRequire('./dist/core/database/database.js');
const { databaseSetup } = apiRequire('./dist/core/app.js');
const { seed } = apiRequire('./dist/core/seed.js');
const { MODULES } = apiRequire('./dist/modules/index.js');
const db = await Database.open({ kind: 'postgres', url: url.href }, databaseSetup());
await db.migrate();
await seed(db, MODULES, { demo: true, activity: false });
await db.close();
console.log(`base « ${dbName} » : migrations et référentiels (${elapsed()})`);

// 3. the generators, one per directorate (plus the core's users)
const dir = new URL('./generators/', import.meta.url);
const files = (await readdir(fileURLToPath(dir))).filter((f) => f.endsWith('.mjs')).sort();
const generators = [];
for (const f of files) generators.push((await import(pathToFileURL(fileURLToPath(new URL(f, dir))).href)).default);
generators.sort((a, b) => (a.order ?? 50) - (b.order ?? 50));

const today = new Date().toISOString().slice(0, 10);
const ctx = {
  scale: Number(args.scale),
  seed: Number(args.seed),
  until: today,
  // ten years up to today: the last full year (the report's) and the one before are complete
  from: `${Number(today.slice(0, 4)) - Number(args.years)}${today.slice(4)}`,
  years: Number(args.years),
};
await withDatabase(Client, url.href, async (c) => {
  for (const g of generators) {
    const t = performance.now();
    // each generator draws from its own seeded stream: adding one never changes another's rows
    await c.query('SELECT setseed($1)', [((ctx.seed * 7919 + g.name.length * 104729) % 1000) / 1000 - 0.5]);
    const counts = await g.generate(c, ctx);
    const what = Object.entries(counts ?? {})
      .map(([k, v]) => `${k} ${Number(v).toLocaleString('fr-FR')}`)
      .join(', ');
    console.log(`${g.name} : ${what} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
  await c.query('VACUUM ANALYZE');
});
console.log(`terminé en ${elapsed()} : ${url.href.replace(/:[^:@/]*@/, '@')} (du ${ctx.from} au ${ctx.until})`);
