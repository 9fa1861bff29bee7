// Benchmark: how long the whole report's indicators take for the DGS, and a drill-down, on the demo year.
// Usage (after `npm run build`): node scripts/bench/indicators.mjs [runs]   — PGlite in memory, or DATABASE_URL.
// BENCH_SEED=0 with DATABASE_URL reads a database already filled (e.g. the ten-year data set) instead of seeding.
// Prints figures; it asserts nothing (timings on a shared machine are noisy).
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

// resolve packages as the API does (they are its dependencies, not the root's)
const require = createRequire(new URL('../../apps/api/package.json', import.meta.url));
require('reflect-metadata');
const { createApp } = require('./dist/core/app.js');
const { seed, DEMO_PASSWORD } = require('./dist/core/seed.js');
const { MODULES } = require('./dist/modules/index.js');

const runs = Number(process.argv[2] ?? 20);
const database = process.env.DATABASE_URL ? undefined : { kind: 'pglite', dataDir: null };
const seeding = !(process.env.DATABASE_URL && process.env.BENCH_SEED === '0');
if (process.env.DATABASE_URL && seeding)
  console.log('PostgreSQL : la base doit être vide (schéma neuf) pour le jeu de démonstration.');

const app = await createApp({ database });
let t0 = performance.now();
if (seeding) {
  await seed(app.db, MODULES, { demo: true, activity: true });
  console.log(`seed démo : ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const server = await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${server.address().port}/graphql`;
const post = async (query, variables, cookie) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: await res.json(), cookie: res.headers.get('set-cookie')?.split(';')[0] };
};
const { cookie } = await post('mutation($i: LoginInput!) { login(input: $i) { id } }', {
  i: { login: 'dgs', password: DEMO_PASSWORD },
});

async function measure(label, query, variables) {
  const times = [];
  let last;
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    last = await post(query, variables, cookie);
    times.push(performance.now() - t0);
    if (last.body.errors) throw new Error(JSON.stringify(last.body.errors));
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  console.log(
    `${label} : médiane ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${times.at(-1).toFixed(1)} ms (${runs} appels)`,
  );
  return last.body.data;
}

const data = await measure(
  'rapport complet (DGS, 2023)',
  'query { indicators(year: 2023) { key value breakdowns { dimension items { member value } } } }',
);
console.log(
  `  ${data.indicators.length} indicateurs, ${data.indicators.filter((i) => i.value !== null).length} avec une valeur`,
);
await measure('synthèse sans ventilations (DGS, 2023)', 'query { indicators(year: 2023) { key value previousValue } }');
await measure(
  'cumul au 30 juin contre la même date l’an dernier (DGS)',
  'query { indicators(year: 2023, asOf: "2023-06-30") { key value previousValue breakdowns { dimension items { member value } } } }',
);
await measure(
  'série sur 5 ans (DGS, 2019–2023)',
  'query { indicatorSeries(to: 2023, years: 5) { key points { year value } } }',
);
const drillable = data.indicators.find((i) => i.breakdowns.length && i.value > 0);
if (drillable) {
  await measure(
    `détail « ${drillable.key} » (50 premières lignes)`,
    'query($k: String!) { indicatorRecords(key: $k, year: 2023, limit: 50) { total rows } }',
    { k: drillable.key },
  );
}
server.close();
await app.close();
