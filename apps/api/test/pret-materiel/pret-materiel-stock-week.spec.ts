import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';
import { PRET_MATERIEL_ALARMS } from '../../src/modules/pret-materiel/pret-materiel.alarms';
import { pretMaterielModule } from '../../src/modules/pret-materiel/pret-materiel.module';
import { APPROVE, CREATE, MOVEMENT, movableClock, newKind, PLANNING, request } from './pret-materiel.factories';

type Req = { id: string; version: number; lines: { kindId: string }[] };
const MOVEMENTS = `query($k: ID) { pretStockMovements(kindId: $k, limit: 10) { total items { movedOn movement quantity notes kindName } } }`;
const WEEK = `query($f: Date!) { pretWeek(from: $f) { day moment action request { id eventName communeName } } }`;
const INTERVENTION = `mutation($i: PretInterventionInput!) { recordPretIntervention(input: $i) { id hours notes } }`;
const INTERVENTIONS = `query { pretInterventions(limit: 5) { total items { service kind doneOn agentCount hours notes } } }`;

const shortage = PRET_MATERIEL_ALARMS.find((a) => a.key === 'pret_materiel.materiel_insuffisant')!;

describe('prêt de matériel: stock movements, the team’s week, interventions, the shortage alarm', () => {
  const clock = movableClock('2023-05-02');
  let t: TestApp;
  let agent: GqlClient;
  let barrieres: string;

  const create = async (input: object) =>
    (await agent.ok<{ createPretRequest: Req }>(CREATE, { i: input })).createPretRequest;
  const approve = (r: Req, approved: number) =>
    agent.ok(APPROVE, {
      i: { requestId: r.id, expectedVersion: r.version, lines: [{ kindId: r.lines[0].kindId, approved }] },
    });
  const find = (today: string) => t.app.db.read((em) => shortage.find(em, today, { limit: 10, offset: 0 }));

  beforeAll(async () => {
    t = await startTestApp({ modules: [pretMaterielModule], clock });
    agent = await t.as('agent.pret_materiel');
    barrieres = await newKind(agent, 'Barrières', 20);
  });
  afterAll(() => t.close());

  it('should list dated movements with their reason, and the planning follows them', async () => {
    await agent.ok(MOVEMENT, {
      i: { kindId: barrieres, movedOn: '2023-05-02', movement: 'SCRAPPED', quantity: 4, notes: 'Pieds tordus' },
    });
    const list = (await agent.ok(MOVEMENTS, { k: barrieres })).pretStockMovements;
    expect(list.total).toBe(2);
    expect(list.items[0]).toEqual({
      movedOn: '2023-05-02',
      movement: 'SCRAPPED',
      quantity: 4,
      notes: 'Pieds tordus',
      kindName: 'Barrières',
    });
    const days = (await agent.ok(PLANNING, { f: '2023-05-01', t: '2023-05-02' })).pretPlanning[0].days;
    expect(days.map((d: { stock: number }) => d.stock)).toEqual([20, 16]);
  });

  it('should list exactly the requests it counts as short: approved beyond a stock lost since, and waiting ones that do not fit', async () => {
    const fete = await create(request(barrieres, 12, '2023-06-10', '2023-06-11'));
    await approve(fete, 12);
    const brocante = await create({ ...request(barrieres, 6, '2023-06-11', '2023-06-12'), eventName: 'Brocante' });
    const small = await create({ ...request(barrieres, 2, '2023-06-20', '2023-06-20'), eventName: 'Kermesse' });
    // 16 in stock: 12 held on the 11th leave 4, the brocante asks 6 → short by 2; the kermesse fits
    let found = await find('2023-05-02');
    expect(found.total).toBe(1);
    expect(found.rows).toEqual([
      expect.objectContaining({
        id: brocante.id,
        dueDate: '2023-06-11',
        detail: 'Barrières : 2 pièces manquants le 11/06/2023 (dans 40 j)',
      }),
    ]);
    // six barrières lost: the approved fête is short too (12 held, 10 left), and listed first (earlier day)
    await agent.ok(MOVEMENT, { i: { kindId: barrieres, movedOn: '2023-05-02', movement: 'LOST', quantity: 6 } });
    found = await find('2023-05-02');
    expect(found.total).toBe(2);
    expect(found.rows.map((r) => [r.id, r.dueDate])).toEqual([
      [fete.id, '2023-06-10'],
      [brocante.id, '2023-06-11'],
    ]);
    expect(found.rows[0].label).toBe('Fête de la musique (demande accordée)');
    expect(shortage.recordPath(fete.id)).toBe(`/pret-materiel/demandes/${fete.id}`);
    const page = await t.app.db.read((em) => shortage.find(em, '2023-05-02', { limit: 1, offset: 1 }));
    expect(page).toEqual({ total: 2, rows: [expect.objectContaining({ id: brocante.id })] });
    // once the events are past, nothing is left to act on
    expect((await find('2023-06-13')).total).toBe(0);
    expect(small.id).toBeTruthy();
  });

  it('should give the team its week: deliveries and pick-ups starting, collections and returns ending', async () => {
    const week = (await agent.ok(WEEK, { f: '2023-06-05' })).pretWeek;
    expect(week).toEqual([
      {
        day: '2023-06-10',
        moment: 'START',
        action: 'Livraison à la commune',
        request: expect.objectContaining({ eventName: 'Fête de la musique', communeName: 'Lens' }),
      },
      {
        day: '2023-06-11',
        moment: 'END',
        action: 'Reprise du matériel',
        request: expect.objectContaining({ eventName: 'Fête de la musique' }),
      },
    ]);
  });

  it('should list the interventions for CALL services, the latest first', async () => {
    await agent.ok(INTERVENTION, {
      i: {
        service: 'Direction de la communication',
        kind: 'EVENT_SUPPORT',
        doneOn: '2023-04-20',
        agentCount: 3,
        hours: 6.5,
        notes: 'Salon',
      },
    });
    await agent.ok(INTERVENTION, {
      i: { service: 'Ressources humaines', kind: 'OFFICE_MOVE', doneOn: '2023-04-28', agentCount: 2, hours: 4 },
    });
    const list = (await agent.ok(INTERVENTIONS)).pretInterventions;
    expect(list.total).toBe(2);
    expect(list.items.map((i: { service: string }) => i.service)).toEqual([
      'Ressources humaines',
      'Direction de la communication',
    ]);
    expect(list.items[1]).toMatchObject({ agentCount: 3, hours: 6.5, notes: 'Salon' });
  });
});
