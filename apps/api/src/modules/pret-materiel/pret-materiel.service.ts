import { addDays, type LocalDate, type PretStatus } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../core/database/database';
import { notFound } from '../../core/errors';
import type { Clock } from '../../core/kit/clock';
import { pageOf, type PageArgs } from '../../core/kit/paging';
import { PretIntervention, PretKind, PretRepair, PretRequest, PretStockMovement } from './entities';
import { repairView, requestViews } from './pret-materiel.mapper';
import type {
  InterventionPage,
  KindView,
  MovementPage,
  LineAvailabilityView,
  PlanningKindView,
  RepairPage,
  RequestPage,
  RequestView,
  WeekTaskView,
} from './pret-materiel.types';
import { availableByKind, checkRange, kindDays } from './pret-stock.queries';

export async function loadRequest(em: EntityManager, id: string, lock = false): Promise<PretRequest> {
  const qb = em.createQueryBuilder(PretRequest, 'r').where('r.id = :id', { id });
  if (lock) qb.setLock('pessimistic_write');
  const r = await qb.getOne();
  if (!r) throw notFound('Demande de prêt');
  return r;
}

export async function showRequest(em: EntityManager, id: string): Promise<RequestView> {
  return (await requestViews(em, [await loadRequest(em, id)]))[0];
}

/** A week's sheet holds at most this many loans starting or ending (the service handles ~165 a year). */
const MAX_WEEK_REQUESTS = 200;
const WEEK_STATUSES: PretStatus[] = ['APPROVED', 'PREPARED', 'HANDED_OVER', 'RETURNED', 'CLOSED'];
const ACTIONS = {
  DELIVERY: { START: 'Livraison à la commune', END: 'Reprise du matériel' },
  PICKUP: { START: 'Retrait par la commune', END: 'Retour par la commune' },
} as const;

/** Reads of the prêt de matériel: catalogue, requests, availability, planning, repairs. */
export class PretMaterielService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  kinds(): Promise<KindView[]> {
    return this.db.read(async (em) => {
      const kinds = await em.find(PretKind, { order: { name: 'ASC' }, take: 200 });
      const today = this.clock.today();
      const days = await kindDays(
        em,
        kinds.map((k) => k.id),
        today,
        today,
      );
      const stock = new Map(days.map((d) => [d.kindId, d.stock]));
      return kinds.map((k) => ({ id: k.id, name: k.name, unit: k.unit, stockToday: stock.get(k.id) ?? 0 }));
    });
  }

  requests(status: PretStatus | null, page: PageArgs): Promise<RequestPage> {
    return this.db.read((em) => {
      const qb = em.createQueryBuilder(PretRequest, 'r').orderBy('r.start_on', 'DESC').addOrderBy('r.id', 'ASC');
      if (status) qb.where('r.status = :status', { status });
      return pageOf(qb, page, (rows) => requestViews(em, rows));
    });
  }

  request(id: string): Promise<RequestView> {
    return this.db.read((em) => showRequest(em, id));
  }

  /** For each line, what the stock leaves over the request's days once the other approved requests are served. */
  availability(id: string): Promise<LineAvailabilityView[]> {
    return this.db.read(async (em) => {
      const r = await showRequest(em, id);
      const kindIds = r.lines.map((l) => l.kindId);
      const left = await availableByKind(em, kindIds, r.startOn, r.endOn, r.id);
      return r.lines.map((l) => ({
        kindId: l.kindId,
        kindName: l.kindName,
        requested: l.requested,
        available: left.get(l.kindId) ?? 0,
      }));
    });
  }

  planning(from: LocalDate, to: LocalDate): Promise<PlanningKindView[]> {
    checkRange(from, to);
    return this.db.read(async (em) => {
      const kinds = await em.find(PretKind, { order: { name: 'ASC' }, take: 200 });
      const days = await kindDays(
        em,
        kinds.map((k) => k.id),
        from,
        to,
      );
      return kinds.map((k) => ({
        kindId: k.id,
        kindName: k.name,
        unit: k.unit,
        days: days
          .filter((d) => d.kindId === k.id)
          .map((d) => ({ ...d, available: d.stock - d.booked, short: d.booked > d.stock })),
      }));
    });
  }

  repairs(openOnly: boolean, page: PageArgs): Promise<RepairPage> {
    return this.db.read((em) => {
      const qb = em
        .createQueryBuilder(PretRepair, 'p')
        .innerJoinAndSelect('p.kind', 'k')
        .orderBy('p.opened_on', 'DESC')
        .addOrderBy('p.id', 'ASC');
      if (openOnly) qb.where('p.closed_on IS NULL');
      return pageOf(qb, page, (rows) => rows.map((p) => repairView(p)));
    });
  }

  /** Dated stock movements, the latest first, of one kind or of all. */
  movements(kindId: string | null, page: PageArgs): Promise<MovementPage> {
    return this.db.read((em) => {
      const qb = em
        .createQueryBuilder(PretStockMovement, 'm')
        .innerJoinAndSelect('m.kind', 'k')
        .orderBy('m.moved_on', 'DESC')
        .addOrderBy('m.recorded_at', 'DESC')
        .addOrderBy('m.id', 'ASC');
      if (kindId) qb.where('m.kind_id = :kindId', { kindId });
      return pageOf(qb, page, (rows) => rows.map((m) => ({ ...m, kindName: m.kind.name })));
    });
  }

  interventions(page: PageArgs): Promise<InterventionPage> {
    return this.db.read((em) => {
      const qb = em
        .createQueryBuilder(PretIntervention, 'i')
        .orderBy('i.done_on', 'DESC')
        .addOrderBy('i.recorded_at', 'DESC')
        .addOrderBy('i.id', 'ASC');
      return pageOf(qb, page, (rows) => rows.map((i) => ({ ...i, hours: Number(i.hours) })));
    });
  }

  /** The team's week from `from` (7 days): loans starting (delivery or pick-up) and ending (collection or return). */
  week(from: LocalDate): Promise<WeekTaskView[]> {
    const to = addDays(from, 6);
    return this.db.read(async (em) => {
      const rows = await em
        .createQueryBuilder(PretRequest, 'r')
        .where('r.status IN (:...statuses)', { statuses: WEEK_STATUSES })
        .andWhere('(r.start_on BETWEEN :from AND :to OR r.end_on BETWEEN :from AND :to)', { from, to })
        .orderBy('r.start_on', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .take(MAX_WEEK_REQUESTS)
        .getMany();
      const views = await requestViews(em, rows);
      const tasks = views.flatMap((request) =>
        (['START', 'END'] as const)
          .map((moment) => ({ moment, day: moment === 'START' ? request.startOn : request.endOn }))
          .filter((t) => t.day >= from && t.day <= to)
          .map((t) => ({ ...t, action: ACTIONS[request.handover][t.moment], request })),
      );
      return tasks.sort(
        (a, b) => a.day.localeCompare(b.day) || a.request.communeName.localeCompare(b.request.communeName),
      );
    });
  }
}
