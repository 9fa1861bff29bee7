// Load: a realistic mix for a bounded time against the built API, on PostgreSQL and on the embedded database.
// Usage (after `npm run build`): node scripts/bench/load.mjs [--seconds 30] [--db both|postgres|pglite]
//   [--pg postgres://postgres@127.0.0.1:5432/bench_load]   (that database is dropped and recreated)
// For each database: a fresh demo seed, the API started on a free loopback port, then for --seconds in a closed loop
// (no think time): ADS agents registering dossiers, fourrière agents recording intakes, directors and the DGS reading
// indicators, and one agent importing a 200-row CSV again and again. Prints throughput, p50/p95/p99 and errors per
// kind, stops the API, then reads the database directly to check that every acknowledged write is there.
// (A hand-rolled driver rather than autocannon: each request has its own body, and every acknowledgement is kept.)
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { apiRequire, parseArgs, stats, withDatabase } from './lib/common.mjs';
import { ROOT, gql, signIn, startApi, stopChild } from './lib/servers.mjs';

const args = parseArgs(process.argv.slice(2), {
  seconds: 30,
  db: 'both',
  pg: process.env.BENCH_LOAD_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_load',
});
const PASSWORD = 'demo-call-2023';
const { Client } = apiRequire('pg');

const CREATE_ADS = `mutation($i: CreateAdsDossierInput!) { createAdsDossier(input: $i) { id number } }`;
const INTAKE = `mutation($i: FourriereIntakeInput!) { recordFourriereIntake(input: $i) { id } }`;
const IMPORT = `mutation($f: String!, $b: String!) { importAdsDossiers(filename: $f, base64: $b) { committed imported rejected lines { number status messages } } }`;
const INDICATORS = `query($y: Int!, $d: Directorate) { indicators(year: $y, directorate: $d) { key value breakdowns { dimension items { member value } } } }`;

/** Kinds of virtual users: how many, who signs in, and one step of their work (returns the acknowledged writes). */
function kinds(year, { communes, option1 }) {
  let seq = 0;
  let imports = 0;
  const pick = (list) => list[Math.floor(Math.random() * list.length)];
  const today = new Date().toISOString().slice(0, 10);
  return {
    'agent ADS (création)': {
      users: 4,
      login: 'agent.ads',
      async step(url, cookie) {
        const n = ++seq;
        const d = await gql(
          url,
          CREATE_ADS,
          {
            i: {
              type: pick(['DP', 'DP', 'CUa', 'PCMI', 'PC']),
              communeInsee: pick(option1),
              depositedOn: today,
              channel: pick(['PAPER', 'ELECTRONIC']),
              applicantKind: 'PERSON',
              applicantName: `Charge ${n}`,
              landAddress: `${n} rue de la Charge`,
              projectNature: 'Pose de panneaux photovoltaïques',
            },
          },
          cookie,
        );
        return [{ table: 'ads_dossier', id: d.createAdsDossier.id }];
      },
    },
    'agent fourrière (entrée)': {
      users: 3,
      login: 'agent.fourriere',
      async step(url, cookie) {
        const d = await gql(
          url,
          INTAKE,
          {
            i: {
              species: pick(['DOG', 'DOG', 'CAT']),
              origin: 'CAPTURE_MAYOR',
              communeInsee: pick(communes),
              intakeAt: new Date().toISOString(),
              place: 'charge',
            },
          },
          cookie,
        );
        return d.recordFourriereIntake.map((a) => ({ table: 'fourriere_animal', id: a.id }));
      },
    },
    'directeur (indicateurs)': {
      users: 2,
      login: ['directeur.ads', 'directeur.fourriere'],
      async step(url, cookie) {
        await gql(url, INDICATORS, { y: year }, cookie);
        return [];
      },
    },
    'DGS (rapport complet)': {
      users: 1,
      login: 'dgs',
      async step(url, cookie) {
        await gql(url, INDICATORS, { y: year }, cookie);
        return [];
      },
    },
    'import ADS (200 lignes)': {
      users: 1,
      login: 'agent.ads',
      async step(url, cookie) {
        // each file: 200 new DP numbers of Lens, a series the agents' creations never use; a year holds 44 files
        // (A1000–A9799), then the series moves to the year before
        const file = imports++;
        const base = 1000 + 200 * (file % 44);
        const yy = String(24 - Math.floor(file / 44)).padStart(2, '0');
        const lines = Array.from({ length: 200 }, (_, k) => {
          const num = `DP 062 498 ${yy} A${String(base + k).padStart(4, '0')}`;
          return `${num};DP;62498;20${yy}-03-${String(1 + (k % 28)).padStart(2, '0')};papier;Import ${base + k};particulier;${k} rue de l’Import;AB ${k};Clôture;0;0`;
        });
        const csv = [
          'numero;type;commune_insee;date_depot;mode_depot;demandeur;type_demandeur;adresse_terrain;parcelles;nature_projet;surface_plancher;logements',
          ...lines,
        ].join('\r\n');
        const r = (await gql(url, IMPORT, { f: `charge-${base}.csv`, b: Buffer.from(csv).toString('base64') }, cookie))
          .importAdsDossiers;
        if (!r.committed)
          throw new Error(`import refusé : ${r.lines.find((l) => l.messages.length)?.messages[0] ?? 'sans motif'}`);
        return lines.map((l) => ({ table: 'ads_dossier', number: l.split(';')[0] }));
      },
    },
  };
}

async function drive(url, seconds, year) {
  const result = {};
  const acks = [];
  // the communes of the CALL, and those of the ADS service's option 1 today (the only ones it instructs)
  const admin = await signIn(url, 'admin', PASSWORD);
  const refs = await gql(
    url,
    `{ communes { inseeCode } serviceMemberships(service: "ads") { option commune { inseeCode } } }`,
    {},
    admin,
  );
  const communes = refs.communes.map((c) => c.inseeCode);
  const option1 = refs.serviceMemberships.filter((m) => m.option === 'instruction').map((m) => m.commune.inseeCode);
  const users = [];
  for (const [kind, k] of Object.entries(kinds(year, { communes, option1 }))) {
    result[kind] = { times: [], errors: {} };
    for (let u = 0; u < k.users; u++) {
      const login = Array.isArray(k.login) ? k.login[u % k.login.length] : k.login;
      users.push({ kind, k, cookie: await signIn(url, login, PASSWORD) });
    }
  }
  // every virtual user signed in before the clock starts; the sign-ins' kept-alive connections, idle since, are let
  // go first (the API closes them after 5 s: reused at that moment they would end in ECONNRESET)
  await new Promise((r) => setTimeout(r, 6000));
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(
    users.map(async ({ kind, k, cookie }) => {
      const r = result[kind];
      while (performance.now() < deadline) {
        const started = performance.now();
        try {
          acks.push(...(await k.step(url, cookie)));
          r.times.push(performance.now() - started);
        } catch (e) {
          const cause = e.cause ? ` (${e.cause.code ?? e.cause.message})` : '';
          const m = (/"message":"([^"]{0,90})/.exec(String(e.message))?.[1] ?? String(e.message).slice(0, 90)) + cause;
          r.errors[m] = (r.errors[m] ?? 0) + 1;
        }
      }
    }),
  );
  return { result, acks, elapsed: (performance.now() - t0) / 1000 };
}

function report(name, { result, elapsed }) {
  const total = Object.values(result).reduce((s, r) => s + r.times.length, 0);
  console.log(
    `\n${name} : ${total} requêtes réussies en ${elapsed.toFixed(1)} s, ${(total / elapsed).toFixed(1)} req/s`,
  );
  console.log(
    `  ${'type'.padEnd(28)} ${'ok'.padStart(6)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)}  erreurs`,
  );
  for (const [kind, r] of Object.entries(result)) {
    const s = stats(r.times.length ? r.times : [NaN]);
    const errs =
      Object.entries(r.errors)
        .map(([m, n]) => `${n} × ${m}`)
        .join(' ; ') || '0';
    const ms = (v) => (Number.isNaN(v) ? '—' : v.toFixed(0)).padStart(7);
    console.log(
      `  ${kind.padEnd(28)} ${String(r.times.length).padStart(6)} ${(r.times.length / elapsed).toFixed(1).padStart(7)} ${ms(s.median)} ${ms(s.p95)} ${ms(s.p99)}  ${errs}`,
    );
  }
}

/** Every acknowledged write, looked up in the database once the API has stopped. */
async function checkAcks(query, acks) {
  const ids = (table) => acks.filter((a) => a.table === table && a.id).map((a) => a.id);
  const numbers = acks.filter((a) => a.number).map((a) => a.number);
  const missing = [];
  for (const table of ['ads_dossier', 'fourriere_animal']) {
    const want = ids(table);
    const found = new Set(
      (await query(`SELECT id::text FROM ${table} WHERE id = ANY($1::uuid[])`, [want])).map((r) => r.id),
    );
    for (const id of want) if (!found.has(id)) missing.push(`${table} ${id}`);
  }
  const found = new Set(
    (await query('SELECT number FROM ads_dossier WHERE number = ANY($1::text[])', [numbers])).map((r) => r.number),
  );
  for (const n of numbers) if (!found.has(n)) missing.push(`ads_dossier ${n}`);
  console.log(
    `  écritures acquittées : ${acks.length}, retrouvées : ${acks.length - missing.length}, manquantes : ${missing.length}${missing.length ? ` (${missing.slice(0, 5).join(', ')}…)` : ''}`,
  );
  return missing.length;
}

function runSeed(env) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['apps/api/dist/scripts/seed.js'], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`seed : code ${code}`))));
  });
}

const year = 2023; // the demo year
let failures = 0;
if (args.db === 'both' || args.db === 'postgres') {
  const url = new URL(args.pg);
  const name = url.pathname.slice(1);
  if (!/bench/.test(name)) throw new Error(`la base « ${name} » sera effacée : son nom doit contenir « bench »`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  await withDatabase(Client, admin.href, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  });
  await runSeed({ DATABASE_URL: url.href });
  const api = await startApi({ databaseUrl: url.href });
  const run = await drive(api.url, Number(args.seconds), year);
  await stopChild(api.child);
  report('PostgreSQL', run);
  failures += await withDatabase(Client, url.href, (c) =>
    checkAcks(async (q, p) => (await c.query(q, p)).rows, run.acks),
  );
}
if (args.db === 'both' || args.db === 'pglite') {
  const dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'call-load-')), 'pglite');
  try {
    await runSeed({ DATABASE_URL: '', PGLITE_DATA_DIR: dataDir });
    const api = await startApi({ dataDir });
    const run = await drive(api.url, Number(args.seconds), year);
    await stopChild(api.child);
    report('PGlite (base embarquée)', run);
    const { PGlite } = await import(apiRequire.resolve('@electric-sql/pglite'));
    const db = new PGlite(dataDir);
    failures += await checkAcks(async (q, p) => (await db.query(q, p)).rows, run.acks);
    await db.close();
  } finally {
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  }
}
process.exitCode = failures ? 1 : 0;
