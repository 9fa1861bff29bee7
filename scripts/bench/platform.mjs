// The platform benchmark: on the ten-year data set (generate.mjs), in ONE interleaved run, the API against a
// hand-written SQL floor giving the same figures, and against PostGraphile 4.14.1 on the same tables.
// Usage (after `npm run build` and `node scripts/bench/generate.mjs`):
//   node scripts/bench/platform.mjs [postgres://…/bench] [--runs 15] [--year 2025] [--seconds 5] [--rounds 3]
// Prints median/p95 per scenario and a table of ratios; checks the figures are equal before timing. Asserts nothing else.
import { performance } from 'node:perf_hooks';
import { apiRequire, benchRequire, parseArgs, stats } from './lib/common.mjs';
import { compareReport, reportFloor } from './lib/report-floor.mjs';
import { DIRECTORATES, dashboardLoad, saveToFigure } from './lib/dashboards.mjs';
import { freePort, gql, signIn, startApi, startChild, stopChild } from './lib/servers.mjs';

const args = parseArgs(process.argv.slice(2), { runs: 20, seconds: 5, rounds: 3, connections: 8, saves: 15, quiet: 5 });
const dbUrl = args._[0] ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench';
const year = Number(args.year ?? new Date().getUTCFullYear() - 1);
const LENS = '62498';
const PASSWORD = 'demo-call-2023';

const { Pool } = apiRequire('pg');
const autocannon = benchRequire('autocannon');
const pool = new Pool({ connectionString: dbUrl, max: 10 });
pool.on('error', () => {});

const api = await startApi({ databaseUrl: dbUrl });
const pgPort = await freePort();
// the peer in production mode too, as the API (its graphql-js drops the same development checks)
const peer = await startChild(
  'PostGraphile',
  ['scripts/bench/lib/postgraphile-server.mjs', dbUrl, String(pgPort)],
  { NODE_ENV: 'production' },
  /prêt/,
);
const peerUrl = `http://127.0.0.1:${pgPort}/graphql`;
const dgs = await signIn(api.url, 'dgs', PASSWORD);
const director = await signIn(api.url, 'directeur.ads', PASSWORD);
const directors = Object.fromEntries(
  await Promise.all(DIRECTORATES.map(async (d) => [d, await signIn(api.url, `directeur.${d}`, PASSWORD)])),
);
const today = new Date().toISOString().slice(0, 10);
console.log(`API ${api.url}, PostGraphile ${peerUrl}, année ${year}, ${args.runs} passages alternés`);

// ---- the operations --------------------------------------------------------------------------------------------
const REPORT = `query($y: Int!) { indicators(year: $y) { key value previousValue breakdowns { dimension items { member value } } } }`;
const LIST = `query($c: String!) { adsDossiers(filter: { communeInsee: $c }, sort: DEPOSITED_DESC, limit: 50) {
  total items { id number type communeName depositedOn channel applicantName status outcome deadline decidedOn instructorName } } }`;
const PEER_LIST = `query($c: String!) { allAdsDossiers(condition: { communeInsee: $c }, orderBy: [DEPOSITED_ON_DESC, NUMBER_DESC], first: 50) {
  totalCount nodes { id number type communeByCommuneInsee { name } depositedOn channel applicantName status outcome deadline decidedOn instructorId } } }`;
const LIST_FLOOR = [
  `SELECT d.id, d.number, d.type, c.name, d.deposited_on, d.channel, d.applicant_name, d.status, d.outcome, d.deadline, d.decided_on, u.display_name
   FROM ads_dossier d JOIN commune c ON c.insee_code = d.commune_insee LEFT JOIN app_user u ON u.id = d.instructor_id
   WHERE d.commune_insee = $1 ORDER BY d.deposited_on DESC, d.number DESC LIMIT 50`,
  'SELECT count(*) AS total FROM ads_dossier WHERE commune_insee = $1',
];
const BY_ID = `query($id: ID!) { adsDossier(id: $id) { id number type communeName depositedOn channel applicantKind applicantName landAddress
  cadastralParcels projectNature floorAreaCreated dwellingsCreated status statusOn piecesRequestedOn piecesReceivedOn completeOn deadline
  outcome decidedOn closedOn docOn daactOn conformityOn initialNumber instructorName
  consultations { id service sentOn dueOn opinion opinionOn comment }
  events { id kind eventOn fromStatus toStatus actorLogin summary recordedAt } } }`;
const PEER_BY_ID = `query($id: UUID!) { adsDossierById(id: $id) { id number type communeByCommuneInsee { name } depositedOn channel applicantKind
  applicantName landAddress cadastralParcels projectNature floorAreaCreated dwellingsCreated status statusOn piecesRequestedOn piecesReceivedOn
  completeOn deadline outcome decidedOn closedOn docOn daactOn conformityOn adsDossierByInitialDossierId { number } instructorId
  adsConsultationsByDossierId(orderBy: [SENT_ON_ASC]) { nodes { id service sentOn dueOn opinion opinionOn comment } }
  adsMajorationsByDossierId { nodes { id kind notifiedOn } }
  adsDossierEventsByDossierId(orderBy: [RECORDED_AT_ASC]) { nodes { id kind eventOn fromStatus toStatus actorLogin summary recordedAt } } } }`;
const BY_ID_FLOOR = `SELECT d.*, c.name AS commune_name, i.number AS initial_number, u.display_name AS instructor_name,
    (SELECT COALESCE(json_agg(k ORDER BY k.sent_on, k.created_at), '[]') FROM ads_consultation k WHERE k.dossier_id = d.id) AS consultations,
    (SELECT COALESCE(json_agg(m ORDER BY m.notified_on), '[]') FROM ads_majoration m WHERE m.dossier_id = d.id) AS majorations,
    (SELECT COALESCE(json_agg(e ORDER BY e.recorded_at, e.event_on), '[]') FROM ads_dossier_event e WHERE e.dossier_id = d.id) AS events
  FROM ads_dossier d JOIN commune c ON c.insee_code = d.commune_insee LEFT JOIN ads_dossier i ON i.id = d.initial_dossier_id
  LEFT JOIN app_user u ON u.id = d.instructor_id WHERE d.id = $1`;
const DRILL = `query($y: Int!, $c: String!) { indicatorRecords(key: "ads.dossiers_instructed", year: $y, dimension: "commune", member: $c, limit: 50) { total rows } }`;
const DRILL_FLOOR = [
  `SELECT t.number, t.type, c.name, t.deposited_on, t.channel, t.status, t.outcome, t.decided_on
   FROM ads_dossier t JOIN commune c ON c.insee_code = t.commune_insee
   WHERE t.deposited_on >= $1::date AND t.deposited_on < $2::date AND t.status <> 'CANCELLED' AND t.commune_insee = $3
   ORDER BY t.deposited_on, t.number LIMIT 50`,
  `SELECT count(*) AS total FROM ads_dossier t
   WHERE t.deposited_on >= $1::date AND t.deposited_on < $2::date AND t.status <> 'CANCELLED' AND t.commune_insee = $3`,
];
const drillParams = [`${year}-01-01`, `${year + 1}-01-01`, LENS];

const scenarios = {
  report: {
    label: 'rapport complet de la DGS',
    api: () => gql(api.url, REPORT, { y: year }, dgs),
    floor: () => reportFloor(pool, year),
  },
  list: {
    label: 'liste ADS (Lens, page de 50 + total)',
    api: () => gql(api.url, LIST, { c: LENS }, director),
    floor: () => Promise.all(LIST_FLOOR.map((q) => pool.query(q, [LENS]))),
    peer: () => gql(peerUrl, PEER_LIST, { c: LENS }),
  },
  byId: {
    label: 'un dossier ADS par id',
    api: () => gql(api.url, BY_ID, { id: byIdTarget }, director),
    floor: () => pool.query(BY_ID_FLOOR, [byIdTarget]),
    peer: () => gql(peerUrl, PEER_BY_ID, { id: byIdTarget }),
  },
  drill: {
    label: 'détail d’un indicateur (Lens, page de 50 + total)',
    api: () => gql(api.url, DRILL, { y: year, c: LENS }, dgs),
    floor: () => Promise.all(DRILL_FLOOR.map((q) => pool.query(q, drillParams))),
  },
};

// what any call costs before its own work: HTTP, the session, Apollo, one resolver reading no table
scenarios.empty = {
  label: 'aller-retour vide (HTTP + GraphQL, sans SQL)',
  api: () => gql(api.url, '{ me { id } }', {}, dgs),
};

// each director's dashboard: year to date against the same date last year, and ten years of series
for (const d of DIRECTORATES)
  scenarios[`dash_${d}`] = {
    label: `tableau de bord ${d}`,
    api: () => dashboardLoad(api.url, directors[d], d, today),
  };

// a dossier with a typical timeline: decided, with consultations and several events
const byIdTarget = (
  await pool.query(
    `SELECT d.id FROM ads_dossier d WHERE d.commune_insee = $1 AND d.status = 'WORKS_STARTED'
    AND EXISTS (SELECT 1 FROM ads_consultation k WHERE k.dossier_id = d.id) ORDER BY d.number LIMIT 1`,
    [LENS],
  )
).rows[0].id;

// ---- the figures are the same before anything is timed ----------------------------------------------------------
{
  const apiReport = (await scenarios.report.api()).indicators;
  const { diffs, figures } = compareReport(apiReport, await scenarios.report.floor());
  if (diffs.length)
    throw new Error(`rapport : ${diffs.length} écarts avec le plancher :\n${diffs.slice(0, 30).join('\n')}`);
  console.log(`rapport : ${apiReport.length} indicateurs, ${figures} chiffres identiques à ceux du plancher`);

  const list = (await scenarios.list.api()).adsDossiers;
  const [rows, count] = await scenarios.list.floor();
  const peerList = (await scenarios.list.peer()).allAdsDossiers;
  const same =
    list.total === Number(count.rows[0].total) &&
    peerList.totalCount === list.total &&
    list.items.map((x) => x.number).join() === rows.rows.map((x) => x.number).join() &&
    peerList.nodes.map((x) => x.number).join() === rows.rows.map((x) => x.number).join();
  if (!same) throw new Error('liste : les trois réponses diffèrent');
  console.log(`liste : ${list.total} dossiers à Lens, les 50 mêmes numéros dans les trois réponses`);

  const one = (await scenarios.byId.api()).adsDossier;
  const floorOne = (await scenarios.byId.floor()).rows[0];
  const peerOne = (await scenarios.byId.peer()).adsDossierById;
  if (
    one.number !== floorOne.number ||
    one.events.length !== floorOne.events.length ||
    peerOne.adsDossierEventsByDossierId.nodes.length !== one.events.length ||
    one.consultations.length !== floorOne.consultations.length
  )
    throw new Error('dossier par id : les réponses diffèrent');
  console.log(
    `dossier ${one.number} : ${one.events.length} événements, ${one.consultations.length} consultations partout`,
  );

  const drill = (await scenarios.drill.api()).indicatorRecords;
  const [drows, dcount] = await scenarios.drill.floor();
  if (
    drill.total !== Number(dcount.rows[0].total) ||
    drill.rows.map((r) => r.number).join() !== drows.rows.map((r) => r.number).join()
  )
    throw new Error('détail : les réponses diffèrent');
  console.log(`détail : ${drill.total} dossiers, les 50 mêmes lignes`);
  for (const d of DIRECTORATES) {
    const { indicators, points } = await scenarios[`dash_${d}`].api();
    console.log(`tableau de bord ${d} : ${indicators} indicateurs à ce jour, ${points} points de séries`);
  }
}

// ---- latency, interleaved: API then floor (then peer), scenario after scenario, run after run ---------------------
const times = {};
const timed = async (name, fn) => {
  const t0 = performance.now();
  await fn();
  (times[name] ??= []).push(performance.now() - t0);
};
for (const s of Object.values(scenarios)) for (const k of ['api', 'floor', 'peer']) if (s[k]) await s[k](); // warm-up
// the order alternates from run to run: the first call after a heavy scenario (the report, a dashboard) finds the
// caches cold, and the one after it warm; always timing the API first charged the API alone with that
for (let i = 0; i < Number(args.runs); i++) {
  const order = i % 2 ? ['peer', 'floor', 'api'] : ['api', 'floor', 'peer'];
  for (const [name, s] of Object.entries(scenarios)) for (const k of order) if (s[k]) await timed(`${name}.${k}`, s[k]);
}
const fmt = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
console.log('\nLatence (ms, un appel à la fois) :');
for (const [name, t] of Object.entries(times)) {
  const s = stats(t);
  console.log(`  ${name.padEnd(14)} médiane ${fmt(s.median).padStart(7)}  p95 ${fmt(s.p95).padStart(7)}  (${s.n})`);
}

// ---- the first click after a quiet spell: longer than the pool's idle timeout (10 s) and the session cache's (5 s) --
const QUIET_MS = 12_000;
const quiet = [];
for (let i = 0; i < Number(args.quiet); i++) {
  await new Promise((r) => setTimeout(r, QUIET_MS));
  const t0 = performance.now();
  await scenarios.drill.api();
  quiet.push(performance.now() - t0);
}
if (quiet.length) {
  const s = stats(quiet);
  console.log(
    `\nDétail après ${QUIET_MS / 1000} s sans activité (${quiet.length} fois) : médiane ${fmt(s.median)} ms, ` +
      `max ${fmt(s.max)} ms ; appels rapprochés : ${fmt(stats(times['drill.api']).median)} ms`,
  );
}

// ---- throughput against the peer: bounded autocannon runs, alternated ---------------------------------------------
function cannon(url, query, variables, cookie) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        connections: Number(args.connections),
        duration: Number(args.seconds),
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      },
      (err, r) => (err ? reject(err) : resolve(r)),
    );
  });
}
const rps = {};
console.log(
  `\nDébit (autocannon, ${args.connections} connexions, ${args.seconds} s, ${args.rounds} manches alternées) :`,
);
for (let round = 0; round < Number(args.rounds); round++) {
  for (const [name, ours, theirs] of [
    ['list', () => cannon(api.url, LIST, { c: LENS }, director), () => cannon(peerUrl, PEER_LIST, { c: LENS })],
    [
      'byId',
      () => cannon(api.url, BY_ID, { id: byIdTarget }, director),
      () => cannon(peerUrl, PEER_BY_ID, { id: byIdTarget }),
    ],
  ]) {
    for (const [who, run] of [
      ['api', ours],
      ['peer', theirs],
    ]) {
      const r = await run();
      if (r.non2xx || r.errors) console.log(`  ${name}.${who} : ${r.non2xx} réponses non 2xx, ${r.errors} erreurs`);
      (rps[`${name}.${who}`] ??= []).push(r.requests.average);
    }
  }
}
for (const [k, v] of Object.entries(rps))
  console.log(`  ${k.padEnd(10)} ${fmt(stats(v).median)} req/s (manches : ${v.map(fmt).join(', ')})`);

// ---- from an agent's save to the director's refetched figure (change feed), on the ten-year data -------------------
const live = await saveToFigure(
  api.url,
  await signIn(api.url, 'agent.fourriere', PASSWORD),
  directors.fourriere,
  Number(args.saves),
  today,
);
console.log(`\nEnregistrement → chiffre relu (${args.saves} saisies de la fourrière, tableau de bord abonné) :`);
for (const [k, label] of [
  ['toEvent', 'enregistrement acquitté → événement reçu'],
  ['toFigure', 'enregistrement acquitté → chiffre relu'],
]) {
  const s = stats(live[k]);
  console.log(`  ${label.padEnd(42)} médiane ${fmt(s.median).padStart(7)} ms  p95 ${fmt(s.p95).padStart(7)} ms`);
}

// ---- ratios ------------------------------------------------------------------------------------------------------
const med = (k) => stats(times[k]).median;
const rows = [
  ['rapport complet (API / plancher SQL)', med('report.api') / med('report.floor'), '≤ 1,5'],
  ['liste ADS (API / plancher SQL)', med('list.api') / med('list.floor'), '—'],
  ['dossier par id (API / plancher SQL)', med('byId.api') / med('byId.floor'), '—'],
  ['détail (API / plancher SQL)', med('drill.api') / med('drill.floor'), '≤ 2'],
  ['détail moins l’aller-retour vide (/ plancher)', (med('drill.api') - med('empty.api')) / med('drill.floor'), '—'],
  ['liste ADS, débit (API / PostGraphile)', stats(rps['list.api']).median / stats(rps['list.peer']).median, '≥ 1,0'],
  [
    'dossier par id, débit (API / PostGraphile)',
    stats(rps['byId.api']).median / stats(rps['byId.peer']).median,
    '≥ 1,0',
  ],
  ['liste ADS, latence (API / PostGraphile)', med('list.api') / med('list.peer'), '—'],
  ['dossier par id, latence (API / PostGraphile)', med('byId.api') / med('byId.peer'), '—'],
  ...DIRECTORATES.map((d) => [`tableau de bord ${d} (ms, / 1 s)`, med(`dash_${d}.api`) / 1000, '—']),
  ['enregistrement → chiffre relu (médiane / 1 s)', stats(live.toFigure).median / 1000, '≤ 1'],
];
console.log('\nRapports :');
console.log(`  ${'mesure'.padEnd(46)} ${'ratio'.padStart(6)}  objectif`);
for (const [label, ratio, goal] of rows) console.log(`  ${label.padEnd(46)} ${ratio.toFixed(2).padStart(6)}  ${goal}`);

await stopChild(peer);
await stopChild(api.child);
await pool.end();
