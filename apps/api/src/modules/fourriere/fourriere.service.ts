import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import {
  allowedFourriereOutcomes,
  computeFourriereFees,
  normalizeIdentification,
  poundMayRecordAdoption,
  type FourriereOutcomeType,
  type LocalDate,
} from '@call/domain';
import type { Database } from '../../core/database/database';
import { loader, type RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import type { Clock } from '../../core/kit/clock';
import { pageOf, type PageArgs } from '../../core/kit/paging';
import {
  FourriereAnimal,
  FourriereManagerSettingRow,
  FourriereOwnerSearch,
  FourrierePayment,
  FourriereTariffRow,
  FourriereVetAct,
} from './entities';
import type { AnimalFilter } from './fourriere.inputs';
import { animalView, tariffOf, tariffView, vetActView } from './fourriere.mapper';
import type {
  AnimalPage,
  AnimalView,
  BoardAlertsView,
  FeeQuoteView,
  OwnerSearchView,
  PaymentView,
  TariffView,
  VetActView,
} from './fourriere.types';

/** An animal with its commune and outcome, in one query. */
export function animalQuery(em: EntityManager) {
  return em
    .createQueryBuilder(FourriereAnimal, 'a')
    .innerJoinAndSelect('a.commune', 'c')
    .leftJoinAndSelect('a.outcome', 'o');
}

export async function loadAnimal(em: EntityManager, id: string, lock = false): Promise<FourriereAnimal> {
  if (lock)
    await em.createQueryBuilder(FourriereAnimal, 'a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
  const a = await animalQuery(em).where('a.id = :id', { id }).getOne();
  if (!a) throw notFound('Animal');
  return a;
}

function byAnimal<T extends { animalId: string }>(ids: readonly string[], rows: T[]): T[][] {
  return ids.map((id) => rows.filter((r) => r.animalId === id));
}

/** Reads of the fourrière: the board, an animal, the price list. */
export class FourriereService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** The day the pound lives in (Paris), from the core's clock. */
  today(): LocalDate {
    return this.clock.today();
  }

  async animals(filter: AnimalFilter, page: PageArgs): Promise<AnimalPage> {
    const today = this.today();
    return this.db.read(async (em) => {
      const qb = animalQuery(em);
      if (filter.present) qb.andWhere('o.id IS NULL');
      if (filter.species) qb.andWhere('a.species = :species', { species: filter.species });
      const ident = filter.identification ? normalizeIdentification(filter.identification) : '';
      if (ident) qb.andWhere("a.identification_number LIKE :ident || '%'", { ident });
      // the board: oldest intake first (longest in custody); a search: most recent first
      qb.orderBy('a.intake_at', filter.present ? 'ASC' : 'DESC').addOrderBy('a.number', 'ASC');
      return pageOf(qb, page, (rows) => rows.map((a) => animalView(a, today)));
    });
  }

  animal(id: string): Promise<AnimalView> {
    return this.db.read(async (em) => animalView(await loadAnimal(em, id), this.today()));
  }

  /**
   * The board's alerts, counted by the database: present animals (no outcome) whose délai franc de
   * garde ends today, or ended before today. A requisition has no such period: it waits for the court.
   */
  boardAlerts(): Promise<BoardAlertsView> {
    const today = this.today();
    return this.db.read(async (em) => {
      const counts = await em
        .createQueryBuilder(FourriereAnimal, 'a')
        .leftJoin('a.outcome', 'o')
        .select('count(*) FILTER (WHERE a.holding_end_on = :today)', 'endsToday')
        .addSelect('count(*) FILTER (WHERE a.holding_end_on < :today)', 'overdue')
        .where('o.id IS NULL')
        .setParameter('today', today)
        .getRawOne<{ endsToday: string; overdue: string }>();
      const rows = await animalQuery(em)
        .where('o.id IS NULL AND a.holding_end_on <= :today', { today })
        .orderBy('a.holding_end_on', 'ASC')
        .addOrderBy('a.intake_at', 'ASC')
        .take(200)
        .getMany();
      return {
        endsToday: Number(counts?.endsToday ?? 0),
        overdue: Number(counts?.overdue ?? 0),
        animals: rows.map((a) => animalView(a, today)),
      };
    });
  }

  /** The dated price list, newest first, each row marked in force, upcoming or replaced today. */
  tariffs(): Promise<TariffView[]> {
    const today = this.today();
    return this.db.read(async (em) => {
      const rows = await em.find(FourriereTariffRow, { order: { validFrom: 'DESC', species: 'ASC' } });
      return rows.map((r) => tariffView(r, rows, today));
    });
  }

  // Per-request loaders: the nested lists of many animals cost one query each, not one per animal.
  searchesOf(ctx: RequestContext, animalId: string): Promise<OwnerSearchView[]> {
    return loader(
      ctx,
      'fourriere.searches',
      () =>
        new DataLoader<string, OwnerSearchView[]>(async (ids) =>
          byAnimal(
            ids,
            await this.db.read((em) =>
              em.find(FourriereOwnerSearch, {
                where: { animalId: In([...ids]) },
                order: { doneOn: 'ASC', recordedAt: 'ASC' },
              }),
            ),
          ),
        ),
    ).load(animalId);
  }

  vetActsOf(ctx: RequestContext, animalId: string): Promise<VetActView[]> {
    return loader(
      ctx,
      'fourriere.vetActs',
      () =>
        new DataLoader<string, VetActView[]>(async (ids) =>
          byAnimal(
            ids,
            (
              await this.db.read((em) =>
                em.find(FourriereVetAct, {
                  where: { animalId: In([...ids]) },
                  order: { actOn: 'ASC', recordedAt: 'ASC' },
                }),
              )
            ).map((v) => ({ ...vetActView(v), animalId: v.animalId })),
          ),
        ),
    ).load(animalId);
  }

  paymentsOf(ctx: RequestContext, animalId: string): Promise<PaymentView[]> {
    return loader(
      ctx,
      'fourriere.payments',
      () =>
        new DataLoader<string, FourrierePayment[]>(async (ids) =>
          byAnimal(
            ids,
            await this.db.read((em) =>
              em.find(FourrierePayment, { where: { animalId: In([...ids]) }, order: { paidOn: 'ASC' } }),
            ),
          ),
        ),
    ).load(animalId);
  }

  /** The outcomes the rules allow on a day (L211-25 II read from the manager's declaration in force then). */
  async allowedOutcomes(ctx: RequestContext, a: AnimalView, on: LocalDate | null): Promise<FourriereOutcomeType[]> {
    const day = on ?? this.today();
    const settings = await loader(ctx, 'fourriere.managerSettings', () =>
      this.db.read((em) => em.find(FourriereManagerSettingRow)),
    );
    return allowedFourriereOutcomes(
      {
        species: a.species,
        origin: a.origin,
        intakeOn: a.intakeOn,
        holdingEnd: a.holdingEnd,
        outcome: a.outcome?.type ?? null,
        identified: a.identificationKind !== 'NONE',
        court: a.courtRuling && a.courtDecidedOn ? { ruling: a.courtRuling, decidedOn: a.courtDecidedOn } : null,
        poundMayAdopt: poundMayRecordAdoption(settings, day),
      },
      day,
    );
  }

  private tariffRows(ctx: RequestContext): Promise<FourriereTariffRow[]> {
    return loader(ctx, 'fourriere.tariffRows', () => this.db.read((em) => em.find(FourriereTariffRow)));
  }

  /** What the owner would pay to take the animal back on that day (null when no tariff applies). */
  async feesDue(ctx: RequestContext, a: AnimalView, on: LocalDate | null): Promise<FeeQuoteView | null> {
    const day = on ?? a.outcome?.outcomeOn ?? this.today();
    if (day < a.intakeOn) return null;
    const [tariffs, acts] = await Promise.all([this.tariffRows(ctx), this.vetActsOf(ctx, a.id)]);
    try {
      const f = computeFourriereFees({
        tariffs: tariffs.map(tariffOf),
        species: a.species,
        origin: a.origin,
        intakeOn: a.intakeOn,
        releaseOn: day,
        identifyAtOwnerCost: a.identificationKind === 'NONE',
        vetActs: acts,
      });
      return { on: day, tariffValidFrom: f.tariff.validFrom, lines: f.lines, totalCents: f.totalCents };
    } catch (e) {
      if (e instanceof RangeError) return null;
      throw e;
    }
  }
}
