import fs from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Every figure of the demo data, frozen: each indicator of each directorate for 2023 and 2022 (value, the year
 * before, evolution, every breakdown with its members) and the records behind each figure of 2023. An engine
 * change must give the same figures. Regenerate only for a deliberate change of meaning:
 * `UPDATE_GOLDEN=1 npx jest test/core/indicators-golden.spec.ts`, then read the diff.
 */
const GOLDEN = path.join(__dirname, 'indicators.golden.json');
const YEARS = [2023, 2022];
const INDICATORS = `query($y: Int!) { indicators(year: $y) {
  key directorate kind value previousValue evolution drillable
  breakdowns { dimension label items { member label value } } } }`;
const RECORDS = `query($k: String!, $y: Int!) { indicatorRecords(key: $k, year: $y, limit: 5) { columns { key } rows total } }`;

type Indicator = { key: string; directorate: string; drillable: boolean; value: number | null };

async function snapshot(t: TestApp) {
  const dgs = await t.as('dgs');
  // declared figures too: each declared key gets a value for both years
  const declared: Indicator[] = (await dgs.ok(INDICATORS, { y: 2023 })).indicators.filter(
    (i: Indicator & { kind: string }) => i.kind === 'DECLARED',
  );
  // values follow the keys' alphabetical order, not the report's order
  declared.sort((a, b) => a.key.localeCompare(b.key));
  for (const [n, i] of declared.entries())
    for (const year of YEARS)
      await dgs.ok(
        `mutation($k: String!, $y: Int!, $v: Float!) { declareIndicatorValue(key: $k, year: $y, value: $v) { key } }`,
        {
          k: i.key,
          y: year,
          v: (n + 1) * 10 + (year - 2022),
        },
      );
  const out: Record<string, Record<string, Indicator[]>> = {};
  const drill: Record<string, unknown> = {};
  for (const year of YEARS) {
    const list: Indicator[] = (await dgs.ok(INDICATORS, { y: year })).indicators;
    // grouped by directorate: the order across directorates is the report's, tested apart
    const byDirectorate: Record<string, Indicator[]> = {};
    for (const i of list) (byDirectorate[i.directorate] ??= []).push(i);
    out[year] = Object.fromEntries(
      Object.keys(byDirectorate)
        .sort()
        .map((d) => [d, byDirectorate[d]]),
    );
    if (year !== 2023) continue;
    for (const i of list.filter((x) => x.drillable))
      drill[i.key] = (await dgs.ok(RECORDS, { k: i.key, y: year })).indicatorRecords;
  }
  return { indicators: out, records: drill };
}

describe('the indicators of the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ activity: true });
  }, 180_000);
  afterAll(() => t.close());

  it('should give every value and breakdown of the golden file', async () => {
    const actual = await snapshot(t);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, `${JSON.stringify(actual, null, 1)}\n`);
    const expected = JSON.parse(fs.readFileSync(GOLDEN, 'utf8'));
    expect(actual).toEqual(expected);
    // the file is not empty: the two modules have figures both years
    expect(expected.indicators[2023].ads.find((i: Indicator) => i.key === 'ads.dossiers_instructed').value).toBe(2032);
    expect(expected.indicators[2022].fourriere.length).toBeGreaterThan(10);
  }, 120_000);
});
