import { EventEmitter } from 'node:events';
import pg, { Client } from 'pg';
import { Authorized, Mutation, Resolver } from 'type-graphql';
import { Rule } from '../../src/core/auth/rules';
import type { Database } from '../../src/core/database/database';
import { probeModule, ProbeRecord } from '../support/probe-module';
import { startTestApp, type TestApp } from '../support/test-app';

/** A write transaction that stays open long enough to have its connection terminated under it. */
@Resolver()
class SlowWriteResolver {
  db!: Database;
  @Authorized(Rule.write('rh'))
  @Mutation(() => Boolean)
  async slowProbeWrite(): Promise<boolean> {
    await this.db.transaction(async (em) => {
      await em.insert(ProbeRecord, { happenedOn: '2024-01-02', category: 'a', communeInsee: '62498', amount: 1 });
      await em.query('SELECT pg_sleep(0.4)');
    });
    return true;
  }
}

// PGlite runs inside the API process: there is no connection for a server to terminate
const onPostgres = !!process.env.DATABASE_URL;
(onPostgres ? describe : describe.skip)('PostgreSQL terminating the API’s connections (PostgreSQL only)', () => {
  let t: TestApp;
  const slow = new SlowWriteResolver();
  beforeAll(async () => {
    t = await startTestApp({ modules: [probeModule], extraResolvers: [{ cls: SlowWriteResolver, instance: slow }] });
    slow.db = t.app.db;
  });
  afterAll(() => t.close());

  it('should fail the writes in flight cleanly, stay up, and serve the next request', async () => {
    // an 'error' event no listener hears would kill the process: record any
    const unheard: unknown[] = [];
    const spy = jest.spyOn(pg.Client.prototype, 'emit').mockImplementation(function (
      this: pg.Client,
      event: string | symbol,
      ...rest: unknown[]
    ) {
      if (event === 'error' && this.listenerCount('error') === 0) {
        unheard.push(rest[0]);
        return false;
      }
      return EventEmitter.prototype.emit.call(this, event, ...rest); // pg.Client inherits emit unchanged
    });
    const agent = await t.as('agent.rh');
    const schema = (t.app.db.config as { schema: string }).schema;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    let acknowledged = 0;
    let refused = 0;
    for (let round = 0; round < 3; round++) {
      const writes = Array.from({ length: 8 }, () => agent.request('mutation { slowProbeWrite }'));
      await new Promise((r) => setTimeout(r, 200));
      const { rowCount } = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
        [`call-api:${schema}`],
      );
      expect(rowCount).toBeGreaterThan(0);
      for (const r of await Promise.all(writes)) {
        if (r.data?.slowProbeWrite) acknowledged++;
        else {
          refused++;
          expect(r.errors?.[0]).toMatchObject({
            message:
              'La base de données est momentanément indisponible : rien n’a été enregistré, réessayez dans un instant.',
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          });
        }
      }
    }
    await admin.end();
    spy.mockRestore();
    expect(unheard).toEqual([]);
    expect(refused).toBeGreaterThan(0);
    // the pool dropped the broken connections: the next requests are served
    expect((await agent.ok('mutation { slowProbeWrite }')).slowProbeWrite).toBe(true);
    const rows = await t.app.db.read((em) => em.count(ProbeRecord));
    // every acknowledged write is there, nothing of a refused one
    expect(rows).toBe(acknowledged + 1);
  }, 60_000);
});
