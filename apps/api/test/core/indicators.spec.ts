import ExcelJS from 'exceljs';
import { startTestApp, type TestApp, type GqlClient } from '../support/test-app';
import { probeModule, withDeclaredDirectorates } from '../support/probe-module';

const INDICATORS = `query($y: Int!, $d: Directorate) { indicators(year: $y, directorate: $d) { key kind value previousValue evolution drillable canDeclare breakdowns { dimension items { member label value } } } }`;
const ADD = `mutation($i: ProbeInput!) { addProbeRecord(input: $i) { id } }`;
const LENS = '62498';
const LIEVIN = '62510';

describe('the indicator engine', () => {
  let t: TestApp;
  let agent: GqlClient;
  let director: GqlClient;
  const probe = async (c: GqlClient, year = 2023) => {
    const r = await c.ok(INDICATORS, { y: year, d: 'rh' });
    return (key: string) => r.indicators.find((i: { key: string }) => i.key === key);
  };

  beforeAll(async () => {
    t = await startTestApp({ modules: withDeclaredDirectorates(probeModule) });
    agent = await t.as('agent.rh');
    director = await t.as('directeur.rh');
  });
  afterAll(() => t.close());

  it('should change an indicator as soon as a record is saved, computed in SQL', async () => {
    expect((await probe(director))('rh.probe_count').value).toBe(0);
    await agent.ok(ADD, { i: { happenedOn: '2023-03-10', category: 'a', communeInsee: LENS, amount: 10 } });
    expect((await probe(director))('rh.probe_count').value).toBe(1);
    await agent.ok(ADD, { i: { happenedOn: '2023-03-31', category: 'b', communeInsee: LIEVIN, amount: 30 } });
    await agent.ok(ADD, { i: { happenedOn: '2023-11-02', category: 'a', communeInsee: LENS, amount: 20 } });
    await agent.ok(ADD, { i: { happenedOn: '2022-06-01', category: 'a', communeInsee: LENS, amount: 5 } });
    await agent.ok(ADD, { i: { happenedOn: '2024-01-01', category: 'a', communeInsee: LENS, amount: 5 } });
    const get = await probe(director);
    const count = get('rh.probe_count');
    expect(count).toMatchObject({ kind: 'COMPUTED', value: 3, previousValue: 1, evolution: 200, drillable: true });
    const by = (dim: string) => count.breakdowns.find((b: { dimension: string }) => b.dimension === dim).items;
    expect(by('month')).toEqual([
      { member: '3', label: 'mars', value: 2 },
      { member: '11', label: 'novembre', value: 1 },
    ]);
    expect(by('category')).toEqual([
      { member: 'a', label: 'Catégorie A', value: 2 },
      { member: 'b', label: 'Catégorie B', value: 1 },
    ]);
    expect(by('commune')).toEqual([
      { member: LENS, label: 'Lens', value: 2 },
      { member: LIEVIN, label: 'Liévin', value: 1 },
    ]);
    expect(get('rh.probe_median_amount').value).toBe(20);
    expect(get('rh.probe_share_a').value).toBeCloseTo(66.67, 2);
  });

  it('should name the field of a bad input in French, with the label of its own input', async () => {
    const r = await agent.request(ADD, {
      i: { happenedOn: '2023-03-10', category: '', communeInsee: LENS, amount: 1 },
    });
    expect(r.errors?.[0]).toMatchObject({
      message: 'Catégorie de test : doit faire de 1 à 20 caractères.',
      extensions: { code: 'BAD_USER_INPUT', field: 'category' },
    });
  });

  it('should list the records behind a figure and behind a breakdown member', async () => {
    const q = `query($k: String!, $d: String, $m: String) { indicatorRecords(key: $k, year: 2023, dimension: $d, member: $m) { columns { key label } rows total } }`;
    const all = (await director.ok(q, { k: 'rh.probe_count' })).indicatorRecords;
    expect(all.total).toBe(3);
    expect(all.columns.map((c: { label: string }) => c.label)).toEqual(['Date', 'Commune', 'Montant']);
    const lievin = (await director.ok(q, { k: 'rh.probe_count', d: 'commune', m: LIEVIN })).indicatorRecords;
    expect(lievin.total).toBe(1);
    expect(lievin.rows[0]).toEqual({ date: '2023-03-31', commune: 'Liévin', amount: 30 });
    const march = (await director.ok(q, { k: 'rh.probe_count', d: 'month', m: '3' })).indicatorRecords;
    expect(march.total).toBe(2);
    // every page carries the total; a page past the last still says it
    const paged = `query($o: Int!) { indicatorRecords(key: "rh.probe_count", year: 2023, offset: $o, limit: 2) { rows total } }`;
    const first = (await director.ok(paged, { o: 0 })).indicatorRecords;
    expect([first.rows.length, first.total]).toEqual([2, 3]);
    expect(Object.keys(first.rows[0])).toEqual(['date', 'commune', 'amount']);
    const beyond = (await director.ok(paged, { o: 4 })).indicatorRecords;
    expect([beyond.rows.length, beyond.total]).toEqual([0, 3]);
    // the records behind a share are those of its numerator, with coded values shown by their labels
    const share = (await director.ok(q, { k: 'rh.probe_share_a' })).indicatorRecords;
    expect(share.rows).toEqual([{ category: 'Catégorie A' }, { category: 'Catégorie A' }]);
    const bad = await director.request(q, { k: 'rh.probe_count', d: 'nope', m: 'x' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should keep indicators to the directorates a user may read', async () => {
    const other = await t.as('directeur.ads');
    const r = await other.ok(`query { indicators(year: 2023) { key directorate } }`);
    expect(r.indicators.every((i: { directorate: string }) => i.directorate === 'ads')).toBe(true);
    const denied = await other.request(INDICATORS, { y: 2023, d: 'rh' });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const drill = await other.request(`query { indicatorRecords(key: "rh.probe_count", year: 2023) { total } }`);
    expect(drill.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dgs = await t.as('dgs');
    const all = (await dgs.ok(`query { indicators(year: 2023) { key } }`)).indicators.map(
      (i: { key: string }) => i.key,
    );
    expect(all).toEqual(
      expect.arrayContaining(['rh.probe_count', 'finances.budget_total', 'juridique.marches_notifies']),
    );
  });

  it('should let a director or the DGS declare a yearly value, and no one else', async () => {
    const declare = `mutation($v: Float!) { declareIndicatorValue(key: "rh.agents", year: 2023, value: $v) { value previousValue canDeclare } }`;
    expect((await director.ok(declare, { v: 240 })).declareIndicatorValue).toMatchObject({
      value: 240,
      previousValue: null,
      canDeclare: true,
    });
    const refused = await agent.request(declare, { v: 1 });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const negative = await director.request(declare, { v: -3 });
    expect(negative.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'value' } });
    const dgs = await t.as('dgs');
    expect((await dgs.ok(declare, { v: 241 })).declareIndicatorValue.value).toBe(241);
    const computed = await director.request(
      `mutation { declareIndicatorValue(key: "rh.probe_count", year: 2023, value: 3) { value } }`,
    );
    expect(computed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const trail = await t.app.db.read((em) =>
      em.query(`SELECT user_login, changes FROM audit_entry WHERE entity = 'DeclaredIndicatorValue' ORDER BY id`),
    );
    expect(trail).toEqual([
      { user_login: 'directeur.rh', changes: { from: null, to: 240 } },
      { user_login: 'dgs', changes: { from: 240, to: 241 } },
    ]);
  });

  it('should export the report of the year as a workbook with the computed figures', async () => {
    const dgs = await t.as('dgs');
    const file = (await dgs.ok(`query { indicatorReport(year: 2023) { filename mimeType base64 } }`)).indicatorReport;
    expect(file.filename).toBe('rapport-activites-2023.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const rows = wb.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0].slice(1, 7)).toEqual(['Direction', 'Indicateur', 'Unité', '2023', '2022', 'Évolution (%)']);
    const probe = rows.find((r) => r[8] === 'rh.probe_count')!;
    expect(probe.slice(1, 7)).toEqual([
      'Ressources et relations humaines',
      'Enregistrements de test',
      'nombre',
      3,
      1,
      200,
    ]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Rapport 2023', 'Ressources et relations humain…']);
  });
});
