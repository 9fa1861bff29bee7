import { fixedClock } from '../../src/core/kit/clock';
import { fourriereModule } from '../../src/modules/fourriere/fourriere.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

const FIGURES = 'indicatorKey label year before after';
const TARIFF_IMPACT = `query($i: FourriereTariffInput!) { fourriereTariffImpact(input: $i) { ${FIGURES} } }`;
const SET_TARIFF = `mutation($i: FourriereTariffInput!, $ok: Boolean) { setFourriereTariff(input: $i, confirmBackdated: $ok) { validFrom species } }`;
const TARIFFS = `{ fourriereTariffs { validFrom species } }`;
const CALENDAR_IMPACT = `query($i: FourriereCalendarInput!) { fourriereCalendarImpact(input: $i) { ${FIGURES} } }`;
const SET_CALENDAR = `mutation($i: FourriereCalendarInput!, $ok: Boolean) { setFourriereCalendar(input: $i, confirmBackdated: $ok) { history { validFrom } } }`;
const CALENDAR = `{ fourriereCalendar { history { validFrom } } }`;
const MANAGER_IMPACT = `query($i: FourriereManagerSettingInput!) { fourriereManagerSettingImpact(input: $i) { ${FIGURES} } }`;
const SET_MANAGER = `mutation($i: FourriereManagerSettingInput!, $ok: Boolean) { setFourriereManagerSetting(input: $i, confirmBackdated: $ok) { validFrom } }`;
const MANAGERS = `{ fourriereManagerSettings { validFrom } }`;

const REFUSAL = (day: string) =>
  `Date d’application dans une année déjà publiée (${day}) : ce changement modifie des chiffres publiés ; confirmez-le.`;
const tariff = (validFrom: string) => ({
  validFrom,
  species: 'DOG',
  captureCents: 7000,
  boardingPerDayCents: 1500,
  identificationCents: 6500,
  vetVisitCents: 3500,
});

// today is Monday 2 March 2026: 2025 and before are published years
describe('fourrière: a back-dated tariff, calendar or manager declaration is confirmed first', () => {
  let t: TestApp;
  let director: GqlClient;
  let admin: GqlClient;
  const auditCount = () =>
    t.app.db.read(async (em) => Number((await em.query(`SELECT count(*) AS n FROM audit_entry`))[0].n));
  beforeAll(async () => {
    t = await startTestApp({ modules: [fourriereModule], clock: fixedClock('2026-03-02') });
    director = await t.as('directeur.fourriere');
    admin = await t.as('admin');
  });
  afterAll(() => t.close());

  it('should list no published figure for a back-dated tariff (no indicator reads it) and write nothing', async () => {
    const audits = await auditCount();
    const r = await director.ok(TARIFF_IMPACT, { i: tariff('2024-01-01') });
    expect(r.fourriereTariffImpact).toEqual([]);
    expect((await director.ok(TARIFFS)).fourriereTariffs).toEqual([]);
    expect(await auditCount()).toBe(audits);
  });

  it('should refuse a back-dated tariff without confirmation, on its date, and save it once confirmed', async () => {
    const refused = await director.request(SET_TARIFF, { i: tariff('2024-01-01') });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    expect(refused.errors?.[0].message).toBe(REFUSAL('01/01/2024'));
    expect((await director.ok(TARIFFS)).fourriereTariffs).toEqual([]);

    await director.ok(SET_TARIFF, { i: tariff('2024-01-01'), ok: true });
    // a tariff from this year needs no confirmation
    await director.ok(SET_TARIFF, { i: tariff('2026-01-01') });
    expect((await director.ok(TARIFFS)).fourriereTariffs).toEqual([
      { validFrom: '2026-01-01', species: 'DOG' },
      { validFrom: '2024-01-01', species: 'DOG' },
    ]);
  });

  it('should refuse a back-dated calendar without confirmation, and save it once confirmed', async () => {
    const calendar = { validFrom: '2025-01-01', workedHolidays: ['Lundi de Pentecôte'], extraClosedDays: [] };
    const history = async () =>
      (await director.ok(CALENDAR)).fourriereCalendar.history.map((s: { validFrom: string }) => s.validFrom);
    const before = await history();
    expect((await director.ok(CALENDAR_IMPACT, { i: calendar })).fourriereCalendarImpact).toEqual([]);
    expect(await history()).toEqual(before);

    const refused = await director.request(SET_CALENDAR, { i: calendar });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    expect(refused.errors?.[0].message).toBe(REFUSAL('01/01/2025'));
    expect(await history()).toEqual(before);

    await director.ok(SET_CALENDAR, { i: calendar, ok: true });
    expect(await history()).toEqual(['2025-01-01', ...before]);
  });

  it('should refuse a back-dated manager declaration without confirmation, and save it once confirmed', async () => {
    const setting = { validFrom: '2023-01-01', managerName: 'SPA de Lens', refugeAssociation: true };
    expect((await admin.ok(MANAGER_IMPACT, { i: setting })).fourriereManagerSettingImpact).toEqual([]);
    expect((await director.ok(MANAGERS)).fourriereManagerSettings).toEqual([]);

    const refused = await admin.request(SET_MANAGER, { i: setting });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    expect(refused.errors?.[0].message).toBe(REFUSAL('01/01/2023'));
    expect((await director.ok(MANAGERS)).fourriereManagerSettings).toEqual([]);

    await admin.ok(SET_MANAGER, { i: setting, ok: true });
    expect((await director.ok(MANAGERS)).fourriereManagerSettings).toEqual([{ validFrom: '2023-01-01' }]);
  });
});
