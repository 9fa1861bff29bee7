import { startTestApp, type TestApp } from '../support/test-app';
import { seed } from '../../src/core/seed';
import { MODULES } from '../../src/modules';
import * as password from '../../src/core/auth/password';

const LOGIN = `mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { id } }`;

describe('sign-in under attack', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('should check at most five passwords out of 40 parallel guesses, the right one included', async () => {
    const verify = jest.spyOn(password, 'verifyPassword');
    const anon = await t.as();
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 39 ? 'demo-call-2023' : `essai-${i}`));
    const answers = await Promise.all(guesses.map((p) => anon.request(LOGIN, { l: 'agent.rh', p })));
    const codes = answers.map((a) => a.errors?.[0].extensions?.code ?? 'OK');
    expect(verify.mock.calls.length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(35);
    expect(codes.filter((c) => c === 'OK').length).toBeLessThanOrEqual(1);
    // the lock-out and the failures are in the trail, under the attempted login
    const trail: { action: string; n: string }[] = await t.app.db.read((em) =>
      em.query(
        `SELECT action, count(*) AS n FROM audit_entry WHERE user_login = 'agent.rh' GROUP BY action ORDER BY action`,
      ),
    );
    expect(Number(trail.find((r) => r.action === 'login_locked')?.n)).toBe(1);
    expect(Number(trail.find((r) => r.action === 'login_failed')?.n ?? 0)).toBeGreaterThanOrEqual(4);
  });

  it('should hash a password for an unknown login too, so both answers cost the same', async () => {
    const verify = jest.spyOn(password, 'verifyPassword');
    const anon = await t.as();
    await anon.request(LOGIN, { l: 'personne.inconnue', p: 'quelconque-123' });
    await anon.request(LOGIN, { l: 'agent.finances', p: 'quelconque-123' });
    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('should keep serving other users while a password is being checked (no hash inside a unit of work)', async () => {
    const reader = await t.as('directeur.ads');
    const real = password.verifyPassword;
    let release!: () => void;
    let started!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const hashing = new Promise<void>((r) => (started = r));
    jest.spyOn(password, 'verifyPassword').mockImplementation(async (p, h) => {
      started();
      await gate;
      return real(p, h);
    });
    const pending = (await t.as()).request(LOGIN, { l: 'dgs', p: 'demo-call-2023' });
    await hashing;
    // on PGlite a hash inside the unit of work would hold the only session: this read would never answer
    expect((await reader.ok(`query { me { login } }`)).me.login).toBe('directeur.ads');
    release();
    expect((await pending).errors).toBeUndefined();
  });

  it('should record sign-in and sign-out in the trail', async () => {
    const c = await t.as('agent.ads');
    await c.ok(`mutation { logout }`);
    const rows: { action: string }[] = await t.app.db.read((em) =>
      em.query(`SELECT action FROM audit_entry WHERE user_login = 'agent.ads' ORDER BY id`),
    );
    expect(rows.map((r) => r.action)).toEqual(['login', 'logout']);
  });

  it('should refuse a weak first administrator password, and accept a policy-compliant one', async () => {
    for (const weak of ['a', ' '.repeat(14), 'admin-admin-admin'])
      await expect(seed(t.app.db, MODULES, { demo: false, adminPassword: weak })).rejects.toThrow(
        /ADMIN_PASSWORD refusé/,
      );
    await expect(
      seed(t.app.db, MODULES, { demo: false, adminPassword: 'une phrase de passe solide' }),
    ).resolves.toEqual({ seededDemo: false });
  });
});
