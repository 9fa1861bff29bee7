import { Authorized, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../src/core/app';
import { Rule } from '../../src/core/auth/rules';
import type { Database } from '../../src/core/database/database';
import { conflict } from '../../src/core/errors';
import { CHANGES_TOPIC } from '../../src/core/live/change-bus';
import { probeModule, ProbeRecord } from '../support/probe-module';
import { startTestApp, type TestApp } from '../support/test-app';
import { liveClient, sessionCookie, subscribe, untilSubscribers } from './live-client';

const holder: { db?: Database } = {};
const RECORD = { happenedOn: '2023-05-01', category: 'live', communeInsee: '62498', amount: 1 };

@Resolver()
class LiveProbeResolver {
  @Authorized(Rule.write('rh'))
  @Mutation(() => Boolean, { description: 'test only: writes, then fails' })
  async failAfterWrite(): Promise<boolean> {
    return holder.db!.transaction(async (em) => {
      await em.insert(ProbeRecord, { ...RECORD });
      throw conflict('Refusé après écriture.');
    });
  }

  @Authorized(Rule.write('rh'))
  @Mutation(() => Int, { description: 'test only: a write in raw SQL, past the ORM' })
  async rawProbeUpdate(): Promise<number> {
    await holder.db!.transaction((em) => em.query(`UPDATE probe_record SET amount = amount + 1`));
    return 1;
  }
}

@Resolver()
class UnguardedStreamResolver {
  @Subscription(() => String, { topics: CHANGES_TOPIC, description: 'test only: a subscription that forgot its rule' })
  forgottenStream(@Root() change: { at: string }): string {
    return change.at;
  }
}

const CHANGED = `subscription($d: Directorate) { indicatorsChanged(directorate: $d) { directorate tables time } }`;
const ADD = `mutation($i: ProbeInput!) { addProbeRecord(input: $i) { id } }`;
type Changed = { indicatorsChanged: { directorate: string; tables: string[]; time: string } };

describe('live figures: the change feed and its subscriptions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      modules: [probeModule],
      extraResolvers: [
        { cls: LiveProbeResolver, instance: new LiveProbeResolver() },
        { cls: UnguardedStreamResolver, instance: new UnguardedStreamResolver() },
      ],
    });
    holder.db = t.app.db;
  });
  afterAll(() => t.close());

  it('should tell a reader of the directorate what a committed mutation touched, and nothing to another directorate', async () => {
    const director = subscribe<Changed>(liveClient(t, await sessionCookie(t, 'directeur.rh')), CHANGED, { d: 'rh' });
    const dgs = subscribe<Changed>(liveClient(t, await sessionCookie(t, 'dgs')), CHANGED, { d: null });
    const other = subscribe<Changed>(liveClient(t, await sessionCookie(t, 'directeur.ads')), CHANGED, { d: null });
    await untilSubscribers(t, 3);
    const agent = await t.as('agent.rh');
    await agent.ok(ADD, { i: RECORD });

    const heard = await director.next();
    expect(heard.errors).toBeUndefined();
    expect(heard.data?.indicatorsChanged).toMatchObject({ directorate: 'rh', tables: ['probe_record'] });
    expect(Date.now() - Date.parse(heard.data!.indicatorsChanged.time)).toBeLessThan(5000);
    expect((await dgs.next()).data?.indicatorsChanged.directorate).toBe('rh');

    // the bus has fanned the change out to everyone by now: the next thing the ADS director hears is this marker
    t.app.live.bus.publish(CHANGES_TOPIC, { directorates: ['ads'], tables: ['marker'], at: new Date().toISOString() });
    expect((await other.next()).data?.indicatorsChanged).toMatchObject({ directorate: 'ads', tables: ['marker'] });
    await Promise.all([director.close(), dgs.close(), other.close()]);
  });

  it('should publish nothing for a mutation that fails after writing (rolled back)', async () => {
    const director = subscribe<Changed>(liveClient(t, await sessionCookie(t, 'directeur.rh')), CHANGED, { d: 'rh' });
    await untilSubscribers(t, 1);
    const agent = await t.as('agent.rh');
    const failed = await agent.request(`mutation { failAfterWrite }`);
    expect(failed.errors?.[0].extensions?.code).toBe('CONFLICT');
    // notifications arrive in commit order: had the failure published, its event would come first, dated before this
    const before = Date.now();
    await agent.ok(`mutation { rawProbeUpdate }`);
    const heard = await director.next();
    expect(heard.data?.indicatorsChanged).toMatchObject({ directorate: 'rh', tables: ['probe_record'] });
    expect(Date.parse(heard.data!.indicatorsChanged.time)).toBeGreaterThanOrEqual(before);
    const rows = await t.app.db.read((em) => em.count(ProbeRecord));
    expect(rows).toBe(1); // the first test's record only: the failed one was not written either
    await director.close();
  });

  it('should refuse an anonymous subscriber, a directorate the user cannot read, and a subscription without a rule', async () => {
    const anon = subscribe<Changed>(liveClient(t, null), CHANGED, { d: 'rh' });
    expect((await anon.next()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await anon.close();

    const foreign = subscribe<Changed>(liveClient(t, await sessionCookie(t, 'directeur.ads')), CHANGED, { d: 'rh' });
    expect((await foreign.next()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await foreign.close();

    expect(t.app.unguarded).toEqual(['Subscription.forgottenStream']);
    const forgotten = subscribe(liveClient(t, await sessionCookie(t, 'dgs')), `subscription { forgottenStream }`);
    expect((await forgotten.next()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await forgotten.close();

    // queries keep the HTTP path and its limits
    const query = subscribe(liveClient(t, await sessionCookie(t, 'dgs')), `query { me { login } }`);
    expect((await query.next()).errors?.[0].message).toBe('Seuls les abonnements passent par le WebSocket.');
    await query.close();
    expect(t.app.live.bus.size).toBe(0);
  });

  it('should stop telling a subscriber whose session ended', async () => {
    const cookie = await sessionCookie(t, 'directeur.rh');
    const director = subscribe<Changed>(liveClient(t, cookie), CHANGED, { d: 'rh' });
    await untilSubscribers(t, 1);
    await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    });
    await (await t.as('agent.rh')).ok(ADD, { i: RECORD });
    const heard = await director.next();
    expect(heard.data?.indicatorsChanged ?? null).toBeNull();
    expect(heard.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await director.close();
  });

  if (process.env.DATABASE_URL) {
    it('should reach a subscriber of another API instance on the same database', async () => {
      const other = await createApp({ database: t.app.db.config, modules: [probeModule], migrate: false });
      const server = await other.listen(0, '127.0.0.1');
      const instance = { app: other, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
      const cookie = await sessionCookie(t, 'directeur.rh'); // sessions live in the shared database
      const director = subscribe<Changed>(liveClient(instance as TestApp, cookie), CHANGED, { d: 'rh' });
      await untilSubscribers(instance as TestApp, 1);
      await (await t.as('agent.rh')).ok(ADD, { i: RECORD });
      expect((await director.next()).data?.indicatorsChanged).toMatchObject({
        directorate: 'rh',
        tables: ['probe_record'],
      });
      await director.close();
      await other.live.close();
      await new Promise((r) => server.close(r));
      await other.close();
    });

    it('should survive PostgreSQL terminating the LISTEN connection, and hear again after reconnecting', async () => {
      const director = subscribe<Changed>(liveClient(t, await sessionCookie(t, 'directeur.rh')), CHANGED, { d: 'rh' });
      await untilSubscribers(t, 1);
      const pid = t.app.live.listenerPid;
      expect(pid).toEqual(expect.any(Number));
      await t.app.db.read((em) => em.query('SELECT pg_terminate_backend($1)', [pid]));
      // the feed reconnects, then says that anything may have changed meanwhile
      const resync = await director.next(15000);
      expect(resync.data?.indicatorsChanged).toMatchObject({ directorate: 'rh', tables: [] });
      expect(t.app.live.listenerPid).not.toBe(pid);
      await (await t.as('agent.rh')).ok(ADD, { i: RECORD });
      expect((await director.next()).data?.indicatorsChanged.tables).toEqual(['probe_record']);
      await director.close();
    });
  }
});
