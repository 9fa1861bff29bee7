import DataLoader from 'dataloader';
import { In, type EntityManager } from 'typeorm';
import { computeFourriereFees, normalizeIdentification, toParisLocalDate, type LocalDate, type WorkingCalendar } from '@call/domain';
import type { Database } from '../../core/database/database';
import { loader, type RequestContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { FourriereAnimal, FourriereOwnerSearch, FourrierePayment, FourriereTariffRow, FourriereVetAct } from './entities';
import type { AnimalFilter } from './fourriere.inputs';
import { animalView, tariffOf, tariffView } from './fourriere.mapper';
import type { AnimalPage, AnimalView, FeeQuoteView, OwnerSearchView, PaymentView, TariffView, VetActView } from './fourriere.types';

export const fourriereToday = (): LocalDate => toParisLocalDate(new Date());

/** An animal with its commune and outcome, in one query. */
export function animalQuery(em: EntityManager) {
  return em
    .createQueryBuilder(FourriereAnimal, 'a')
    .innerJoinAndSelect('a.commune', 'c')
    .leftJoinAndSelect('a.outcome', 'o');
}

export async function loadAnimal(em: EntityManager, id: string, lock = false): Promise<FourriereAnimal> {
  if (lock) await em.createQueryBuilder(FourriereAnimal, 'a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne();
  const a = await animalQuery(em).where('a.id = :id', { id }).getOne();
  if (!a) throw notFound('Animal');
  return a;
}

function byAnimal<T extends { animalId: string }>(ids: readonly string[], rows: T[]): T[][] {
  return ids.map((id) => rows.filter((r) => r.animalId === id));
}

/** Reads of the fourrière: the board, an animal, the price list. */
export class FourriereService {
  constructor(private readonly db: Database, readonly calendar: WorkingCalendar) {}

  async animals(filter: AnimalFilter): Promise<AnimalPage> {
    const today = fourriereToday();
    return this.db.read(async (em) => {
      const qb = animalQuery(em);
      if (filter.present) qb.andWhere('o.id IS NULL');
      if (filter.species) qb.andWhere('a.species = :species', { species: filter.species });
      const ident = filter.identification ? normalizeIdentification(filter.identification) : '';
      if (ident) qb.andWhere("a.identification_number LIKE :ident || '%'", { ident });
      // the board: oldest intake first (longest in custody); a search: most recent first
      qb.orderBy('a.intake_at', filter.present ? 'ASC' : 'DESC').skip(filter.skip).take(filter.take);
      const [rows, total] = await qb.getManyAndCount();
      return { items: rows.map((a) => animalView(a, today)), total };
    });
  }

  animal(id: string): Promise<AnimalView> {
    return this.db.read(async (em) => animalView(await loadAnimal(em, id), fourriereToday()));
  }

  tariffs(): Promise<TariffView[]> {
    return this.db.read(async (em) => (await em.find(FourriereTariffRow, { order: { validFrom: 'DESC', species: 'ASC' } })).map(tariffView));
  }

  // Per-request loaders: the nested lists of many animals cost one query each, not one per animal.
  searchesOf(ctx: RequestContext, animalId: string): Promise<OwnerSearchView[]> {
    return loader(ctx, 'fourriere.searches', () => new DataLoader<string, OwnerSearchView[]>(async (ids) =>
      byAnimal(ids, await this.db.read((em) => em.find(FourriereOwnerSearch, { where: { animalId: In([...ids]) }, order: { doneOn: 'ASC', recordedAt: 'ASC' } }))),
    )).load(animalId);
  }

  vetActsOf(ctx: RequestContext, animalId: string): Promise<VetActView[]> {
    return loader(ctx, 'fourriere.vetActs', () => new DataLoader<string, FourriereVetAct[]>(async (ids) =>
      byAnimal(ids, await this.db.read((em) => em.find(FourriereVetAct, { where: { animalId: In([...ids]) }, order: { actOn: 'ASC' } }))),
    )).load(animalId);
  }

  paymentsOf(ctx: RequestContext, animalId: string): Promise<PaymentView[]> {
    return loader(ctx, 'fourriere.payments', () => new DataLoader<string, FourrierePayment[]>(async (ids) =>
      byAnimal(ids, await this.db.read((em) => em.find(FourrierePayment, { where: { animalId: In([...ids]) }, order: { paidOn: 'ASC' } }))),
    )).load(animalId);
  }

  private tariffRows(ctx: RequestContext): Promise<FourriereTariffRow[]> {
    return loader(ctx, 'fourriere.tariffRows', () => this.db.read((em) => em.find(FourriereTariffRow)));
  }

  /** What the owner would pay to take the animal back on that day (null when no tariff applies). */
  async feesDue(ctx: RequestContext, a: AnimalView, on: LocalDate | null): Promise<FeeQuoteView | null> {
    const day = on ?? a.outcome?.outcomeOn ?? fourriereToday();
    if (day < a.intakeOn) return null;
    const [tariffs, acts] = await Promise.all([this.tariffRows(ctx), this.vetActsOf(ctx, a.id)]);
    try {
      const f = computeFourriereFees({
        tariffs: tariffs.map(tariffOf), species: a.species, origin: a.origin, intakeOn: a.intakeOn, releaseOn: day,
        identifyAtOwnerCost: a.identificationKind === 'NONE', vetActs: acts,
      });
      return { on: day, tariffValidFrom: f.tariff.validFrom, lines: f.lines, totalCents: f.totalCents };
    } catch (e) {
      if (e instanceof RangeError) return null;
      throw e;
    }
  }
}
