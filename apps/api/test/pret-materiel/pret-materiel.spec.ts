import { pretMaterielModule } from '../../src/modules/pret-materiel/pret-materiel.module';
import { fourriereModule } from '../../src/modules/fourriere/fourriere.module';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import {
  ADVANCE,
  APPROVE,
  AVAILABILITY,
  CREATE,
  indicatorValue,
  movableClock,
  newKind,
  PLANNING,
  REPAIRS,
  REQUESTS,
  request,
  RETURN,
} from './pret-materiel.factories';

type Req = { id: string; version: number; status: string; partial: boolean; lines: { kindId: string }[] };

describe('prêt de matériel: requests approved against the stock, through GraphQL', () => {
  const clock = movableClock('2023-05-02');
  let t: TestApp;
  let agent: GqlClient;
  let director: GqlClient;
  let tonnelles: string;

  const create = async (c: GqlClient, input: object) =>
    (await c.ok<{ createPretRequest: Req }>(CREATE, { i: input })).createPretRequest;
  const approve = (c: GqlClient, r: Req, approved: number) =>
    c.request<{ approvePretRequest: Req }>(APPROVE, {
      i: { requestId: r.id, expectedVersion: r.version, lines: [{ kindId: r.lines[0].kindId, approved }] },
    });

  beforeAll(async () => {
    t = await startTestApp({ modules: [pretMaterielModule, fourriereModule], clock });
    agent = await t.as('agent.pret_materiel');
    director = await t.as('directeur.pret_materiel');
    tonnelles = await newKind(agent, 'Tonnelles', 10);
  });
  afterAll(() => t.close());

  it('should refuse a request that comes too late (minimum notice), naming the field', async () => {
    const r = await agent.request(CREATE, { i: request(tonnelles, 1, '2023-05-10', '2023-05-10') });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startOn' });
    expect(r.errors?.[0].message).toMatch(/au moins 15 jours avant.*Cochez « Demande tardive acceptée »/);
    const late = await agent.ok(CREATE, {
      i: { ...request(tonnelles, 1, '2023-05-10', '2023-05-10'), lateAccepted: true },
    });
    expect(late.createPretRequest).toMatchObject({ status: 'REQUESTED' });
  });

  it('should never overbook: a request over the stock left on an overlapping day is refused, then partly approved', async () => {
    const a = await create(agent, request(tonnelles, 8, '2023-06-10', '2023-06-11'));
    expect((await approve(agent, a, 8)).data?.approvePretRequest).toMatchObject({ status: 'APPROVED', partial: false });

    const b = await create(agent, request(tonnelles, 5, '2023-06-11', '2023-06-12'));
    expect((await agent.ok(AVAILABILITY, { id: b.id })).pretAvailability).toEqual([
      { kindName: 'Tonnelles', requested: 5, available: 2 },
    ]);
    const over = await approve(agent, b, 5);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'lines' });
    expect(over.errors?.[0].message).toBe(
      'Stock insuffisant pour « Tonnelles » du 11/06/2023 au 12/06/2023 : 2 pièces disponible(s), 5 accordé(s). ' +
        'Rien n’a été enregistré : accordez au plus 2 ou refusez la demande.',
    );
    const partly = await approve(agent, b, 2);
    expect(partly.data?.approvePretRequest).toMatchObject({ status: 'APPROVED', partial: true });

    const planning = (await agent.ok(PLANNING, { f: '2023-06-10', t: '2023-06-12' })).pretPlanning;
    expect(planning[0].days).toEqual([
      { day: '2023-06-10', stock: 10, booked: 8, available: 2, short: false },
      { day: '2023-06-11', stock: 10, booked: 10, available: 0, short: false },
      { day: '2023-06-12', stock: 10, booked: 2, available: 8, short: false },
    ]);
    // a stale screen cannot answer again
    const stale = await approve(agent, a, 1);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion' });
  });

  it('should let only one of two agents approving at the same moment take the last unit', async () => {
    const sono = await newKind(agent, 'Sonorisation', 1);
    const one = await create(agent, request(sono, 1, '2023-07-14', '2023-07-14'));
    const two = await create(agent, { ...request(sono, 1, '2023-07-13', '2023-07-15'), communeInsee: '62413' });
    const results = await Promise.all([approve(agent, one, 1), approve(director, two, 1)]);
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(refused[0].errors?.[0].message).toMatch(
      /^Stock insuffisant pour « Sonorisation » .* : 0 pièces disponible\(s\), 1 accordé\(s\)\. Rien n’a été enregistré/,
    );
  });

  it('should open a repair when items come back damaged, take them out of the stock, and move the indicators', async () => {
    const handledBefore = await indicatorValue(director, 2023, 'pret_materiel.demandes');
    const repairsBefore = await indicatorValue(director, 2023, 'pret_materiel.reparations');
    const r = await create(agent, request(tonnelles, 2, '2023-06-20', '2023-06-21'));
    let cur = (await approve(agent, r, 2)).data!.approvePretRequest;
    expect(await indicatorValue(director, 2023, 'pret_materiel.demandes')).toBe((handledBefore ?? 0) + 1);
    for (const to of ['PREPARED', 'HANDED_OVER'])
      cur = (
        await agent.ok<{ advancePretRequest: Req }>(ADVANCE, {
          i: { requestId: r.id, expectedVersion: cur.version, to },
        })
      ).advancePretRequest;
    clock.set('2023-06-22');
    const wrong = await agent.request(RETURN, {
      i: {
        requestId: r.id,
        expectedVersion: cur.version,
        returnedOn: '2023-06-22',
        lines: [{ kindId: tonnelles, returned: 1, missing: 0, damaged: 0 }],
      },
    });
    expect(wrong.errors?.[0].message).toMatch(/doit faire 2/);
    const back = await agent.ok<{ recordPretReturn: Req }>(RETURN, {
      i: {
        requestId: r.id,
        expectedVersion: cur.version,
        returnedOn: '2023-06-22',
        lines: [{ kindId: tonnelles, returned: 1, missing: 0, damaged: 1 }],
      },
    });
    expect(back.recordPretReturn).toMatchObject({
      status: 'RETURNED',
      lines: [{ returned: 1, damaged: 1, missing: 0 }],
    });
    expect((await agent.ok(REPAIRS)).pretRepairs).toMatchObject({
      total: 1,
      items: [{ kindName: 'Tonnelles', quantity: 1, cause: 'LOAN_DAMAGE', requestId: r.id }],
    });
    expect(await indicatorValue(director, 2023, 'pret_materiel.reparations')).toBe((repairsBefore ?? 0) + 1);
    const day = (await agent.ok(PLANNING, { f: '2023-06-22', t: '2023-06-22' })).pretPlanning;
    expect(day.find((k: { kindName: string }) => k.kindName === 'Tonnelles').days[0]).toMatchObject({ stock: 9 });
    clock.set('2023-05-02');
  });

  it('should show nothing to an agent of another directorate', async () => {
    const other = await t.as('agent.fourriere');
    const r = await other.request(REQUESTS);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(r.data).toBeNull();
    const w = await other.request(CREATE, { i: request(tonnelles, 1, '2023-09-01', '2023-09-01') });
    expect(w.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ind = await other.request(`query { indicators(year: 2023, directorate: pret_materiel) { key } }`);
    expect(ind.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await agent.ok(REQUESTS)).pretRequests.total).toBeGreaterThan(0);
  });
});
