import { crematoriumModule } from '../../src/modules/crematorium/crematorium.module';
import { startTestApp, type TestApp } from '../support/test-app';
import { INDICATORS } from './crematorium.factories';

type Ind = {
  key: string;
  value: number | null;
  previousValue: number | null;
  breakdowns: { dimension: string; items: { member: string; value: number }[] }[];
};

describe('crématorium demo seed: the 2023 report’s figures, computed by the indicator engine', () => {
  let t: TestApp;
  let byKey: Map<string, Ind>;

  beforeAll(async () => {
    t = await startTestApp({ activity: true, modules: [crematoriumModule] });
    const director = await t.as('directeur.crematorium');
    const d = await director.ok<{ indicators: Ind[] }>(INDICATORS, { y: 2023 });
    byKey = new Map(d.indicators.map((i) => [i.key, i]));
  });
  afterAll(() => t.close());

  const breakdown = (k: string, dim: string) =>
    byKey
      .get(k)!
      .breakdowns.find((b) => b.dimension === dim)!
      .items.reduce((s, i) => s + i.value, 0);

  it('should give 2082 cremations in 2023 (1968 in 2022), on both lines', () => {
    expect(byKey.get('crematorium.cremations')).toMatchObject({ value: 2082, previousValue: 1968 });
    expect(breakdown('crematorium.cremations', 'line')).toBe(2082);
    expect(byKey.get('crematorium.cremations')!.breakdowns.find((b) => b.dimension === 'line')!.items).toHaveLength(2);
  });

  it('should give 1 tonne of metals from the first collection, in July', () => {
    expect(byKey.get('crematorium.metaux_kg')).toMatchObject({ value: 1000, previousValue: 0 });
  });

  it('should give the load of each line: booked slots over the slots of the year, computed in SQL', async () => {
    const agent = await t.as('agent.crematorium');
    const d = await agent.ok(`query { crematoriumLineLoad(year: 2023) { code booked available utilisation } }`);
    expect(d.crematoriumLineLoad).toEqual([
      { code: 'L1', booked: 1038, available: 1825, utilisation: 56.9 },
      { code: 'L2', booked: 1044, available: 1825, utilisation: 57.2 },
    ]);
  });

  it('should count detections at the X-ray tunnel and the ashes', () => {
    expect(byKey.get('crematorium.detections')!.value).toBeGreaterThan(0);
    expect(byKey.get('crematorium.dispersions')!.value).toBeGreaterThan(0);
  });
});
