import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDays, type LocalDate, type PretInterventionKind, type PretUnit } from '@call/domain';
import { DeclaredIndicatorValue } from '../../core/indicators/declared-indicator-value.entity';
import type { SeedContext } from '../../core/module';
import { Commune } from '../../core/referentials/commune.entity';
import { PretIntervention, PretKind, PretRepair, PretRequest, PretRequestLine, PretStockMovement } from './entities';

/** "Communes intéressées" 2016-2022, from the activity reports: kept as declared values when the module takes over. */
const DECLARED_COMMUNES_INTERESSEES: Record<number, number> = {
  2016: 32,
  2017: 33,
  2018: 32,
  2019: 32,
  2020: 25,
  2021: 25,
  2022: 29,
};

const KINDS: { name: string; unit: PretUnit; stock: number }[] = [
  { name: 'Barrières de sécurité', unit: 'PIECE', stock: 200 },
  { name: 'Chaises', unit: 'PIECE', stock: 1500 },
  { name: 'Grilles d’exposition', unit: 'PIECE', stock: 150 },
  { name: 'Podium', unit: 'M2', stock: 100 },
  { name: 'Sonorisation', unit: 'PIECE', stock: 4 },
  { name: 'Tables', unit: 'PIECE', stock: 300 },
  { name: 'Tonnelles', unit: 'PIECE', stock: 40 },
];

const SERVICES = ['Communication', 'Direction générale', 'Ressources humaines', 'Culture', 'Développement économique'];
const INTERVENTION_KINDS: PretInterventionKind[] = ['EVENT_SUPPORT', 'OFFICE_MOVE', 'SETUP'];

/** Per year: requests handled (every 12th refused), communes asking, interventions and their hours (¼ h steps). */
const PLANS = [
  { offset: -1, handled: 150, communes: 29, interventions: 310 },
  { offset: 0, handled: 165, communes: 30, interventions: 328 },
];

async function insertChunks(em: EntityManager, entity: Function, rows: object[]) {
  for (let i = 0; i < rows.length; i += 500) await em.insert(entity, rows.slice(i, i + 500));
}

/** Demo activity for the report's year and the one before, a few requests awaiting an answer today. */
export async function seedPretMateriel({ em, users, year, today }: SeedContext): Promise<void> {
  const login = users.get('agent.pret_materiel')?.login ?? 'agent.pret_materiel';
  const base = { recordedByLogin: login, costCents: null, repairId: null, notes: null };
  const kinds = KINDS.map((k) => ({ id: randomUUID(), name: k.name, unit: k.unit }));
  const kindOf = (name: string) => kinds[KINDS.findIndex((k) => k.name === name)].id;
  const movements: object[] = KINDS.map((k, i) => ({
    ...base,
    kindId: kinds[i].id,
    movedOn: '2015-01-05',
    movement: 'ACQUISITION',
    quantity: k.stock,
  }));
  // the report's year: 50 m² of podium and 50 exhibition grids bought
  movements.push(
    { ...base, kindId: kindOf('Podium'), movedOn: `${year}-03-20`, movement: 'ACQUISITION', quantity: 50 },
    {
      ...base,
      kindId: kindOf('Grilles d’exposition'),
      movedOn: `${year}-04-12`,
      movement: 'ACQUISITION',
      quantity: 50,
    },
  );
  const communes = (await em.find(Commune, { select: { inseeCode: true }, order: { inseeCode: 'ASC' } })).map(
    (c) => c.inseeCode,
  );
  const requests: object[] = [];
  const lines: object[] = [];
  const repairs: object[] = [];
  const interventions: object[] = [];
  for (const plan of PLANS) {
    const y = year + plan.offset;
    for (let i = 0; i < plan.handled; i++) {
      const id = randomUUID();
      // events from mid-February to mid-December; asked a month before, answered within a week
      const startOn = addDays(`${y}-02-15`, Math.floor((i * 300) / plan.handled));
      const endOn = addDays(startOn, i % 3);
      const refused = i % 12 === 11;
      const requestedOn = addDays(startOn, -30);
      requests.push({
        id,
        communeInsee: communes[i % Math.min(plan.communes, communes.length)],
        eventName: `Manifestation ${i + 1}`,
        eventPlace: null,
        startOn,
        endOn,
        handover: i % 2 ? 'PICKUP' : 'DELIVERY',
        status: refused ? 'REFUSED' : 'CLOSED',
        requestedOn,
        answeredOn: addDays(requestedOn, 5),
        refusalReason: refused ? 'Matériel déjà réservé sur ces dates' : null,
        returnedOn: refused ? null : addDays(endOn, 1),
        recordedByLogin: login,
      });
      const damaged = !refused && i % 20 === 3 ? 2 : 0;
      for (const [name, q] of [
        ['Tables', 10 + (i % 5) * 2],
        ['Chaises', 50 + (i % 4) * 10],
      ] as const)
        lines.push({
          requestId: id,
          kindId: kindOf(name),
          requested: q,
          approved: refused ? null : q,
          returned: refused ? null : q - (name === 'Tables' ? damaged : 0),
          missing: refused ? null : 0,
          damaged: refused ? null : name === 'Tables' ? damaged : 0,
        });
      if (damaged) {
        const repairId = randomUUID();
        const openedOn = addDays(endOn, 1);
        const closedOn = addDays(openedOn, 10);
        repairs.push({
          id: repairId,
          kindId: kindOf('Tables'),
          requestId: id,
          quantity: damaged,
          cause: 'LOAN_DAMAGE',
          openedOn,
          closedOn,
          outcome: 'BACK_IN_SERVICE',
          hours: '1.50',
          costCents: 4500,
        });
        movements.push(
          {
            ...base,
            kindId: kindOf('Tables'),
            movedOn: openedOn,
            movement: 'OUT_OF_SERVICE',
            quantity: damaged,
            repairId,
          },
          {
            ...base,
            kindId: kindOf('Tables'),
            movedOn: closedOn,
            movement: 'BACK_IN_SERVICE',
            quantity: damaged,
            repairId,
          },
        );
      }
    }
    for (let i = 0; i < plan.interventions; i++)
      interventions.push({
        service: SERVICES[i % SERVICES.length],
        kind: INTERVENTION_KINDS[i % 3],
        doneOn: addDays(`${y}-01-09`, Math.floor((i * 340) / plan.interventions)),
        agentCount: 1 + (i % 3),
        hours: ['2.00', '2.00', '2.50', '2.00'][i % 4],
        notes: null,
        recordedByLogin: login,
      });
  }
  // awaiting an answer today (not handled yet): communes already counted this year
  for (let i = 0; i < 2; i++) {
    const id = randomUUID();
    const startOn: LocalDate = addDays(today, 20 + i * 7);
    requests.push({
      id,
      communeInsee: communes[i],
      eventName: i ? 'Fête de quartier' : 'Brocante de printemps',
      eventPlace: null,
      startOn,
      endOn: addDays(startOn, 1),
      handover: 'DELIVERY',
      status: 'REQUESTED',
      requestedOn: today,
      answeredOn: null,
      refusalReason: null,
      returnedOn: null,
      recordedByLogin: login,
    });
    lines.push({ requestId: id, kindId: kindOf('Tonnelles'), requested: 6 });
  }
  await insertChunks(em, PretKind, kinds);
  await insertChunks(em, PretStockMovement, movements);
  await insertChunks(em, PretRequest, requests);
  await insertChunks(em, PretRequestLine, lines);
  await insertChunks(em, PretRepair, repairs);
  await insertChunks(em, PretIntervention, interventions);
  const director = users.get('directeur.pret_materiel');
  if (director)
    await em
      .createQueryBuilder()
      .insert()
      .into(DeclaredIndicatorValue)
      .values(
        Object.entries(DECLARED_COMMUNES_INTERESSEES).map(([y, value]) => ({
          indicatorKey: 'pret_materiel.communes_interessees',
          year: Number(y),
          value: String(value),
          source: `Rapport d’activités ${y} de la CALL`,
          declaredBy: director.id,
        })),
      )
      .orIgnore()
      .execute();
}
