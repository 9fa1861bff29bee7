import path from 'node:path';
import { seed } from '../../src/core/seed';
import { MODULES } from '../../src/modules';
import { parseTariffFile } from '../../src/modules/fourriere/fourriere.production-seed';
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

describe('a fresh pound (no demo data): what to set before the first return', () => {
  const SETUP = `query { fourriereSetup { key blocking path message } }`;
  const DIRECTOR = {
    login: 'directrice.fourriere',
    displayName: 'Directrice de la fourrière',
    role: 'DIRECTOR',
    directorates: ['fourriere'],
    password: 'un-mot-de-passe-solide',
  };

  it('should tell the director that the price list and the calendar are missing, with their pages', async () => {
    const t = await startTestApp({ demo: false, adminPassword: 'premier-mot-de-passe' });
    try {
      const admin = await t.as('admin', 'premier-mot-de-passe');
      await admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: DIRECTOR });
      const director = await t.as(DIRECTOR.login, DIRECTOR.password);
      const { fourriereSetup } = await director.ok(SETUP);
      expect(
        fourriereSetup.map((i: { key: string; blocking: boolean; path: string }) => [i.key, i.blocking, i.path]),
      ).toEqual([
        ['TARIFF', true, '/fourriere/tarifs'],
        ['CALENDAR', false, '/fourriere/calendrier'],
      ]);
      expect(fourriereSetup[0].message).toContain('Toute restitution à un propriétaire sera refusée');
    } finally {
      await t.close();
    }
  });

  it('should take the price list from the file named at installation, once', async () => {
    const env = { FOURRIERE_TARIFFS_FILE: path.resolve(__dirname, '../../seed/fourriere-tarifs.example.json') };
    const t = await startTestApp({ demo: false, adminPassword: 'premier-mot-de-passe', seedEnv: env });
    try {
      await seed(t.app.db, MODULES, { demo: false, env }); // a second run changes nothing
      const rows = await t.app.db.read((em) =>
        em.query(`SELECT species, capture_cents, recorded_by_login FROM fourriere_tariff ORDER BY species`),
      );
      expect(rows).toEqual([
        { species: 'CAT', capture_cents: 5000, recorded_by_login: 'installation' },
        { species: 'DOG', capture_cents: 7000, recorded_by_login: 'installation' },
      ]);
      const admin = await t.as('admin', 'premier-mot-de-passe');
      await admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, { i: DIRECTOR });
      const director = await t.as(DIRECTOR.login, DIRECTOR.password);
      expect((await director.ok(SETUP)).fourriereSetup.map((i: { key: string }) => i.key)).toEqual(['CALENDAR']);
    } finally {
      await t.close();
    }
  });

  it('should refuse a malformed price list file with its line', () => {
    expect(() => parseTariffFile('[{"validFrom":"2026-01-01","species":"DOG"}]', 'tarifs.json')).toThrow(
      'Grille tarifaire tarifs.json : ligne 1 : captureCents doit être un montant en centimes',
    );
  });
});
