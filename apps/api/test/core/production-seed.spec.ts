import { startTestApp, type TestApp } from '../support/test-app';

describe('a production database (no demo data)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ demo: false, adminPassword: 'premier-mot-de-passe' });
  });
  afterAll(() => t.close());

  it('should hold the referentials and only the first administrator', async () => {
    const users = await t.app.db.read((em) => em.query(`SELECT login, role FROM app_user`));
    expect(users).toEqual([{ login: 'admin', role: 'ADMIN' }]);
    const counts = await t.app.db.read((em) =>
      em.query(
        `SELECT (SELECT count(*)::int FROM commune) AS communes, (SELECT count(*)::int FROM service_membership) AS memberships`,
      ),
    );
    expect(counts[0].communes).toBe(36);
    expect(counts[0].memberships).toBeGreaterThan(28);
    const activity = await t.app.db.read((em) =>
      em.query(
        `SELECT (SELECT count(*)::int FROM ads_dossier) AS ads, (SELECT count(*)::int FROM fourriere_animal) AS animals`,
      ),
    );
    expect(activity).toEqual([{ ads: 0, animals: 0 }]);
  });

  it('should let the first administrator sign in with the password given at install, and nobody with the demo one', async () => {
    const anon = await t.as();
    const ok = await anon.request(
      `mutation { login(input: { login: "admin", password: "premier-mot-de-passe" }) { role } }`,
    );
    expect(ok.data?.login.role).toBe('ADMIN');
    const demo = await anon.request(`mutation { login(input: { login: "dgs", password: "demo-call-2023" }) { role } }`);
    expect(demo.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
