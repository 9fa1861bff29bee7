import type { LocalDate, PretStatus } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { Database } from '../../core/database/database';
import { notFound } from '../../core/errors';
import type { Clock } from '../../core/kit/clock';
import { pageOf, type PageArgs } from '../../core/kit/paging';
import { PretKind, PretRepair, PretRequest } from './entities';
import { repairView, requestViews } from './pret-materiel.mapper';
import type {
  KindView,
  LineAvailabilityView,
  PlanningKindView,
  RepairPage,
  RequestPage,
  RequestView,
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
}
