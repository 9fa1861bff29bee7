import { fixedClock } from '../../src/core/kit/clock';
import { pretMaterielModule } from '../../src/modules/pret-materiel/pret-materiel.module';
import { startTestApp, type TestApp, type GqlClient } from '../support/test-app';

const INDICATORS = `query($y: Int!) { indicators(year: $y, directorate: pret_materiel) {
  key kind riseIs value previousValue evolution previousValueDeclared declaredSource } }`;
const SERIES = `query($keys: [String!]) { indicatorSeries(to: 2023, years: 8, directorate: pret_materiel, keys: $keys) {
  key riseIs points { year value declared source } } }`;
const DECLARE = `mutation($k: String!, $y: Int!, $v: Float!, $s: String) {
  declareIndicatorValue(key: $k, year: $y, value: $v, source: $s) { key value kind declaredSource } }`;

interface Point {
  year: number;
  value: number | null;
  declared: boolean;
  source: string | null;
}

/** What the dashboards read: whether a rise is good news, and the declared history with its source. */
describe('indicators for the dashboards', () => {
  let t: TestApp;
  let director: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ activity: true, modules: [pretMaterielModule], clock: fixedClock('2024-03-15') });
    director = await t.as('directeur.pret_materiel');
  }, 600_000);
  afterAll(() => t.close());

  it('should report a bad-when-up indicator as such, a good one as good, and neutral by default', async () => {
    const list = (await director.ok(INDICATORS, { y: 2023 })).indicators as { key: string; riseIs: string }[];
    const rise = new Map(list.map((i) => [i.key, i.riseIs]));
    expect(rise.get('pret_materiel.reparations')).toBe('BAD');
    expect(rise.get('pret_materiel.cout_reparations')).toBe('BAD');
    expect(rise.get('pret_materiel.demandes')).toBe('GOOD');
    expect(rise.get('pret_materiel.interventions')).toBe('NEUTRAL');
    const series = (await director.ok(SERIES, { keys: ['pret_materiel.reparations'] })).indicatorSeries;
    expect(series).toEqual([expect.objectContaining({ key: 'pret_materiel.reparations', riseIs: 'BAD' })]);
  });

  it('should flag the back-filled years as declared, each with its source, and the computed ones without', async () => {
    const s = (await director.ok(SERIES, { keys: ['pret_materiel.communes_interessees'] })).indicatorSeries[0];
    const points = s.points as Point[];
    expect(points.find((p) => p.year === 2016)).toEqual({
      year: 2016,
      value: 32,
      declared: true,
      source: 'Rapport d’activités 2016 de la CALL',
    });
    expect(points.filter((p) => p.declared).map((p) => p.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(points.filter((p) => p.declared).every((p) => p.source?.startsWith('Rapport d’activités'))).toBe(true);
    expect(points.find((p) => p.year === 2023)).toEqual({ year: 2023, value: 30, declared: false, source: null });
  });

  it('should keep the source a director gives with a back-filled value, else the indicator’s own', async () => {
    // 2019 is before the module took over the requests (declared until 2021)
    const d = (
      await director.ok(DECLARE, { k: 'pret_materiel.demandes', y: 2019, v: 151, s: ' Rapport d’activités 2019 ' })
    ).declareIndicatorValue;
    expect(d).toMatchObject({ value: 151, kind: 'DECLARED', declaredSource: 'Rapport d’activités 2019' });
    await director.ok(DECLARE, { k: 'pret_materiel.demandes', y: 2020, v: 120 });
    const s = (await director.ok(SERIES, { keys: ['pret_materiel.demandes'] })).indicatorSeries[0];
    const at = (y: number) => (s.points as Point[]).find((p) => p.year === y);
    expect(at(2019)).toEqual({ year: 2019, value: 151, declared: true, source: 'Rapport d’activités 2019' });
    expect(at(2020)).toEqual({ year: 2020, value: 120, declared: true, source: null });
    expect(at(2018)).toEqual({ year: 2018, value: null, declared: true, source: null });
    expect(at(2022)?.declared).toBe(false);
    // the year after the last declared one compares with a declared value, and says where it comes from
    const i = (await director.ok(INDICATORS, { y: 2022 })).indicators.find(
      (x: { key: string }) => x.key === 'pret_materiel.communes_interessees',
    );
    expect(i).toMatchObject({ kind: 'DECLARED', value: 29, declaredSource: 'Rapport d’activités 2022 de la CALL' });
  });

  it('should sort the records behind a figure, link each to its page and export them in French formats', async () => {
    const q = `query($s: String, $d: Boolean!) { indicatorRecords(key: "pret_materiel.demandes", year: 2023, limit: 500, sort: $s, descending: $d) {
      columns { key } rows paths total } }`;
    const page = (await director.ok(q, { s: null, d: false })).indicatorRecords;
    expect(page.total).toBe(165);
    expect(page.paths).toHaveLength(165);
    expect(page.paths.every((p: string) => /^\/pret-materiel\/demandes\/[0-9a-f-]{36}$/.test(p))).toBe(true);
    const sortKey = page.columns[0].key as string;
    const desc = (await director.ok(q, { s: sortKey, d: true })).indicatorRecords;
    const firsts = desc.rows.map((r: Record<string, string>) => r[sortKey]);
    expect(firsts).toEqual([...firsts].sort().reverse());
    const bad = await director.request(q, { s: 'nope', d: false });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const exp = `query($f: IndicatorExportFormat!) { indicatorRecordsExport(key: "pret_materiel.demandes", year: 2023, format: $f) { filename base64 } }`;
    const csv = (await director.ok(exp, { f: 'CSV' })).indicatorRecordsExport;
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(166);
    expect(lines[1]).toMatch(/;\d{2}\/\d{2}\/2023/);
    const xlsx = (await director.ok(exp, { f: 'XLSX' })).indicatorRecordsExport;
    expect(xlsx.filename).toMatch(/\.xlsx$/);

    const report = `query { indicatorReport(year: 2023, directorate: pret_materiel, format: CSV) { base64 } }`;
    const r = Buffer.from((await director.ok(report)).indicatorReport.base64, 'base64').toString('utf8');
    // French decimals (comma) and the declared source in its own column
    expect(r).toContain('Heures d’intervention;heures;31/12/2023;697;658,5;5,85;calculé;;');
    expect(r).toContain(
      'Communes ayant fait au moins une demande;nombre;31/12/2023;30;29;3,45;calculé;Rapport d’activités 2022',
    );
  });
});
