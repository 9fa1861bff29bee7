import { fixedClock } from '../../src/core/kit/clock';
import { pretMaterielModule } from '../../src/modules/pret-materiel/pret-materiel.module';
import { startTestApp, type TestApp } from '../support/test-app';

const INDICATORS = `query($y: Int!) { indicators(year: $y, directorate: pret_materiel) { key kind value } }`;
const SERIES = `query { indicatorSeries(to: 2023, years: 8, directorate: pret_materiel, keys: ["pret_materiel.communes_interessees"]) {
  key points { year value declared } } }`;

describe('prêt de matériel demo data: the 2023 report', () => {
  let t: TestApp;
  let values: Map<string, { kind: string; value: number | null }>;

  beforeAll(async () => {
    t = await startTestApp({ activity: true, modules: [pretMaterielModule], clock: fixedClock('2024-03-15') });
    const director = await t.as('directeur.pret_materiel');
    const d = await director.ok<{ indicators: { key: string; kind: string; value: number | null }[] }>(INDICATORS, {
      y: 2023,
    });
    values = new Map(d.indicators.map((i) => [i.key, i]));
  });
  afterAll(() => t.close());

  it('should give the report’s 2023 figures, computed from the records', () => {
    expect(values.get('pret_materiel.demandes')).toMatchObject({ kind: 'COMPUTED', value: 165 });
    expect(values.get('pret_materiel.communes_interessees')).toMatchObject({ kind: 'COMPUTED', value: 30 });
    expect(values.get('pret_materiel.interventions')?.value).toBe(328);
    expect(values.get('pret_materiel.heures_intervention')?.value).toBeCloseTo(697, 0);
    expect(values.get('pret_materiel.acquisitions_m2')?.value).toBe(50);
    expect(values.get('pret_materiel.acquisitions_pieces')?.value).toBe(50);
    expect(values.get('pret_materiel.reparations')?.value).toBeGreaterThan(0);
    expect(values.get('pret_materiel.unites_jours')?.value).toBeGreaterThan(0);
  });

  it('should keep the declared 2016–2022 series of interested communes, then compute 2023', async () => {
    const director = await t.as('directeur.pret_materiel');
    const s = (await director.ok(SERIES)).indicatorSeries[0];
    expect(
      s.points.map((p: { year: number; value: number; declared: boolean }) => [p.year, p.value, p.declared]),
    ).toEqual([
      [2016, 32, true],
      [2017, 33, true],
      [2018, 32, true],
      [2019, 32, true],
      [2020, 25, true],
      [2021, 25, true],
      [2022, 29, true],
      [2023, 30, false],
    ]);
  });
});
