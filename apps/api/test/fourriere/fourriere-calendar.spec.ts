import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { fourriereModule } from '../../src/modules/fourriere/fourriere.module';
import { fixedClock } from '../../src/core/kit/clock';
import { dogIntake, INTAKE } from './fourriere.factories';

// The pound's clock is fixed on Sunday 1 June 2025, so the settings' situation does not depend on the day the tests run.
const TODAY = '2025-06-01';
const at = (day: string) => `${day}T09:00:00.000Z`;
const SETTING = 'validFrom workedHolidays extraClosedDays status recordedByLogin';
const CALENDAR = `query { fourriereCalendar { inForce { ${SETTING} } history { ${SETTING} } } }`;
const SET_CALENDAR = `mutation($i: FourriereCalendarInput!) { setFourriereCalendar(input: $i, confirmBackdated: true) { inForce { validFrom } history { validFrom status } } }`;
const ANIMAL_END = `query($id: ID!) { fourriereAnimal(id: $id) { holdingEnd } }`;

describe('fourrière: the dated working calendar of the holding period, through GraphQL', () => {
  let t: TestApp;
  let agent: GqlClient;
  let director: GqlClient;
  const intakeEnd = async (day: string): Promise<{ id: string; holdingEnd: string }> =>
    (
      await agent.ok(INTAKE, {
        i: dogIntake({ intakeAt: at(day), identificationKind: 'NONE', identificationNumber: null }),
      })
    ).recordFourriereIntake[0];

  beforeAll(async () => {
    t = await startTestApp({ modules: [fourriereModule], clock: fixedClock(TODAY) });
    agent = await t.as('agent.fourriere');
    director = await t.as('directeur.fourriere');
  });
  afterAll(() => t.close());

  it('should start with the default calendar from 2015, readable by the directorate only', async () => {
    const d = await agent.ok(CALENDAR);
    const setting = {
      validFrom: '2015-01-01',
      workedHolidays: [],
      extraClosedDays: [],
      status: 'IN_FORCE',
      recordedByLogin: 'calendrier par défaut',
    };
    expect(d.fourriereCalendar).toEqual({ inForce: setting, history: [setting] });
    const other = await (await t.as('agent.ads')).request(CALENDAR);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('should end the holding period one working day earlier when Whit Monday is worked, and keep the end already stored', async () => {
    // Friday 17 May 2024, Whit Monday the 20th closed: Tue 21 … Fri 24 (4), Mon 27 … Thu 30 (8)
    const before = await intakeEnd('2024-05-17');
    expect(before.holdingEnd).toBe('2024-05-30');

    const set = await director.ok(SET_CALENDAR, {
      i: { validFrom: '2024-01-01', workedHolidays: ['Lundi de Pentecôte'], extraClosedDays: [] },
    });
    expect(set.setFourriereCalendar).toEqual({
      inForce: { validFrom: '2024-01-01' },
      history: [
        { validFrom: '2024-01-01', status: 'IN_FORCE' },
        { validFrom: '2015-01-01', status: 'SUPERSEDED' },
      ],
    });

    // the same Friday, now with Whit Monday worked: Mon 20 … Fri 24 (5), Mon 27 … Wed 29 (8)
    expect((await intakeEnd('2024-05-17')).holdingEnd).toBe('2024-05-29');
    // the dog already in custody keeps its end
    expect((await agent.ok(ANIMAL_END, { id: before.id })).fourriereAnimal.holdingEnd).toBe('2024-05-30');
    // an intake before the new setting's date runs on the former calendar (Whit Monday 29 May 2023 closed)
    expect((await intakeEnd('2023-05-26')).holdingEnd).toBe('2023-06-08');

    const [entry] = await t.app.db.read((em) =>
      em.query(`SELECT user_login AS "login", action, changes FROM audit_entry WHERE entity = 'FourriereCalendar'`),
    );
    expect(entry).toEqual({
      login: 'directeur.fourriere',
      action: 'create',
      changes: {
        validFrom: '2024-01-01',
        workedHolidays: { from: null, to: ['Lundi de Pentecôte'] },
        extraClosedDays: { from: null, to: [] },
      },
    });
  });

  it('should end the holding period one day later for an extra closed day', async () => {
    // Monday 10 March 2025 on the 2024 setting: Tue 11 … Fri 14 (4), Mon 17 … Thu 20 (8)
    expect((await intakeEnd('2025-03-10')).holdingEnd).toBe('2025-03-20');
    await director.ok(SET_CALENDAR, {
      i: { validFrom: '2025-01-01', workedHolidays: [], extraClosedDays: ['2025-03-14'] },
    });
    // closed on Friday 14: Tue 11 … Thu 13 (3), Mon 17 … Fri 21 (8)
    expect((await intakeEnd('2025-03-10')).holdingEnd).toBe('2025-03-21');

    await director.ok(SET_CALENDAR, {
      i: {
        validFrom: '2026-01-01',
        workedHolidays: ['Ascension', 'Lundi de Pentecôte'],
        extraClosedDays: ['2026-12-24', '2026-08-14'],
      },
    });
    const d = await agent.ok(CALENDAR);
    expect(d.fourriereCalendar.inForce).toMatchObject({ validFrom: '2025-01-01', extraClosedDays: ['2025-03-14'] });
    expect(
      d.fourriereCalendar.history.map((s: { validFrom: string; status: string }) => `${s.validFrom} ${s.status}`),
    ).toEqual(['2026-01-01 UPCOMING', '2025-01-01 IN_FORCE', '2024-01-01 SUPERSEDED', '2015-01-01 SUPERSEDED']);
    // closed days are kept in calendar order
    expect(d.fourriereCalendar.history[0]).toMatchObject({
      workedHolidays: ['Ascension', 'Lundi de Pentecôte'],
      extraClosedDays: ['2026-08-14', '2026-12-24'],
      recordedByLogin: 'directeur.fourriere',
    });

    // the same date again replaces that setting
    await director.ok(SET_CALENDAR, { i: { validFrom: '2026-01-01', workedHolidays: [], extraClosedDays: [] } });
    const again = await agent.ok(CALENDAR);
    expect(again.fourriereCalendar.history).toHaveLength(4);
    expect(again.fourriereCalendar.history[0]).toMatchObject({
      validFrom: '2026-01-01',
      workedHolidays: [],
      extraClosedDays: [],
    });
  });

  it('should refuse the calendar to an agent, and an unknown holiday, an invalid or repeated day, naming the field in French', async () => {
    const byAgent = await agent.request(SET_CALENDAR, {
      i: { validFrom: '2025-07-01', workedHolidays: [], extraClosedDays: [] },
    });
    expect(byAgent.errors?.[0]).toMatchObject({
      message: 'Seul le directeur de la fourrière modifie le calendrier des jours ouvrés.',
      extensions: { code: 'FORBIDDEN' },
    });

    const holiday = await director.request(SET_CALENDAR, {
      i: { validFrom: '2025-07-01', workedHolidays: ['Saint-Éloi'], extraClosedDays: [] },
    });
    expect(holiday.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'workedHolidays.0' });
    expect(holiday.errors?.[0].message).toMatch(
      /^Jours fériés travaillés : « Saint-Éloi » n’est pas un jour férié \(choix possibles : Jour de l'an, Lundi de Pâques, /,
    );

    const invalid = await director.request(SET_CALENDAR, {
      i: { validFrom: '2025-07-01', workedHolidays: [], extraClosedDays: ['2025-07-14', '2025-02-30'] },
    });
    expect(invalid.errors?.[0]).toMatchObject({
      message:
        'Jours de fermeture supplémentaires : « 2025-02-30 » n’est pas une date valide (format attendu AAAA-MM-JJ).',
      extensions: { code: 'BAD_USER_INPUT', field: 'extraClosedDays.1' },
    });

    const twice = await director.request(SET_CALENDAR, {
      i: { validFrom: '2025-07-01', workedHolidays: [], extraClosedDays: ['2025-08-14', '2025-08-14'] },
    });
    expect(twice.errors?.[0]).toMatchObject({
      message: 'Jours de fermeture supplémentaires : le 14/08/2025 figure deux fois.',
      extensions: { code: 'BAD_USER_INPUT', field: 'extraClosedDays.1' },
    });

    const badFrom = await director.request(SET_CALENDAR, {
      i: { validFrom: '2025-13-01', workedHolidays: [], extraClosedDays: [] },
    });
    expect(badFrom.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // nothing was written by the refused attempts
    expect((await agent.ok(CALENDAR)).fourriereCalendar.history).toHaveLength(4);
  });
});
