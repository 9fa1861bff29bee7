import { fixedClock } from '../../src/core/kit/clock';
import { seed } from '../../src/core/seed';
import { permisLouerModule } from '../../src/modules/permis-louer/permis-louer.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { apmlDeposit, DEPOSIT, joinScheme, LENS, PERIMETER } from './permis-louer.factories';

const PERIMETERS = `query($c: String) { pdlPerimeters(communeInsee: $c) { id communeName kind validFrom validTo publishedOn membershipId } }`;
const HARNES = '62413';

// today is Saturday 15 June 2024 for the whole file
describe('permis de louer: perimeters on the communes’ dated memberships', () => {
  let t: TestApp;
  let agent: GqlClient;
  let admin: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ modules: [permisLouerModule], clock: fixedClock('2024-06-15') });
    agent = await t.as('agent.permis_louer');
    admin = await t.as('admin');
  });
  afterAll(() => t.close());

  it('should refuse a perimeter in a commune that has not joined the scheme on its first day', async () => {
    const r = await agent.request(PERIMETER, {
      i: { communeInsee: LENS, kind: 'WHOLE_COMMUNE', publishedOn: '2021-01-10', validFrom: '2021-09-01' },
    });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    expect(r.errors?.[0].message).toMatch(/Lens n’adhère pas au permis de louer le 01\/09\/2021/);
  });

  it('should link the perimeter to the membership, end it with the membership, and refuse a dossier after', async () => {
    const membershipId = await joinScheme(admin, LENS, '2021-07-01', '2023-12-31');
    // open-ended past the membership: refused on the end date's field
    const open = await agent.request(PERIMETER, {
      i: { communeInsee: LENS, kind: 'WHOLE_COMMUNE', publishedOn: '2021-01-10', validFrom: '2021-09-01' },
    });
    expect(open.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validTo' });
    expect(open.errors?.[0].message).toMatch(/prend fin le 31\/12\/2023/);
    await agent.ok(PERIMETER, {
      i: {
        communeInsee: LENS,
        kind: 'WHOLE_COMMUNE',
        publishedOn: '2021-01-10',
        validFrom: '2021-09-01',
        validTo: '2023-12-31',
      },
    });
    const list = await agent.ok<{ pdlPerimeters: { membershipId: string; communeName: string }[] }>(PERIMETERS, {
      c: LENS,
    });
    expect(list.pdlPerimeters).toEqual([expect.objectContaining({ membershipId, communeName: 'Lens' })]);

    // in force in 2023: filed; in 2024 Lens has left the scheme: refused, with the day and the address
    const inside = await agent.request(DEPOSIT, {
      i: apmlDeposit({ depositedOn: '2023-06-01', receivedOn: '2023-06-02' }),
    });
    expect(inside.errors).toBeUndefined();
    const after = await agent.request(DEPOSIT, { i: apmlDeposit() });
    expect(after.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'street' });
    expect(after.errors?.[0].message).toBe(
      'Adresse hors périmètre : aucun périmètre du permis de louer en vigueur le 05/06/2024 ne couvre « 5 rue de la Gare » à Lens ; le dossier ne peut être enregistré.',
    );
  });

  it('should cover Harnes from its 2022 membership (core referential), once its perimeter is recorded', async () => {
    const before = await agent.request(DEPOSIT, { i: apmlDeposit({ communeInsee: HARNES }) });
    expect(before.errors?.[0].message).toMatch(/hors périmètre.*Harnes/);
    await agent.ok(PERIMETER, {
      i: { communeInsee: HARNES, kind: 'WHOLE_COMMUNE', publishedOn: '2021-06-15', validFrom: '2022-01-01' },
    });
    const filed = await agent.ok<{ depositPdlApml: { communeName: string } }>(DEPOSIT, {
      i: apmlDeposit({ communeInsee: HARNES }),
    });
    expect(filed.depositPdlApml.communeName).toBe('Harnes');
  });
});

describe('permis de louer production seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ modules: [permisLouerModule], demo: false, adminPassword: 'premier-mot-de-passe' });
  });
  afterAll(() => t.close());

  const scheme = () =>
    t.app.db.read((em) =>
      em.query<{ name: string; kind: string; valid_from: string; published_on: string | null; linked: boolean }[]>(
        `SELECT c.name, p.kind, to_char(p.valid_from, 'YYYY-MM-DD') AS valid_from,
                to_char(p.published_on, 'YYYY-MM-DD') AS published_on,
                (m.id IS NOT NULL AND m.commune_insee = p.commune_insee AND m.valid_from = p.valid_from) AS linked
           FROM pdl_perimeter p JOIN commune c ON c.insee_code = p.commune_insee
           LEFT JOIN service_membership m ON m.id = p.membership_id
          ORDER BY p.valid_from, c.name`,
      ),
    );

  it('should record the 7 communes the report names, whole commune from their year, and Lens from 2025', async () => {
    const rows = await scheme();
    expect(rows.map((r) => `${r.valid_from} ${r.name}`)).toEqual([
      '2022-01-01 Harnes',
      '2022-01-01 Mazingarbe',
      '2022-01-01 Noyelles-sous-Lens',
      '2022-01-01 Pont-à-Vendin',
      '2022-01-01 Vendin-le-Vieil',
      '2023-01-01 Grenay',
      '2023-01-01 Vimy',
      '2025-01-01 Lens',
    ]);
    expect(rows.every((r) => r.kind === 'WHOLE_COMMUNE' && r.linked && r.published_on === null)).toBe(true);
  });

  it('should add nothing when the installation is seeded again', async () => {
    await seed(t.app.db, [permisLouerModule], { demo: false });
    expect(await scheme()).toHaveLength(8);
    const lens = await t.app.db.read((em) =>
      em.query(
        `SELECT count(*)::int AS n FROM service_membership WHERE service = 'permis_louer' AND commune_insee = $1`,
        [LENS],
      ),
    );
    expect(lens[0].n).toBe(1);
  });
});
