import type pg from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { probeModule, withDeclaredDirectorates } from '../support/probe-module';
import { startTestApp, type TestApp } from '../support/test-app';

const IDLE_MS = 200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// PGlite runs inside the API process: it has no pool
const onServer = !!process.env.DATABASE_URL;
(onServer ? describe : describe.skip)('the connection pool through a quiet spell (PostgreSQL only)', () => {
  let t: TestApp;
  let pool: pg.Pool;
  beforeAll(async () => {
    t = await startTestApp({ modules: withDeclaredDirectorates(probeModule), poolIdleMs: IDLE_MS });
    pool = (t.app.db.dataSource.driver as PostgresDriver).master as pg.Pool;
  });
  afterAll(() => t.close());

  it('should keep three connections open when the others have gone idle, so the next click opens none', async () => {
    const director = await t.as('directeur.rh');
    // a burst of reads at once opens connections beyond the ones kept warm
    await Promise.all(Array.from({ length: 6 }, () => t.app.db.read((em) => em.query('SELECT pg_sleep(0.05)'))));
    expect(pool.totalCount).toBeGreaterThanOrEqual(6);

    await sleep(IDLE_MS * 4);
    expect(pool.totalCount).toBe(3);
    const schema = (t.app.db.config as { schema: string }).schema;
    const backends = await t.app.db.read((em) =>
      em.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1`, [`call-api:${schema}`]),
    );
    // the three kept, of which one answers this very query
    expect(backends[0].n).toBe(3);

    // a drill-down (its page and total side by side) after the quiet spell runs on the connections kept
    let opened = 0;
    const onConnect = () => opened++;
    pool.on('connect', onConnect);
    const drill = await director.ok(
      `query { indicatorRecords(key: "rh.probe_count", year: 2023, dimension: "commune", member: "62498") { total } }`,
    );
    pool.off('connect', onConnect);
    expect(drill.indicatorRecords.total).toBe(0);
    expect(opened).toBe(0);
  });
});
