import { crematoriumModule } from '../../src/modules/crematorium/crematorium.module';
import { fourriereModule } from '../../src/modules/fourriere/fourriere.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import {
  ALLOCATE,
  ASHES,
  BOOK,
  booking,
  COMPLETE,
  indicatorValue,
  METAL_LOT,
  PLANNING,
  PROTOCOL,
  RESCHEDULE,
  SCAN,
} from './crematorium.factories';

describe('crématorium: booking, X-ray tunnel, completion, through GraphQL', () => {
  let t: TestApp;
  let agent: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ modules: [crematoriumModule, fourriereModule] });
    agent = await t.as('agent.crematorium');
  });
  afterAll(() => t.close());

  it('should book a slot and refuse a second booking overlapping it on the same line', async () => {
    const first = (await agent.ok(BOOK, { i: booking() })).bookCremation;
    expect(first).toMatchObject({
      lineName: 'Ligne 1',
      cremationOn: '2023-03-08',
      status: 'BOOKED',
      latestLegalDay: '2023-03-13',
    });
    expect(first.reference).toMatch(/^CR-\d{6}$/);
    const overlap = await agent.request(BOOK, {
      i: booking({ deceasedLastName: 'Durand', startsAt: '2023-03-08T10:00:00.000Z' }),
    });
    expect(overlap.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'startsAt' });
    expect(overlap.errors?.[0].message).toMatch(
      /La Ligne 1 est déjà réservée à ce moment-là \(CR-\d{6}, 10:00 le 08\/03\/2023\)/,
    );
    // the other line is free, and the next slot of the same line too
    await agent.ok(BOOK, { i: booking({ deceasedLastName: 'Durand', lineCode: 'L2' }) });
    await agent.ok(BOOK, { i: booking({ deceasedLastName: 'Petit', startsAt: '2023-03-08T11:00:00.000Z' }) });
    const day = await agent.ok(PLANNING, { d: '2023-03-08' });
    expect(day.crematoriumPlanning.map((c: { lineCode: string }) => c.lineCode)).toEqual(['L1', 'L1', 'L2']);
  });

  it('should refuse a booking outside the legal window without a prefect’s derogation, and accept it with one', async () => {
    // death Monday 6 March 2023: 6 days without Sundays → Monday 13 March at the latest (R2213-35 before 2024-790)
    const late = booking({ deceasedLastName: 'Leroy', startsAt: '2023-03-14T09:00:00.000Z' });
    const r = await agent.request(BOOK, { i: late });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(r.errors?.[0].message).toContain('au plus tard le 13/03/2023');
    const early = await agent.request(BOOK, {
      i: booking({ deceasedLastName: 'Leroy', startsAt: '2023-03-07T07:00:00.000Z' }),
    });
    expect(early.errors?.[0].message).toContain('moins de 24 heures');
    const ok = await agent.ok(BOOK, { i: { ...late, derogationRef: 'Arrêté préfectoral 2023-117' } });
    expect(ok.bookCremation.derogationRef).toBe('Arrêté préfectoral 2023-117');
  });

  it('should refuse a slot outside the opening hours and a body without the prosthesis certificate', async () => {
    const night = await agent.request(BOOK, { i: booking({ startsAt: '2023-03-09T18:00:00.000Z' }) });
    expect(night.errors?.[0].extensions?.field).toBe('startsAt');
    expect(night.errors?.[0].message).toContain('hors des horaires');
    const noCert = await agent.request(BOOK, {
      i: booking({ startsAt: '2023-03-09T07:00:00.000Z', prosthesisCertificate: false }),
    });
    expect(noCert.errors?.[0].extensions?.field).toBe('prosthesisCertificate');
  });

  it('should keep the previous slot when a booking is moved', async () => {
    const c = (await agent.ok(BOOK, { i: booking({ deceasedLastName: 'Roux', startsAt: '2023-03-09T07:00:00.000Z' }) }))
      .bookCremation;
    const moved = (
      await agent.ok(RESCHEDULE, {
        i: {
          cremationId: c.id,
          expectedVersion: c.version,
          lineCode: 'L2',
          startsAt: '2023-03-09T13:00:00.000Z',
          reason: 'Demande de la famille',
        },
      })
    ).rescheduleCremation;
    expect(moved).toMatchObject({ lineCode: 'L2', version: c.version + 1 });
    expect(moved.reschedules).toEqual([
      {
        fromLineCode: 'L1',
        fromStartsAt: '2023-03-09T07:00:00.000Z',
        toLineCode: 'L2',
        toStartsAt: '2023-03-09T13:00:00.000Z',
        reason: 'Demande de la famille',
      },
    ]);
    const stale = await agent.request(RESCHEDULE, {
      i: {
        cremationId: c.id,
        expectedVersion: c.version,
        lineCode: 'L1',
        startsAt: '2023-03-09T07:00:00.000Z',
        reason: 'x',
      },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('should not close a detection without its protocol steps, nor complete the cremation before', async () => {
    const c = (
      await agent.ok(BOOK, { i: booking({ deceasedLastName: 'Fontaine', startsAt: '2023-03-10T07:00:00.000Z' }) })
    ).bookCremation;
    const scanned = (
      await agent.ok(SCAN, {
        i: {
          cremationId: c.id,
          scannedAt: '2023-03-10T06:30:00.000Z',
          result: 'DETECTION',
          objectType: 'BATTERY_PROSTHESIS',
        },
      })
    ).recordCrematoriumScan;
    const scanId = scanned.scans[0].id;
    const partial = await agent.request(PROTOCOL, {
      i: { scanId, authorisedBy: 'M. Leclerc, responsable', witnesses: 'Deux agents', close: true },
    });
    expect(partial.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'familyInformedAt' });
    expect(partial.errors?.[0].message).toContain(
      '« Famille informée le », « Ouverture du cercueil », « Objet retiré »',
    );
    const early = await agent.request(COMPLETE, {
      i: { cremationId: c.id, expectedVersion: scanned.version, completedAt: '2023-03-10T09:00:00.000Z' },
    });
    expect(early.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    const before = await indicatorValue(agent, 2023, 'crematorium.cremations');
    const closed = (
      await agent.ok(PROTOCOL, {
        i: {
          scanId,
          authorisedBy: 'M. Leclerc, responsable',
          witnesses: 'Deux agents',
          familyInformedAt: '2023-03-10T06:40:00.000Z',
          openedAt: '2023-03-10T06:50:00.000Z',
          objectRemoved: 'Stimulateur cardiaque',
          delayMinutes: 45,
          close: true,
        },
      })
    ).recordCrematoriumProtocol;
    expect(closed.scans[0].closedAt).not.toBeNull();
    const done = (
      await agent.ok(COMPLETE, {
        i: { cremationId: c.id, expectedVersion: closed.version, completedAt: '2023-03-10T09:00:00.000Z' },
      })
    ).completeCremation;
    expect(done.status).toBe('COMPLETED');
    expect(await indicatorValue(agent, 2023, 'crematorium.cremations')).toBe((before ?? 0) + 1);
    expect(await indicatorValue(agent, 2023, 'crematorium.detections')).toBe(1);
    const kept = (
      await agent.ok(ASHES, {
        i: { cremationId: c.id, expectedVersion: done.version, fate: 'KEPT', on: '2023-03-11', person: 'Crématorium' },
      })
    ).recordCrematoriumAshes;
    expect(kept.urnKeptUntil).toBe('2024-03-10');
  });

  it('should never allocate more metals proceeds than the balance', async () => {
    const lot = await agent.ok(METAL_LOT, {
      i: { collectedOn: '2023-07-20', weightKg: 1000, buyer: 'OrthoMetals', proceedsCents: 500_000 },
    });
    expect(lot.recordCrematoriumMetalLot).toMatchObject({ weightKg: 1000, balanceCents: 500_000 });
    const gift = {
      allocatedOn: '2023-12-01',
      purpose: 'PUBLIC_INTEREST_DONATION',
      beneficiary: 'Association',
      amountCents: 300_000,
    };
    expect((await agent.ok(ALLOCATE, { i: gift })).allocateCrematoriumMetals.balanceCents).toBe(200_000);
    const over = await agent.request(ALLOCATE, { i: gift });
    expect(over.errors?.[0].extensions?.field).toBe('amountCents');
    expect(await indicatorValue(agent, 2023, 'crematorium.metaux_kg')).toBe(1000);
  });

  it('should show nothing to an agent of another directorate', async () => {
    const other = await t.as('agent.fourriere');
    const read = await other.request(PLANNING, { d: '2023-03-08' });
    expect(read.data).toBeNull();
    expect(read.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const write = await other.request(BOOK, { i: booking({ startsAt: '2023-03-11T07:00:00.000Z' }) });
    expect(write.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
