import { fixedClock } from '../../src/core/kit/clock';
import { permisLouerModule } from '../../src/modules/permis-louer/permis-louer.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import {
  apmlDeposit,
  COMPLETE,
  DECIDE,
  DEPOSIT,
  DOSSIERS,
  indicators,
  joinScheme,
  LENS,
  PERIMETER,
  PLAN_VISIT,
  RECORD_VISIT,
  LETTING,
  TRANSFER,
} from './permis-louer.factories';

// today is Saturday 15 June 2024 for the whole file
describe('permis de louer: an APML from deposit to decision, through GraphQL', () => {
  let t: TestApp;
  let agent: GqlClient;

  beforeAll(async () => {
    t = await startTestApp({ modules: [permisLouerModule], clock: fixedClock('2024-06-15') });
    agent = await t.as('agent.permis_louer');
    await joinScheme(await t.as('admin'), LENS, '2022-07-01');
    await agent.ok(PERIMETER, {
      i: {
        communeInsee: LENS,
        kind: 'STREETS',
        streets: ['Rue de la Gare'],
        publishedOn: '2022-01-10',
        validFrom: '2022-07-10',
      },
    });
  });
  afterAll(() => t.close());

  it('should refuse a perimeter starting less than six months after the deliberation (L635-1)', async () => {
    const r = await agent.request(PERIMETER, {
      i: { communeInsee: LENS, kind: 'WHOLE_COMMUNE', publishedOn: '2024-06-01', validFrom: '2024-09-01' },
    });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validFrom' });
    expect(r.errors?.[0].message).toMatch(/six mois après la publication/);
  });

  it('should refuse a dossier for an address outside every perimeter in force on its deposit date', async () => {
    const outside = await agent.request(DEPOSIT, { i: apmlDeposit({ street: '12 rue Basly' }) });
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'street' });
    expect(outside.errors?.[0].message).toMatch(/hors périmètre.*12 rue Basly.*Lens/);
    // the street's perimeter did not apply yet on 1 July 2022
    const early = await agent.request(DEPOSIT, {
      i: apmlDeposit({ depositedOn: '2022-07-01', receivedOn: '2022-07-01' }),
    });
    expect(early.errors?.[0].extensions?.field).toBe('street');
  });

  it('should walk deposit → complete → visit planned → visited → decided, the tacit day counted from the récépissé', async () => {
    const before = await indicators(agent, 2024);
    const d = (await agent.ok(DEPOSIT, { i: apmlDeposit() })).depositPdlApml;
    expect(d).toMatchObject({
      status: 'DEPOSITED',
      communeName: 'Lens',
      decisionDeadline: '2024-07-05',
      tacitOn: '2024-07-06',
      tacitInDays: 21,
      urgency: 'NORMAL',
      outcome: null,
    });
    expect(d.number).toBe('APML-2024-00001');

    const early = await agent.request(PLAN_VISIT, {
      i: { dossierId: d.id, expectedVersion: d.version, on: '2024-06-20', inspector: 'Paul Martin' },
    });
    expect(early.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');

    const c = (await agent.ok(COMPLETE, { i: { dossierId: d.id, expectedVersion: d.version, on: '2024-06-06' } }))
      .completePdlApml;
    expect(c.status).toBe('COMPLETE');
    const stale = await agent.request(PLAN_VISIT, {
      i: { dossierId: d.id, expectedVersion: d.version, on: '2024-06-20', inspector: 'Paul Martin' },
    });
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const p = (
      await agent.ok(PLAN_VISIT, {
        i: { dossierId: d.id, expectedVersion: c.version, on: '2024-06-14', inspector: 'Paul Martin' },
      })
    ).planPdlVisit;
    expect(p).toMatchObject({ status: 'VISIT_PLANNED', visitPlannedOn: '2024-06-14', inspector: 'Paul Martin' });
    const v = (
      await agent.ok(RECORD_VISIT, {
        i: {
          dossierId: d.id,
          expectedVersion: p.version,
          on: '2024-06-14',
          notes: 'Tableau électrique sans différentiel',
          defects: [
            { category: 'ELECTRICITY', severity: 'CRITICAL', description: 'Pas de dispositif différentiel' },
            { category: 'VENTILATION', severity: 'MINOR' },
          ],
        },
      })
    ).recordPdlVisit;
    expect(v.status).toBe('VISITED');
    expect(v.defects).toHaveLength(2);

    // L635-3: a refusal without its reasons is refused, and nothing changes
    const bare = await agent.request(DECIDE, {
      i: { dossierId: d.id, expectedVersion: v.version, on: '2024-06-15', decision: 'REFUS', works: ['Tableau'] },
    });
    expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reasons' });
    expect(bare.errors?.[0].message).toMatch(/Motifs du refus : un refus doit être motivé/);
    const noWorks = await agent.request(DECIDE, {
      i: { dossierId: d.id, expectedVersion: v.version, on: '2024-06-15', decision: 'REFUS', reasons: 'Danger' },
    });
    expect(noWorks.errors?.[0].extensions?.field).toBe('works');

    const refused = (
      await agent.ok(DECIDE, {
        i: {
          dossierId: d.id,
          expectedVersion: v.version,
          on: '2024-06-15',
          decision: 'REFUS',
          reasons: 'Installation électrique dangereuse',
          works: ['Mise en sécurité du tableau électrique', ''],
        },
      })
    ).decidePdlApml;
    expect(refused).toMatchObject({ status: 'REFUS', outcome: 'REFUS', decidedOn: '2024-06-15', tacitInDays: null });
    expect(refused.works).toEqual(['Mise en sécurité du tableau électrique']);

    const after = await indicators(agent, 2024);
    expect(after.get('permis_louer.apml_dossiers')!.value).toBe(
      (before.get('permis_louer.apml_dossiers')!.value ?? 0) + 1,
    );
    expect(after.get('permis_louer.visites')!.value).toBe((before.get('permis_louer.visites')!.value ?? 0) + 1);
    expect(after.get('permis_louer.desordres')!.value).toBe((before.get('permis_louer.desordres')!.value ?? 0) + 2);
  });

  it('should derive a tacit authorisation one month after the récépissé, count it, and refuse a later decision', async () => {
    const before = await indicators(agent, 2024);
    const d = (await agent.ok(DEPOSIT, { i: apmlDeposit({ depositedOn: '2024-05-10', receivedOn: '2024-05-13' }) }))
      .depositPdlApml;
    expect(d).toMatchObject({ status: 'TACITE', outcome: 'TACITE', tacitOn: '2024-06-14', tacitInDays: null });
    const c = await agent.request(COMPLETE, { i: { dossierId: d.id, expectedVersion: d.version, on: '2024-05-14' } });
    expect(c.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    const late = await agent.request(DECIDE, {
      i: {
        dossierId: d.id,
        expectedVersion: d.version,
        on: '2024-06-14',
        decision: 'REFUS',
        reasons: 'x',
        works: ['y'],
      },
    });
    expect(late.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(late.errors?.[0].message).toMatch(/retrait/);
    const after = await indicators(agent, 2024);
    expect(after.get('permis_louer.apml_tacites')!.value).toBe(
      (before.get('permis_louer.apml_tacites')!.value ?? 0) + 1,
    );
    const byOutcome = after.get('permis_louer.apml_decisions')!.breakdowns.find((b) => b.dimension === 'outcome')!;
    expect(byOutcome.items.find((i) => i.member === 'TACITE')!.value).toBeGreaterThanOrEqual(1);
  });

  it('should record the letting and transfer a valid authorisation, never a refused one', async () => {
    const d = (await agent.ok(DEPOSIT, { i: apmlDeposit({ depositedOn: '2024-05-02', receivedOn: '2024-05-02' }) }))
      .depositPdlApml;
    expect(d.status).toBe('TACITE');
    const let_ = (await agent.ok(LETTING, { i: { dossierId: d.id, expectedVersion: d.version, on: '2024-06-10' } }))
      .recordPdlLetting;
    expect(let_.letOn).toBe('2024-06-10');
    const moved = (
      await agent.ok(TRANSFER, {
        i: { dossierId: d.id, expectedVersion: let_.version, on: '2024-06-14', newOwnerName: 'SCI Nouvelle' },
      })
    ).transferPdlApml;
    expect(moved).toMatchObject({ ownerName: 'SCI Nouvelle', transferredOn: '2024-06-14', status: 'TACITE' });
    const refused = (await agent.ok(DOSSIERS, { f: {} })).pdlApmlDossiers.items.find(
      (i: { status: string }) => i.status === 'REFUS',
    );
    const r = await agent.request(TRANSFER, {
      i: { dossierId: refused.id, expectedVersion: refused.version, on: '2024-06-14', newOwnerName: 'X' },
    });
    expect(r.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('should list the tacit queue by the day silence decides, red under seven days', async () => {
    await agent.ok(DEPOSIT, { i: apmlDeposit({ depositedOn: '2024-05-20', receivedOn: '2024-05-20' }) });
    const q = (await agent.ok(DOSSIERS, { f: { tacitQueue: true } })).pdlApmlDossiers;
    const days = q.items.map((i: { tacitInDays: number }) => i.tacitInDays);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(q.items[0]).toMatchObject({ tacitOn: '2024-06-21', tacitInDays: 6, urgency: 'RED' });
    expect(q.items.every((i: { outcome: string | null }) => i.outcome === null)).toBe(true);
  });

  it('should show nothing of the permis de louer to an agent of another directorate', async () => {
    const other = await t.as('agent.fourriere');
    const r = await other.request(DOSSIERS, { f: {} });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const w = await other.request(DEPOSIT, { i: apmlDeposit() });
    expect(w.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
