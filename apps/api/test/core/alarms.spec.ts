import 'reflect-metadata';
import { fixedClock } from '../../src/core/kit/clock';
import { adsModule } from '../../src/modules/ads/ads.module';
import { fourriereModule } from '../../src/modules/fourriere/fourriere.module';
import { startTestApp, type TestApp, type GqlClient } from '../support/test-app';

const TODAY = '2026-11-28';
const ALARMS = `query($d: Directorate) { alarms(directorate: $d) { key directorate severity total preview { id reference dueDate detail path } } }`;
const RECORDS = `query($k: String!, $o: Int, $l: Int) { alarmRecords(key: $k, offset: $o, limit: $l) { total items { id reference dueDate path } } }`;

/** Every record of an alarm, page after page, as the director would scroll them. */
async function allRecords(c: GqlClient, key: string): Promise<{ total: number; ids: string[] }> {
  const ids: string[] = [];
  let total = 0;
  for (let offset = 0; offset === 0 || offset < total; offset += 100) {
    const page = (await c.ok(RECORDS, { k: key, o: offset, l: 100 })).alarmRecords;
    total = page.total;
    ids.push(...page.items.map((r: { id: string }) => r.id));
  }
  return { total, ids };
}

describe('alarms of the directorates, as of today', () => {
  let t: TestApp;
  const sqlIds = (sql: string) =>
    t.app.db.read(async (em) => (await em.query<{ id: string }[]>(sql, [TODAY])).map((r) => r.id).sort());

  beforeAll(async () => {
    t = await startTestApp({ activity: true, modules: [adsModule, fourriereModule], clock: fixedClock(TODAY) });
  }, 180_000);
  afterAll(() => t.close());

  it('should list exactly the ADS dossiers it counts: open, tacit within seven days', async () => {
    const director = await t.as('directeur.ads');
    const [alarm] = (await director.ok(ALARMS, { d: 'ads' })).alarms;
    expect(alarm).toMatchObject({ key: 'ads.close_to_tacit', directorate: 'ads', severity: 'WARNING' });
    const expected = await sqlIds(
      `SELECT id FROM ads_dossier WHERE status IN ('DEPOSITED','INCOMPLETE','COMPLETE','UNDER_INSTRUCTION')
         AND deadline BETWEEN $1::date AND $1::date + 7`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const { total, ids } = await allRecords(director, 'ads.close_to_tacit');
    expect(alarm.total).toBe(expected.length);
    expect(total).toBe(expected.length);
    expect(ids.sort()).toEqual(expected);
    expect(alarm.preview[0].path).toBe(`/ads/dossiers/${alarm.preview[0].id}`);
    // most urgent first
    const dates = alarm.preview.map((r: { dueDate: string }) => r.dueDate);
    expect([...dates].sort()).toEqual(dates);
  });

  it('should list exactly the animals kept past their holding period and not yet out', async () => {
    const director = await t.as('directeur.fourriere');
    const expected = await sqlIds(
      `SELECT a.id FROM fourriere_animal a LEFT JOIN fourriere_outcome o ON o.animal_id = a.id
        WHERE o.id IS NULL AND a.holding_end_on < $1::date`,
    );
    const [alarm] = (await director.ok(ALARMS, { d: 'fourriere' })).alarms;
    expect(alarm).toMatchObject({ key: 'fourriere.holding_ended', severity: 'DANGER', total: expected.length });
    const { ids } = await allRecords(director, 'fourriere.holding_ended');
    expect(ids.sort()).toEqual(expected);
  });

  it('should show a directorate’s alarms only to those who read it', async () => {
    const agent = await t.as('agent.fourriere');
    const keys = (await agent.ok(ALARMS, {})).alarms.map((a: { key: string }) => a.key);
    expect(keys).toEqual(['fourriere.holding_ended']);
    const refused = await agent.request(RECORDS, { k: 'ads.close_to_tacit' });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dgs = await t.as('dgs');
    const all = (await dgs.ok(ALARMS, {})).alarms.map((a: { key: string }) => a.key);
    expect(all).toEqual(expect.arrayContaining(['ads.close_to_tacit', 'fourriere.holding_ended']));
    const unknown = await dgs.request(RECORDS, { k: 'ads.nothing' });
    expect(unknown.errors?.[0].message).toMatch(/Alarme inconnue/);
  });
});
