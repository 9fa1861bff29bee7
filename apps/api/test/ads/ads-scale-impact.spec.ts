import { fixedClock } from '../../src/core/kit/clock';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { adsDossierInput } from './ads.factories';

const CREATE = `mutation($i: CreateAdsDossierInput!) { createAdsDossier(input: $i) { id } }`;
const IMPACT = `query($from: Date!, $w: [AdsActWeightInput!]!) { adsActWeightsImpact(validFrom: $from, weights: $w) { indicatorKey label year before after } }`;
const SAVE = `mutation($from: Date!, $w: [AdsActWeightInput!]!, $ok: Boolean) { updateAdsActWeights(validFrom: $from, weights: $w, confirmBackdated: $ok) { dossierType weight } }`;
const HISTORY = `{ adsActWeightHistory { validFrom } }`;
const WEIGHTED = `query($y: Int!) { indicators(year: $y, directorate: ads, keys: ["ads.weighted_acts"]) { value } }`;

describe('a back-dated ADS scale: the published figures it changes, and its confirmation', () => {
  let t: TestApp;
  let director: GqlClient;
  const weighted = async (y: number) => (await director.ok(WEIGHTED, { y })).indicators[0].value;
  const auditCount = () =>
    t.app.db.read(async (em) => Number((await em.query(`SELECT count(*) AS n FROM audit_entry`))[0].n));
  beforeAll(async () => {
    t = await startTestApp({ clock: fixedClock('2026-03-02') });
    director = await t.as('directeur.ads');
    const agent = await t.as('agent.ads');
    await agent.ok(CREATE, { i: adsDossierInput({ depositedOn: '2024-05-06' }) });
    await agent.ok(CREATE, { i: adsDossierInput({ depositedOn: '2025-05-05' }) });
    await agent.ok(CREATE, {
      i: adsDossierInput({ type: 'DP', depositedOn: '2025-06-02', floorAreaCreated: 0, dwellingsCreated: 0 }),
    });
  });
  afterAll(() => t.close());

  it('should name exactly the figures a scale dated in a published year changes, and write nothing', async () => {
    const audits = await auditCount();
    const { adsActWeightsImpact } = await director.ok(IMPACT, {
      from: '2025-01-01',
      w: [
        { dossierType: 'PC', weight: 2 },
        { dossierType: 'DP', weight: 0.7 },
      ],
    });
    // 2024 is before the scale, 2026 is not published yet: only 2025 moves (PC 1 → 2, DP unchanged)
    expect(adsActWeightsImpact).toEqual([
      {
        indicatorKey: 'ads.weighted_acts',
        label: 'Actes quantifiés (équivalent PC)',
        year: 2025,
        before: 1.7,
        after: 2.7,
      },
    ]);
    expect(await weighted(2025)).toBe(1.7);
    expect((await director.ok(HISTORY)).adsActWeightHistory).toEqual([{ validFrom: '2015-07-01' }]);
    expect(await auditCount()).toBe(audits);
  });

  it('should find nothing for a scale dated this year', async () => {
    const r = await director.ok(IMPACT, { from: '2026-02-01', w: [{ dossierType: 'PC', weight: 3 }] });
    expect(r.adsActWeightsImpact).toEqual([]);
  });

  it('should refuse a back-dated scale without confirmation, on its date, and save it once confirmed', async () => {
    const w = [{ dossierType: 'PC', weight: 2 }];
    const refused = await director.request(SAVE, { from: '2025-01-01', w });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    expect(refused.errors?.[0].message).toBe(
      'Date d’application dans une année déjà publiée (01/01/2025) : ce changement modifie des chiffres publiés ; confirmez-le.',
    );
    expect(await weighted(2025)).toBe(1.7);

    await director.ok(SAVE, { from: '2025-01-01', w, ok: true });
    expect(await weighted(2025)).toBe(2.7);
    // a scale from this year needs no confirmation
    await director.ok(SAVE, { from: '2026-03-02', w: [{ dossierType: 'PC', weight: 1.5 }] });
  });
});
