// Smoke test of the benchmark tooling, not part of `npm test` (it needs a PostgreSQL server):
//   node --test scripts/bench/smoke.test.mjs      (BENCH_SMOKE_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/bench_smoke)
// The generators' SQL runs at a tiny scale, and the API's report equals the hand-written floor on that data.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { apiRequire, withDatabase } from './lib/common.mjs';
import { compareReport, reportFloor } from './lib/report-floor.mjs';
import { ROOT, gql, signIn, startApi, stopChild } from './lib/servers.mjs';

const url = process.env.BENCH_SMOKE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/bench_smoke';
const { Client, Pool } = apiRequire('pg');

test('the generators fill a tiny data set and the report equals its SQL floor', { timeout: 180_000 }, async () => {
  const run = spawnSync(process.execPath, ['scripts/bench/generate.mjs', url, '--scale', '0.001'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const counts = await withDatabase(Client, url, async (c) => {
    const q = async (t) => Number((await c.query(`SELECT count(*) FROM ${t}`)).rows[0].count);
    return {
      dossiers: await q('ads_dossier'),
      events: await q('ads_dossier_event'),
      animals: await q('fourriere_animal'),
    };
  });
  assert.equal(counts.dossiers, 200);
  assert.ok(counts.events > 3 * counts.dossiers, `${counts.events} événements`);
  assert.equal(counts.animals, 47);

  const api = await startApi({ databaseUrl: url });
  const pool = new Pool({ connectionString: url, max: 4 });
  try {
    const year = new Date().getUTCFullYear() - 1;
    const dgs = await signIn(api.url, 'dgs', 'demo-call-2023');
    const { indicators } = await gql(
      api.url,
      `query($y: Int!) { indicators(year: $y) { key value previousValue breakdowns { dimension items { member value } } } }`,
      { y: year },
      dgs,
    );
    const { diffs, figures } = compareReport(indicators, await reportFloor(pool, year));
    assert.deepEqual(diffs, []);
    assert.ok(figures > 100, `${figures} chiffres comparés`);
  } finally {
    await pool.end();
    await stopChild(api.child);
  }
});
