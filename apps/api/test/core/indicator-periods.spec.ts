import { DIRECTORATE_KEYS } from '@call/domain';
import { count, defineCube } from '../../src/core/indicators/cube';
import { DeclaredIndicatorValue } from '../../src/core/indicators/declared-indicator-value.entity';
import type { DirectorateModule } from '../../src/core/module';
import { rhModule } from '../../src/modules/rh/rh.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { PROBE_INDICATORS, probeCube, probeModule, withDeclaredDirectorates } from '../support/probe-module';

const ADD = `mutation($i: ProbeInput!) { addProbeRecord(input: $i) { id } }`;
const INDICATORS = `query($y: Int!, $asOf: Date, $keys: [String!]) { indicators(year: $y, directorate: rh, asOf: $asOf, keys: $keys) {
  key kind value previousValue previousValueDeclared periodEnd previousPeriodEnd canDeclare drillable
  breakdowns { dimension items { member value } } } }`;
const SERIES = `query($keys: [String!]) { indicatorSeries(to: 2023, years: 5, directorate: rh, keys: $keys) {
  key points { year value declared } } }`;
const LENS = '62498';

/** The probe module takes over rh's declared key `rh.agents`: computed from 2023, declared until 2022. */
const takeover: DirectorateModule = {
  ...probeModule,
  indicators: [
    ...rhModule.indicators.filter((i) => i.key !== 'rh.agents'),
    ...PROBE_INDICATORS,
    probeCube.indicator('rh.agents', {
      label: 'Agents sur emploi permanent au 31 décembre',
      unit: 'count',
      measure: count(),
      time: 'happened',
      declaredUntil: 2022,
    }),
  ],
};

describe('indicator periods and declared histories', () => {
  let t: TestApp;
  let director: GqlClient;
  const get = async (variables: Record<string, unknown>) => {
    const r = await director.ok(INDICATORS, variables);
    return (key: string) => r.indicators.find((i: { key: string }) => i.key === key);
  };

  beforeAll(async () => {
    t = await startTestApp({ modules: withDeclaredDirectorates(takeover) });
    const agent = await t.as('agent.rh');
    director = await t.as('directeur.rh');
    const days: [string, string, number][] = [
      ['2019-04-02', 'a', 10],
      ['2020-07-14', 'b', 30],
      ['2020-09-01', 'a', 50],
      ['2022-03-10', 'a', 5],
      ['2022-06-01', 'b', 7],
      ['2023-02-28', 'a', 10],
      ['2023-05-31', 'b', 20],
      ['2023-06-01', 'a', 30],
      ['2023-11-02', 'a', 40],
      ['2024-02-29', 'b', 1],
    ];
    for (const [happenedOn, category, amount] of days)
      await agent.ok(ADD, { i: { happenedOn, category, communeInsee: LENS, amount } });
  });
  afterAll(() => t.close());

  it('should compare a year to date with the same date last year', async () => {
    const ytd = (await get({ y: 2023, asOf: '2023-05-31' }))('rh.probe_count');
    expect(ytd).toMatchObject({ value: 2, previousValue: 1, periodEnd: '2023-05-31', previousPeriodEnd: '2022-05-31' });
    // breakdowns belong to the period shown, not to the year compared
    expect(ytd.breakdowns.find((b: { dimension: string }) => b.dimension === 'month').items).toEqual([
      { member: '2', value: 1 },
      { member: '5', value: 1 },
    ]);
    const year = (await get({ y: 2023 }))('rh.probe_count');
    expect(year).toMatchObject({
      value: 4,
      previousValue: 2,
      periodEnd: '2023-12-31',
      previousPeriodEnd: '2022-12-31',
    });
    // a 29 February is compared with the 28th, included
    expect((await get({ y: 2024, asOf: '2024-02-29' }))('rh.probe_count')).toMatchObject({
      value: 1,
      previousValue: 1,
      previousPeriodEnd: '2023-02-28',
    });
    const records = `query { indicatorRecords(key: "rh.probe_count", year: 2023, asOf: "2023-05-31") { total rows } }`;
    expect((await director.ok(records)).indicatorRecords.total).toBe(2);
    const bad = await director.request(INDICATORS, { y: 2023, asOf: '2022-05-31' });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('should give a 5-year series in one call, each year computed alone', async () => {
    const r = await director.ok(SERIES, { keys: ['rh.probe_count', 'rh.probe_median_amount', 'rh.probe_share_a'] });
    const series = (key: string) =>
      r.indicatorSeries.find((s: { key: string }) => s.key === key).points.map((p: { value: number }) => p.value);
    expect(series('rh.probe_count')).toEqual([1, 2, 0, 2, 4]);
    expect(series('rh.probe_median_amount')).toEqual([10, 40, null, 6, 25]);
    expect(series('rh.probe_share_a')).toEqual([100, 50, null, 50, 75]);
    expect(r.indicatorSeries[0].points.map((p: { year: number }) => p.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
  });

  it('should keep the declared history of a key a module took over, shown as declared', async () => {
    // values the director entered while rh.agents was a declared figure
    await t.app.db.transaction((em) =>
      em.insert(DeclaredIndicatorValue, [
        { indicatorKey: 'rh.agents', year: 2021, value: '200', declaredBy: '00000000-0000-0000-0000-000000000000' },
        { indicatorKey: 'rh.agents', year: 2022, value: '210', declaredBy: '00000000-0000-0000-0000-000000000000' },
      ]),
    );
    expect((await get({ y: 2023 }))('rh.agents')).toMatchObject({
      kind: 'COMPUTED',
      value: 4,
      previousValue: 210,
      previousValueDeclared: true,
      canDeclare: false,
      drillable: true,
    });
    expect((await get({ y: 2022 }))('rh.agents')).toMatchObject({
      kind: 'DECLARED',
      value: 210,
      previousValue: 200,
      previousValueDeclared: true,
      canDeclare: true,
      drillable: false,
      breakdowns: [],
    });
    // the history may still be corrected; the computed years may not be typed
    const declare = `mutation($y: Int!) { declareIndicatorValue(key: "rh.agents", year: $y, value: 212) { value kind } }`;
    expect((await director.ok(declare, { y: 2022 })).declareIndicatorValue).toEqual({ value: 212, kind: 'DECLARED' });
    expect((await director.request(declare, { y: 2023 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const drill = await director.request(`query { indicatorRecords(key: "rh.agents", year: 2022) { total } }`);
    expect(drill.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const r = await director.ok(SERIES, { keys: ['rh.agents'] });
    expect(r.indicatorSeries[0].points).toEqual([
      { year: 2019, value: null, declared: true },
      { year: 2020, value: null, declared: true },
      { year: 2021, value: 200, declared: true },
      { year: 2022, value: 212, declared: true },
      { year: 2023, value: 4, declared: false },
    ]);
  });

  it('should list the report in the order of the directorates, whatever the order of the manifests', async () => {
    const dgs = await t.as('dgs');
    const list = (await dgs.ok(`query { indicators(year: 2023) { directorate } }`)).indicators.map(
      (i: { directorate: string }) => i.directorate,
    );
    const order = list.filter((d: string, i: number) => d !== list[i - 1]);
    expect(order).toEqual(DIRECTORATE_KEYS.filter((d) => list.includes(d)));
    // the declared-only directorates (RH, finances, juridique, communication: the five others have modules), the probe
    // standing as RH
    expect(order.length).toBe(4);
  });

  it('should refuse to start when a cube names a column the entities do not have', async () => {
    const renamed = defineCube({ ...probeCube, time: { happened: { kind: 'event', sql: '{CUBE}.happened_at' } } });
    const broken: DirectorateModule = { ...probeModule, cubes: [renamed] };
    await expect(startTestApp({ modules: [broken] })).rejects.toThrow(
      /rh\.probe_count : colonne inconnue probe_record\.happened_at/,
    );
  });
});
