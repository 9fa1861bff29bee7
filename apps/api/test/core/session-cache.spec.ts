import { SessionCache } from '../../src/core/auth/session-cache';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const ME = `query { me { login role directorates } }`;
const USERS = `query { users { id login } }`;

describe('session cache', () => {
  let t: TestApp;
  let admin: GqlClient;
  let ids: Map<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
    const { users } = await admin.ok(USERS);
    ids = new Map(users.map((u: { id: string; login: string }) => [u.login, u.id]));
  });
  afterAll(() => t.close());

  const dropSessionsInDatabase = (login: string) =>
    t.app.db.transaction((em) => em.query(`DELETE FROM app_session WHERE user_id = $1`, [ids.get(login)]));

  it('should read a session once for a burst of requests', async () => {
    const agent = await t.as('agent.ads');
    expect((await agent.ok(ME)).me.login).toBe('agent.ads');
    // removed behind the API's back: the next requests of the burst still use the session read a moment ago
    await dropSessionsInDatabase('agent.ads');
    expect((await agent.ok(ME)).me.login).toBe('agent.ads');
  });

  it('should read a session again in the background past half its life, and end it if it is gone', async () => {
    const agent = await t.as('agent.ads');
    expect((await agent.ok(ME)).me.login).toBe('agent.ads');
    await dropSessionsInDatabase('agent.ads');
    const now = Date.now();
    // three seconds later: the entry (five seconds) still answers, and is read again off the request's path
    const later = jest.spyOn(Date, 'now').mockImplementation(() => now + 3_000);
    try {
      expect((await agent.ok(ME)).me.login).toBe('agent.ads');
      let me: unknown = {};
      // within a second: the entry itself would only end two seconds later
      for (let i = 0; i < 25 && me !== null; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        me = (await agent.ok(ME)).me;
      }
      expect(me).toBeNull();
    } finally {
      later.mockRestore();
    }
  });

  it('should end a session at once on sign-out', async () => {
    const agent = await t.as('agent.fourriere');
    expect((await agent.ok(ME)).me.login).toBe('agent.fourriere');
    await agent.ok(`mutation { logout }`);
    expect((await agent.ok(ME)).me).toBeNull();
  });

  it('should forget the user on deactivation, password reset and role change', async () => {
    const a = await t.as('agent.crematorium');
    const b = await t.as('agent.permis_louer');
    const c = await t.as('agent.pret_materiel');
    for (const x of [a, b, c]) expect((await x.ok(ME)).me).not.toBeNull();

    await admin.ok(`mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }`, {
      id: ids.get('agent.crematorium'),
    });
    expect((await a.ok(ME)).me).toBeNull();
    await admin.ok(`mutation($id: ID!) { setUserActive(id: $id, active: true) { active } }`, {
      id: ids.get('agent.crematorium'),
    });

    await admin.ok(`mutation($id: ID!) { resetUserPassword(id: $id) { temporaryPassword } }`, {
      id: ids.get('agent.permis_louer'),
    });
    expect((await b.ok(ME)).me).toBeNull();

    await admin.ok(`mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { role } }`, {
      id: ids.get('agent.pret_materiel'),
      i: { displayName: 'Directeur du prêt', role: 'DIRECTOR', directorates: ['pret_materiel'] },
    });
    expect((await c.ok(ME)).me).toMatchObject({ role: 'DIRECTOR', directorates: ['pret_materiel'] });
  });

  it('should not store a read that started before a change, and expire entries', () => {
    const cache = new SessionCache(1000);
    const user = {
      id: 'u1',
      login: 'x',
      displayName: 'X',
      role: 'AGENT' as const,
      directorates: [],
      active: true,
      mustChangePassword: false,
    };
    const entry = { user, expiresAt: 10_000, lastSeenAt: 0, cachedAt: 0 };
    const started = cache.begin();
    cache.forgetUser('u1');
    cache.set('token', entry, started);
    expect(cache.get('token', 0)).toBeUndefined();
    cache.set('token', entry, cache.begin());
    expect(cache.get('token', 999)).toBe(entry);
    expect(cache.get('token', 1000)).toBeUndefined();
    cache.set('token', entry, cache.begin());
    // past half its life, one caller (only one) reads it again
    expect(cache.claimRefresh('token', 499)).toBe(false);
    expect(cache.claimRefresh('token', 500)).toBe(true);
    expect(cache.claimRefresh('token', 600)).toBe(false);
    cache.set('token', { user, expiresAt: 10_000, lastSeenAt: 0, cachedAt: 600 }, cache.begin());
    expect(cache.claimRefresh('token', 1099)).toBe(false);
    expect(cache.claimRefresh('token', 1100)).toBe(true);
    cache.forgetToken('token');
    expect(cache.get('token', 0)).toBeUndefined();
  });
});
