import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { adsDossierInput } from './ads.factories';

const CREATE = `mutation($i: CreateAdsDossierInput!) { createAdsDossier(input: $i) { id number } }`;

describe('ADS dossier numbers under concurrent registrations', () => {
  let t: TestApp;
  let agent: GqlClient;
  beforeAll(async () => {
    t = await startTestApp();
    agent = await t.as('agent.ads');
  });
  afterAll(() => t.close());

  it('should give 20 parallel registrations without a number 20 dossiers with distinct numbers', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, k) =>
        agent.request(CREATE, { i: adsDossierInput({ applicantName: `Demandeur ${k}` }) }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = results.map((r) => r.data.createAdsDossier.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, k) => `PC 062 498 25 A${String(k + 1).padStart(4, '0')}`));
    const [{ count }] = await t.app.db.read((em) => em.query(`SELECT count(*)::int AS count FROM ads_dossier`));
    expect(count).toBe(20);
  });

  it('should continue after a number typed by the agent, never reusing it', async () => {
    const typed = await agent.ok(CREATE, {
      i: adsDossierInput({ type: 'DP', number: 'DP 062 498 25 A0040' }),
    });
    expect(typed.createAdsDossier.number).toBe('DP 062 498 25 A0040');
    const next = await agent.ok(CREATE, { i: adsDossierInput({ type: 'DP' }) });
    expect(next.createAdsDossier.number).toBe('DP 062 498 25 A0041');
  });

  it('should report a number taken at the same moment as taken, saving nothing else', async () => {
    const number = 'PA 062 498 25 A0007';
    const results = await Promise.all(
      Array.from({ length: 5 }, () => agent.request(CREATE, { i: adsDossierInput({ type: 'PA', number }) })),
    );
    expect(results.filter((r) => r.data?.createAdsDossier)).toHaveLength(1);
    const refused = results.flatMap((r) => r.errors ?? []);
    expect(refused).toHaveLength(4);
    for (const e of refused) {
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', field: 'number' });
      expect(e.message).toContain(number);
    }
    const [{ count }] = await t.app.db.read((em) =>
      em.query(`SELECT count(*)::int AS count FROM ads_dossier WHERE number = $1`, [number]),
    );
    expect(count).toBe(1);
  });

  it('should continue after the highest number of an import, never reusing one', async () => {
    const first = await agent.ok(CREATE, { i: adsDossierInput({ type: 'PD' }) });
    expect(first.createAdsDossier.number).toBe('PD 062 498 25 A0001');
    const csv = [
      'numero;type;commune_insee;date_depot;mode_depot;demandeur;type_demandeur;adresse_terrain;parcelles;nature_projet;surface_plancher;logements',
      'PD 062 498 25 A0030;PD;62498;2025-03-10;papier;Jean Martin;particulier;1 rue de la Gare;B 10;Démolition d’un garage;0;0',
      'PD 062 498 25 A0012;PD;62498;2025-03-11;papier;Julie Caron;particulier;8 rue Paul Bert;AC 40;Démolition d’un abri;0;0',
    ].join('\r\n');
    const imported = await agent.ok(
      `mutation($b: String!) { importAdsDossiers(filename: "export.csv", base64: $b) { committed imported } }`,
      { b: Buffer.from(csv, 'utf8').toString('base64') },
    );
    expect(imported.importAdsDossiers).toEqual({ committed: true, imported: 2 });
    const next = await agent.ok(CREATE, { i: adsDossierInput({ type: 'PD' }) });
    expect(next.createAdsDossier.number).toBe('PD 062 498 25 A0031');
  });
});
