// Benchmark: how long an agent's save takes to reach a director's open indicators page (goal: within 1 s).
// Usage (after `npm run build`): node scripts/bench/live.mjs [saves]
//   embedded PGlite in memory; or with DATABASE_URL, PostgreSQL in a fresh schema dropped at the end.
// A director subscribes (graphql-ws, as the web does); an agent records fourrière intakes in the demo year; on each
// event the director refetches the directorate's indicators (the page's query). Prints, from the save being
// acknowledged: the event's arrival and the new figure's arrival (median, p95). It asserts nothing.
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

const require = createRequire(new URL('../../apps/api/package.json', import.meta.url));
require('reflect-metadata');
const { createApp } = require('./dist/core/app.js');
const { seed, DEMO_PASSWORD } = require('./dist/core/seed.js');
const { MODULES } = require('./dist/modules/index.js');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');
const pg = require('pg');

const saves = Number(process.argv[2] ?? 30);
const YEAR = 2023;
const KEY = 'fourriere.entrees';

let database = { kind: 'pglite', dataDir: null };
let dropSchema = async () => undefined;
if (process.env.DATABASE_URL) {
  const schema = `bench_live_${randomBytes(4).toString('hex')}`;
  const sql = async (q) => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(q);
    await c.end();
  };
  await sql(`CREATE SCHEMA "${schema}"`);
  database = { kind: 'postgres', url: process.env.DATABASE_URL, schema };
  dropSchema = () => sql(`DROP SCHEMA "${schema}" CASCADE`);
}
console.log(`Base : ${database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite embarqué (mémoire)'}`);

const app = await createApp({ database });
let t0 = performance.now();
await seed(app.db, MODULES, { demo: true, activity: true });
console.log(`seed démo : ${((performance.now() - t0) / 1000).toFixed(1)} s`);
const server = await app.listen(0, '127.0.0.1');
const url = `http://127.0.0.1:${server.address().port}/graphql`;

const post = async (query, variables, cookie) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { data: body.data, cookie: res.headers.get('set-cookie')?.split(';')[0] };
};
const login = async (name) =>
  (
    await post('mutation($i: LoginInput!) { login(input: $i) { id } }', {
      i: { login: name, password: DEMO_PASSWORD },
    })
  ).cookie;
const agent = await login('agent.fourriere');
const director = await login('directeur.fourriere');

// the indicators page's own query
const INDICATORS = `query Indicators($year: Int!, $directorate: Directorate) { indicators(year: $year, directorate: $directorate) {
  key label description unit directorate version kind year value previousValue evolution canDeclare drillable
  breakdowns { dimension label items { member label value } } } }`;
const figure = async () =>
  (await post(INDICATORS, { year: YEAR, directorate: 'fourriere' }, director)).data.indicators.find(
    (i) => i.key === KEY,
  ).value;

class DirectorSocket extends WebSocket {
  constructor(address, protocols) {
    super(address, protocols, { headers: { cookie: director } });
  }
}
const ws = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: DirectorSocket, retryAttempts: 0 });
let onEvent = () => undefined;
ws.subscribe(
  { query: 'subscription { indicatorsChanged(directorate: fourriere) { directorate tables time } }' },
  { next: () => onEvent(performance.now()), error: (e) => console.error('abonnement :', e), complete: () => undefined },
);
while (app.live.bus.size < 1) await new Promise((r) => setTimeout(r, 10));

const INTAKE = `mutation($i: FourriereIntakeInput!) { recordFourriereIntake(input: $i) { id } }`;
const toEvent = [];
const toFigure = [];
const total = [];
let expected = await figure();
for (let i = 0; i < saves; i++) {
  expected += 1;
  const heard = new Promise((resolve) => (onEvent = resolve));
  const shown = heard.then(async (at) => {
    const value = await figure();
    if (value !== expected) throw new Error(`chiffre ${value}, attendu ${expected}`);
    return [at, performance.now()];
  });
  const start = performance.now();
  await post(
    INTAKE,
    {
      i: {
        species: i % 2 ? 'CAT' : 'DOG',
        origin: 'CAPTURE_MAYOR',
        intakeAt: `${YEAR}-06-15T10:${String(i % 60).padStart(2, '0')}:00.000Z`,
        communeInsee: '62498',
      },
    },
    agent,
  );
  const acked = performance.now();
  const [eventAt, figureAt] = await shown;
  // the event may overtake the HTTP answer: count from the acknowledgement, never below zero
  toEvent.push(Math.max(0, eventAt - acked));
  toFigure.push(figureAt - acked);
  total.push(figureAt - start);
  await new Promise((r) => setTimeout(r, 100));
}

const stats = (label, times) => {
  const s = [...times].sort((a, b) => a - b);
  const pct = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(1);
  console.log(
    `${label} : médiane ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${s.at(-1).toFixed(1)} ms (${s.length} saisies)`,
  );
};
stats('enregistrement acquitté → événement reçu', toEvent);
stats('enregistrement acquitté → chiffre relu (indicateurs de la direction)', toFigure);
stats('envoi de l’enregistrement → chiffre relu', total);

await ws.dispose();
await app.live.close();
server.close();
await app.close();
await dropSchema();
