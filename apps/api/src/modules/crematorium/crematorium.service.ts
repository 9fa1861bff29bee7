import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import { loader, type RequestContext } from '../../core/context';
import type { Database } from '../../core/database/database';
import { notFound } from '../../core/errors';
import type { Clock } from '../../core/kit/clock';
import { pageOf, type PageArgs } from '../../core/kit/paging';
import {
  CrematoriumCremation,
  CrematoriumLine,
  CrematoriumMetalAllocation,
  CrematoriumMetalLot,
  CrematoriumReschedule,
  CrematoriumScan,
} from './entities';
import { cremationView, lineView, rescheduleView, scanView } from './crematorium.mapper';
import { utilisation } from '@call/domain';
import type {
  CremationPage,
  CremationView,
  LineLoadView,
  LineView,
  MetalsView,
  RescheduleView,
  ScanView,
} from './crematorium.types';

/** Bounded: two lines (three considered) of a few slots each. */
const MAX_PER_DAY = 200;
const MAX_METAL_ROWS = 100;

const cremationQuery = (em: EntityManager) =>
  em.createQueryBuilder(CrematoriumCremation, 'c').innerJoinAndSelect('c.line', 'l');

export async function loadCremation(em: EntityManager, id: string, lock = false): Promise<CrematoriumCremation> {
  if (lock)
    await em
      .createQueryBuilder(CrematoriumCremation, 'c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id })
      .getOne();
  const c = await cremationQuery(em).where('c.id = :id', { id }).getOne();
  if (!c) throw notFound('Crémation');
  return c;
}

const byCremation = <T extends { cremationId: string }>(ids: readonly string[], rows: T[]) =>
  ids.map((id) => rows.filter((r) => r.cremationId === id));

/** Reads of the crematorium: lines, a day's planning, a cremation with its scans, the metals account. */
export class CrematoriumService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  today(): LocalDate {
    return this.clock.today();
  }

  lines(): Promise<LineView[]> {
    return this.db.read(async (em) => (await em.find(CrematoriumLine, { order: { code: 'ASC' } })).map(lineView));
  }

  planning(day: LocalDate): Promise<CremationView[]> {
    return this.db.read(async (em) =>
      (
        await cremationQuery(em)
          .where('c.cremation_on = :day AND c.cancelled_at IS NULL', { day })
          .orderBy('c.line_code', 'ASC')
          .addOrderBy('c.starts_at', 'ASC')
          .take(MAX_PER_DAY)
          .getMany()
      ).map(cremationView),
    );
  }

  cremation(id: string): Promise<CremationView> {
    return this.db.read(async (em) => cremationView(await loadCremation(em, id)));
  }

  /** Urns kept at the crematorium today, the oldest first (the one-year deadline nearest). */
  keptUrns(page: PageArgs): Promise<CremationPage> {
    return this.db.read((em) =>
      pageOf(
        cremationQuery(em)
          .where(`c.ashes_fate = 'KEPT' AND c.cancelled_at IS NULL`)
          .orderBy('c.cremation_on', 'ASC')
          .addOrderBy('c.number', 'ASC'),
        page,
        (rows) => rows.map(cremationView),
      ),
    );
  }

  scansOf(ctx: RequestContext, cremationId: string): Promise<ScanView[]> {
    return loader(
      ctx,
      'crematorium.scans',
      () =>
        new DataLoader<string, ScanView[]>(async (ids) =>
          byCremation(
            ids,
            await this.db.read((em) =>
              em.find(CrematoriumScan, { where: { cremationId: In([...ids]) }, order: { scannedAt: 'ASC' } }),
            ),
          ).map((rows) => rows.map(scanView)),
        ),
    ).load(cremationId);
  }

  reschedulesOf(ctx: RequestContext, cremationId: string): Promise<RescheduleView[]> {
    return loader(
      ctx,
      'crematorium.reschedules',
      () =>
        new DataLoader<string, RescheduleView[]>(async (ids) =>
          byCremation(
            ids,
            await this.db.read((em) =>
              em.find(CrematoriumReschedule, { where: { cremationId: In([...ids]) }, order: { recordedAt: 'ASC' } }),
            ),
          ).map((rows) => rows.map(rescheduleView)),
        ),
    ).load(cremationId);
  }

  /** Booked slots over the slots of the year, per line, counted by the database (the load that argues for a third line). */
  lineLoad(year: number): Promise<LineLoadView[]> {
    return this.db.read(async (em) => {
      const rows = await em.query<{ code: string; name: string; booked: number; available: number }[]>(
        `SELECT l.code, l.name, COUNT(c.id)::int AS booked,
                (((split_part(l.closes_at, ':', 1)::int * 60 + split_part(l.closes_at, ':', 2)::int)
                  - (split_part(l.opens_at, ':', 1)::int * 60 + split_part(l.opens_at, ':', 2)::int)) / l.slot_minutes
                 * ($2::date - $1::date + 1))::int AS available
           FROM crematorium_line l
           LEFT JOIN crematorium_cremation c ON c.line_code = l.code AND c.cremation_on BETWEEN $1 AND $2
                AND c.cancelled_at IS NULL
          GROUP BY l.code, l.name, l.opens_at, l.closes_at, l.slot_minutes
          ORDER BY l.code`,
        [`${year}-01-01`, `${year}-12-31`],
      );
      return rows.map((r) => ({ ...r, utilisation: utilisation(r.booked, r.available) }));
    });
  }

  /** Totals by the database; the latest lots and allocations listed. */
  metals(): Promise<MetalsView> {
    return this.db.read(async (em) => {
      const [totals] = await em.query<{ kg: string; proceeds: string; allocated: string }[]>(
        `SELECT (SELECT COALESCE(SUM(weight_kg), 0) FROM crematorium_metal_lot) AS kg,
                (SELECT COALESCE(SUM(proceeds_cents), 0) FROM crematorium_metal_lot) AS proceeds,
                (SELECT COALESCE(SUM(amount_cents), 0) FROM crematorium_metal_allocation) AS allocated`,
      );
      const lots = await em.find(CrematoriumMetalLot, { order: { collectedOn: 'DESC' }, take: MAX_METAL_ROWS });
      const allocations = await em.find(CrematoriumMetalAllocation, {
        order: { allocatedOn: 'DESC' },
        take: MAX_METAL_ROWS,
      });
      return {
        weightKg: Number(totals.kg),
        proceedsCents: Number(totals.proceeds),
        allocatedCents: Number(totals.allocated),
        balanceCents: Number(totals.proceeds) - Number(totals.allocated),
        lots: lots.map((l) => ({ ...l, weightKg: Number(l.weightKg) })),
        allocations,
      };
    });
  }
}
