import { fixedClock } from '../../src/core/kit/clock';
import { permisLouerModule } from '../../src/modules/permis-louer/permis-louer.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { joinScheme, LENS } from './permis-louer.factories';

const IMPACT = `query($i: PdlPerimeterInput!) { pdlPerimeterImpact(input: $i) { indicatorKey label year before after } }`;
const CREATE = `mutation($i: PdlPerimeterInput!, $ok: Boolean) { createPdlPerimeter(input: $i, confirmBackdated: $ok) }`;
const PERIMETERS = `query($c: String) { pdlPerimeters(communeInsee: $c) { validFrom } }`;

const perimeter = (validFrom: string) => ({
  communeInsee: LENS,
  kind: 'WHOLE_COMMUNE',
  publishedOn: '2021-01-10',
  validFrom,
});

// today is Saturday 15 June 2024: 2023 and before are published years
describe('permis de louer: a back-dated perimeter names the figures it changes and is confirmed first', () => {
  let t: TestApp;
  let agent: GqlClient;
  const perimeters = async () => (await agent.ok(PERIMETERS, { c: LENS })).pdlPerimeters;
  const auditCount = () =>
    t.app.db.read(async (em) => Number((await em.query(`SELECT count(*) AS n FROM audit_entry`))[0].n));

  beforeAll(async () => {
    t = await startTestApp({ modules: [permisLouerModule], clock: fixedClock('2024-06-15') });
    agent = await t.as('agent.permis_louer');
    await joinScheme(await t.as('admin'), LENS, '2021-07-01');
  });
  afterAll(() => t.close());

  // no perimeter before: the figure was empty (null), the perimeter brings Lens into it
  it('should name the communes in the scheme for each published year from its date, and write nothing', async () => {
    const audits = await auditCount();
    const r = await agent.ok(IMPACT, { i: perimeter('2022-01-01') });
    expect(r.pdlPerimeterImpact).toEqual([
      {
        indicatorKey: 'permis_louer.communes',
        label: 'Communes dans le dispositif',
        year: 2022,
        before: null,
        after: 1,
      },
      {
        indicatorKey: 'permis_louer.communes',
        label: 'Communes dans le dispositif',
        year: 2023,
        before: null,
        after: 1,
      },
    ]);
    expect(await perimeters()).toEqual([]);
    expect(await auditCount()).toBe(audits);
  });

  it('should find nothing for a perimeter dated this year', async () => {
    expect((await agent.ok(IMPACT, { i: perimeter('2024-03-01') })).pdlPerimeterImpact).toEqual([]);
  });

  it('should refuse a back-dated perimeter without confirmation, on its date, and save it once confirmed', async () => {
    const refused = await agent.request(CREATE, { i: perimeter('2022-01-01') });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    expect(refused.errors?.[0].message).toBe(
      'Date d’application dans une année déjà publiée (01/01/2022) : ce changement modifie des chiffres publiés ; confirmez-le.',
    );
    expect(await perimeters()).toEqual([]);

    await agent.ok(CREATE, { i: perimeter('2022-01-01'), ok: true });
    expect(await perimeters()).toEqual([{ validFrom: '2022-01-01' }]);
  });
});
