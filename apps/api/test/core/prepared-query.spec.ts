import { QueryFailedError } from 'typeorm';
import { preparedQuery } from '../../src/core/database/prepared-query';
import { startTestApp, type TestApp } from '../support/test-app';
import { adsDossierInput } from '../ads/ads.factories';

const onServer = !!process.env.DATABASE_URL;

describe('the hot reads as prepared statements', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  }, 120_000);
  afterAll(() => t.close());

  it('should answer a parameterised read the same way, twice', async () => {
    const sql = `SELECT count(*)::int AS n FROM app_user WHERE role = $1`;
    const plain = await t.app.db.read((em) => em.query(sql, ['ADMIN']));
    const first = await t.app.db.read((em) => preparedQuery(em, sql, ['ADMIN']));
    const again = await t.app.db.read((em) => preparedQuery(em, sql, ['ADMIN']));
    expect(first).toEqual(plain);
    expect(again).toEqual(plain);
  });

  (onServer ? it : it.skip)('should leave the statement prepared on the PostgreSQL connection', async () => {
    const sql = `SELECT login FROM app_user WHERE login = $1 /* prepared-query.spec */`;
    const prepared = await t.app.db.read(async (em) => {
      // one checked-out connection for both reads: the statement is the connection's
      const runner = em.connection.createQueryRunner();
      try {
        await preparedQuery(runner.manager, sql, ['admin']);
        return await runner.query(`SELECT statement FROM pg_prepared_statements`);
      } finally {
        await runner.release();
      }
    });
    expect(prepared).toContainEqual({ statement: sql });
  });

  it('should fail as the ORM does, so a bad value is still refused in French', async () => {
    const read = t.app.db.read((em) => preparedQuery(em, `SELECT id FROM app_user WHERE id = $1`, ['pas-un-uuid']));
    await expect(read).rejects.toBeInstanceOf(QueryFailedError);
    await expect(read).rejects.toMatchObject({ driverError: { code: '22P02' } });
    const c = await t.as('directeur.ads');
    const r = await c.request(`query { adsDossier(id: "pas-un-uuid") { id } }`);
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  // a list's statement text is kept per data source: it names the data source's schema
  (onServer ? it : it.skip)(
    'should read each data source’s own rows when two share a process',
    async () => {
      const other = await startTestApp();
      try {
        const LIST = `{ adsDossiers(limit: 5) { total } }`;
        const agent = await t.as('agent.ads');
        await agent.ok(`mutation($i: CreateAdsDossierInput!) { createAdsDossier(input: $i) { id } }`, {
          i: adsDossierInput(),
        });
        const here = (await agent.ok(LIST)).adsDossiers.total;
        const there = (await (await other.as('agent.ads')).ok(LIST)).adsDossiers.total;
        expect([here, there]).toEqual([1, 0]);
      } finally {
        await other.close();
      }
    },
    120_000,
  );
});
