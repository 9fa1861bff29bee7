import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { fixedClock } from '../../src/core/kit/clock';
import { CREMATORIUM_ALARMS } from '../../src/modules/crematorium/crematorium.alarms';
import { crematoriumModule } from '../../src/modules/crematorium/crematorium.module';
import { ASHES, BOOK, booking, COMPLETE, indicatorValue, PLANNING, RESCHEDULE, SCAN } from './crematorium.factories';

const CANCEL = `mutation($i: CrematoriumCancelInput!) { cancelCremation(input: $i) { id version status cancelledAt cancellationReason } }`;
const KEPT = `query { crematoriumKeptUrns(limit: 10) { total items { reference urnKeptUntil } } }`;
const LOAD = `query($y: Int!) { crematoriumLineLoad(year: $y) { code booked available utilisation } }`;

const alarm = (key: string) => CREMATORIUM_ALARMS.find((a) => a.key === key)!;

describe('crématorium: ceremony room, cancellation, urns alarms, line utilisation', () => {
  let t: TestApp;
  let agent: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ modules: [crematoriumModule], clock: fixedClock('2024-03-01T10:00:00+01:00') });
    agent = await t.as('agent.crematorium');
  });
  afterAll(() => t.close());

  it('should refuse in French a ceremony room already taken at that time, on any line', async () => {
    await agent.ok(BOOK, { i: booking({ ceremonyRoom: true }) });
    const clash = await agent.request(BOOK, {
      i: booking({ deceasedLastName: 'Durand', lineCode: 'L2', ceremonyRoom: true }),
    });
    expect(clash.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'ceremonyRoom' });
    expect(clash.errors?.[0].message).toMatch(
      /^La salle de cérémonie est déjà réservée de 10:00 à 12:00 le 08\/03\/2023 \(CR-\d{6}, Ligne 1\)/,
    );
    // the other line without the room, and the room once the first slot is over, are free
    await agent.ok(BOOK, { i: booking({ deceasedLastName: 'Durand', lineCode: 'L2' }) });
    await agent.ok(BOOK, {
      i: booking({
        deceasedLastName: 'Petit',
        lineCode: 'L2',
        ceremonyRoom: true,
        startsAt: '2023-03-08T11:00:00.000Z',
      }),
    });
  });

  it('should refuse moving a booking with the room onto a slot where the room is taken', async () => {
    const c = (
      await agent.ok(BOOK, {
        i: booking({ deceasedLastName: 'Roux', ceremonyRoom: true, startsAt: '2023-03-09T07:00:00.000Z' }),
      })
    ).bookCremation;
    const r = await agent.request(RESCHEDULE, {
      i: {
        cremationId: c.id,
        expectedVersion: c.version,
        lineCode: 'L1', // free from 12:00, but the room is Petit's (line 2) until 14:00
        startsAt: '2023-03-08T11:00:00.000Z',
        reason: 'Demande de la famille',
      },
    });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'ceremonyRoom' });
  });

  it('should cancel a booking in one audited transaction and free its slot and the room', async () => {
    const c = (
      await agent.ok(BOOK, {
        i: booking({ deceasedLastName: 'Leroy', ceremonyRoom: true, startsAt: '2023-03-10T07:00:00.000Z' }),
      })
    ).bookCremation;
    const stale = await agent.request(CANCEL, { i: { cremationId: c.id, expectedVersion: 0, reason: 'x' } });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const cancelled = (
      await agent.ok(CANCEL, { i: { cremationId: c.id, expectedVersion: c.version, reason: 'Inhumation finalement' } })
    ).cancelCremation;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Inhumation finalement' });
    const audit = await t.app.db.read((em) =>
      em.query(`SELECT action FROM audit_entry WHERE entity_id = $1 ORDER BY id`, [c.id]),
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'cancel']);
    const again = await agent.request(CANCEL, {
      i: { cremationId: c.id, expectedVersion: cancelled.version, reason: 'encore' },
    });
    expect(again.errors?.[0].message).toBe('Cette réservation est déjà annulée.');
    // the same slot, with the room, can be booked again; the planning no longer shows the cancelled one
    const other = await agent.ok(BOOK, {
      i: booking({ deceasedLastName: 'Morel', ceremonyRoom: true, startsAt: '2023-03-10T07:00:00.000Z' }),
    });
    const day = await agent.ok(PLANNING, { d: '2023-03-10' });
    expect(day.crematoriumPlanning.map((p: { id: string }) => p.id)).toEqual([other.bookCremation.id]);
    const scan = await agent.request(SCAN, {
      i: { cremationId: c.id, scannedAt: '2023-03-10T07:30:00.000Z', result: 'CLEAR' },
    });
    expect(scan.errors?.[0].message).toBe('Cette réservation est annulée.');
  });

  it('should count line utilisation per line and month from booked over offered slots, cancelled ones left out', async () => {
    const load = (await agent.ok(LOAD, { y: 2023 })).crematoriumLineLoad as { code: string; booked: number }[];
    const booked = Object.fromEntries(load.map((l) => [l.code, l.booked]));
    const value = await indicatorValue(agent, 2023, 'crematorium.occupation_lignes');
    // 5 slots a day on each line (08:00–18:00 by 2 h), 365 days, two lines
    const total = booked.L1 + booked.L2;
    expect(booked).toEqual({ L1: 3, L2: 2 }); // Leroy, cancelled, left out
    expect(value).toBeCloseTo((100 * total) / (2 * 5 * 365), 2); // shown to two decimals
  });

  async function keepUrn(lastName: string, startsAt: string, deathAt: string, authorisationOn: string) {
    const c = (await agent.ok(BOOK, { i: booking({ deceasedLastName: lastName, startsAt, deathAt, authorisationOn }) }))
      .bookCremation;
    await agent.ok(SCAN, { i: { cremationId: c.id, scannedAt: startsAt, result: 'CLEAR' } });
    const done = await agent.ok(COMPLETE, {
      i: {
        cremationId: c.id,
        expectedVersion: c.version,
        completedAt: new Date(Date.parse(startsAt) + 5400_000).toISOString(),
      },
    });
    await agent.ok(ASHES, {
      i: {
        cremationId: c.id,
        expectedVersion: done.completeCremation.version,
        fate: 'KEPT',
        on: done.completeCremation.cremationOn,
        person: 'Crématorium',
      },
    });
    return c.reference as string;
  }

  it('should list exactly the urns it counts: close to a year, and past it', async () => {
    // today 1 March 2024: kept until 2024-03-15 (warning), 2024-02-20 (past), 2024-06-01 (neither)
    const soon = await keepUrn('Alarme', '2023-03-15T08:00:00.000Z', '2023-03-13T09:00:00.000Z', '2023-03-14');
    const past = await keepUrn('Depasse', '2023-02-20T08:00:00.000Z', '2023-02-18T09:00:00.000Z', '2023-02-19');
    await keepUrn('Tranquille', '2023-06-01T07:00:00.000Z', '2023-05-30T09:00:00.000Z', '2023-05-31');

    const warning = await t.app.db.read((em) =>
      alarm('crematorium.urnes_bientot_un_an').find(em, '2024-03-01', { limit: 10, offset: 0 }),
    );
    expect(warning.total).toBe(1);
    expect(warning.rows).toEqual([
      expect.objectContaining({
        reference: soon,
        dueDate: '2024-03-15',
        detail: 'Délai d’un an atteint dans 14 jours',
      }),
    ]);
    const danger = await t.app.db.read((em) =>
      alarm('crematorium.urnes_plus_un_an').find(em, '2024-03-01', { limit: 10, offset: 0 }),
    );
    expect(danger).toEqual({
      total: 1,
      rows: [expect.objectContaining({ reference: past, dueDate: '2024-02-20', detail: 'Délai dépassé de 10 jours' })],
    });
    expect(alarm('crematorium.urnes_plus_un_an').recordPath('x')).toBe('/crematorium/cremations/x');
    // a page past the end still counts them all
    const empty = await t.app.db.read((em) =>
      alarm('crematorium.urnes_plus_un_an').find(em, '2024-03-01', { limit: 10, offset: 5 }),
    );
    expect(empty).toEqual({ total: 1, rows: [] });
    const kept = (await agent.ok(KEPT)).crematoriumKeptUrns;
    expect(kept.total).toBe(3);
    expect(kept.items.map((k: { reference: string }) => k.reference).slice(0, 2)).toEqual([past, soon]);
  });
});
