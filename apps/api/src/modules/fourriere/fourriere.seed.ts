import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  addDays,
  cessionAllowedFrom,
  computeFourriereFees,
  DEFAULT_FOURRIERE_TARIFFS,
  holdingPeriodEnd,
  FOURRIERE_WORKING_CALENDAR,
  type CourtRuling,
  type FourriereOrigin,
  type FourriereOutcomeType,
  type FourriereSpecies,
  type IdentificationKind,
  type LocalDate,
} from '@call/domain';
import type { SeedContext } from '../../core/module';
import { Commune } from '../../core/referentials/commune.entity';
import {
  FourriereAnimal,
  FourriereManagerSettingRow,
  FourriereOutcome,
  FourriereOwnerSearch,
  FourrierePayment,
  FourriereTariffRow,
} from './entities';
import * as P from './fourriere.seed-plan';

type Row<T> = Partial<T> & Record<string, unknown>;

/** Deterministic pseudo-random numbers (mulberry32): the same demo every time. */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (a: number, b: number) => a + Math.floor(next() * (b - a + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)];
  const shuffle = <T>(xs: T[]) => {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  };
  return { next, int, pick, shuffle };
}

const MONTH_WEIGHTS = [6, 6, 7, 8, 9, 10, 11, 11, 9, 8, 7, 8]; // more strays in summer
const TARIFFS = DEFAULT_FOURRIERE_TARIFFS;
const RULING: Partial<Record<FourriereOutcomeType, CourtRuling>> = {
  RETURNED: 'RESTITUTION',
  CEDED: 'CONFISCATION',
  ADOPTED: 'CONFISCATION',
  EUTHANISED: 'EUTHANASIA',
};

class Builder {
  animals: Row<FourriereAnimal>[] = [];
  outcomes: Row<FourriereOutcome>[] = [];
  payments: Row<FourrierePayment>[] = [];
  searches: Row<FourriereOwnerSearch>[] = [];
  private readonly r = prng(20230101);
  constructor(
    private readonly communes: { inseeCode: string; population: number }[],
    private readonly login: string,
  ) {}

  private commune(): string {
    const total = this.communes.reduce((s, c) => s + c.population, 0);
    let x = this.r.next() * total;
    for (const c of this.communes) if ((x -= c.population) < 0) return c.inseeCode;
    return this.communes[0].inseeCode;
  }
  private randomDay(year: number): LocalDate {
    let x = this.r.next() * MONTH_WEIGHTS.reduce((a, b) => a + b, 0);
    let m = 0;
    while ((x -= MONTH_WEIGHTS[m]) > 0 && m < 11) m += 1;
    const days = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
    return `${year}-${String(m + 1).padStart(2, '0')}-${String(this.r.int(1, days)).padStart(2, '0')}`;
  }
  private person = () => `${this.r.pick(P.FIRST_NAMES)} ${this.r.pick(P.SURNAMES)}`;
  private chip = () => `250269${String(this.r.int(0, 999_999_999)).padStart(9, '0')}`;

  /** The outcome day of a kind, or of a court decision, from an intake day. */
  private timeline(
    origin: FourriereOrigin,
    kind: P.PlanKind,
    intakeOn: LocalDate,
  ): { outcomeOn: LocalDate; decidedOn?: LocalDate } {
    if (origin === 'REQUISITION') {
      const decidedOn = addDays(intakeOn, this.r.int(15, 70));
      return { decidedOn, outcomeOn: addDays(decidedOn, this.r.int(0, 7)) };
    }
    if (kind === 'RETURNED') return { outcomeOn: addDays(intakeOn, this.r.pick([0, 1, 1, 1, 2, 2, 3, 4, 6])) };
    if (kind === 'DIED') return { outcomeOn: addDays(intakeOn, this.r.int(0, 10)) };
    if (kind === 'ESCAPED') return { outcomeOn: addDays(intakeOn, this.r.int(0, 6)) };
    return {
      outcomeOn: addDays(
        cessionAllowedFrom(holdingPeriodEnd(intakeOn, origin, FOURRIERE_WORKING_CALENDAR)!),
        this.r.int(0, 25),
      ),
    };
  }

  /** One intake event (an animal or a litter) whose outcomes all fall within the year, or after it for PRESENT ones. */
  add(
    year: number,
    species: FourriereSpecies,
    origin: FourriereOrigin,
    kinds: P.PlanKind[],
    fixedIntake?: LocalDate,
  ): void {
    const yearEnd = `${year}-12-31`;
    const present = kinds.includes('PRESENT');
    let intakeOn: LocalDate;
    let plans: { kind: P.PlanKind; outcomeOn: LocalDate | null; decidedOn?: LocalDate }[];
    for (;;) {
      intakeOn =
        fixedIntake ??
        (present
          ? origin === 'REQUISITION'
            ? addDays(`${year}-11-01`, this.r.int(0, 49))
            : addDays(`${year}-12-15`, this.r.int(0, 14))
          : this.randomDay(year));
      plans = kinds.map((kind) => {
        if (kind === 'PRESENT') {
          // still in the pound on 31 December: ceded in the new year (after the court's decision for a requisition)
          if (origin === 'REQUISITION') {
            const decidedOn = addDays(`${year + 1}-01-10`, this.r.int(0, 40));
            return { kind, decidedOn, outcomeOn: addDays(decidedOn, this.r.int(1, 7)) };
          }
          const from = cessionAllowedFrom(holdingPeriodEnd(intakeOn, origin)!);
          const newYear = `${year + 1}-01-02`;
          return { kind, outcomeOn: addDays(from > newYear ? from : newYear, this.r.int(0, 10)) };
        }
        return { kind, ...this.timeline(origin, kind, intakeOn) };
      });
      if (fixedIntake || plans.every((p) => p.kind === 'PRESENT' || p.outcomeOn! <= yearEnd)) break;
    }
    const litterId = kinds.length > 1 ? randomUUID() : null;
    const communeInsee = this.commune();
    const place = `${this.r.pick(P.PLACES)}`;
    const hour = this.r.int(8, 18);
    let intakeAt = new Date(
      `${intakeOn}T${String(hour).padStart(2, '0')}:${String(this.r.int(0, 59)).padStart(2, '0')}:00+01:00`,
    );
    // an animal of today's demo board cannot have come in later than now
    if (intakeAt.getTime() > Date.now())
      intakeAt = new Date(Math.max(Date.now() - 60_000, new Date(`${intakeOn}T00:00:00+01:00`).getTime()));
    const breed = species === 'DOG' ? this.r.pick(P.DOG_BREEDS) : this.r.pick(P.CAT_BREEDS);
    const colour = this.r.pick(P.COLOURS);
    for (const plan of plans) {
      const id = randomUUID();
      const identified =
        !litterId &&
        this.r.next() <
          (species === 'DOG' ? (plan.kind === 'RETURNED' ? 0.75 : 0.45) : plan.kind === 'RETURNED' ? 0.8 : 0.1);
      let identificationKind: IdentificationKind = identified ? (this.r.next() < 0.92 ? 'CHIP' : 'TATTOO') : 'NONE';
      let identificationNumber =
        identificationKind === 'CHIP'
          ? this.chip()
          : identificationKind === 'TATTOO'
            ? `${this.r.pick(['ABC', 'KLM', 'DFR', 'XPT'])}${this.r.int(100, 999)}`
            : null;
      const kind = plan.kind === 'PRESENT' ? 'CEDED' : plan.kind;
      const returned = kind === 'RETURNED';
      const owner = this.person();
      if (identified) {
        this.searches.push({
          animalId: id,
          doneOn: intakeOn,
          kind: 'ICAD_LOOKUP',
          result: returned ? 'OWNER_FOUND' : this.r.pick(['NOT_FOUND', 'OUTDATED_CONTACT'] as const),
          ownerName: returned ? owner : null,
          ownerPhone: returned
            ? `06 ${this.r.int(10, 99)} ${this.r.int(10, 99)} ${this.r.int(10, 99)} ${this.r.int(10, 99)}`
            : null,
          ownerAddress: null,
          notes: null,
          recordedByLogin: this.login,
        });
      }
      const identifyAtOwnerCost = returned && !identified;
      if (identifyAtOwnerCost) {
        identificationKind = 'CHIP';
        identificationNumber = this.chip();
      }
      const fees = computeFourriereFees({
        tariffs: TARIFFS,
        species,
        origin,
        intakeOn,
        releaseOn: plan.outcomeOn!,
        identifyAtOwnerCost,
        vetActs: [],
      });
      this.animals.push({
        id,
        species,
        origin,
        intakeAt,
        intakeOn,
        communeInsee,
        place,
        breed,
        colour,
        litterId,
        sex: this.r.pick(['MALE', 'FEMALE', 'MALE', 'FEMALE', 'UNKNOWN'] as const),
        estimatedAge: litterId ? `${this.r.int(3, 10)} semaines` : `${this.r.int(1, 12)} ans`,
        identificationKind,
        identificationNumber,
        healthNotes: null,
        contractorRef: `SACPA-${intakeOn.slice(0, 4)}-${this.r.int(10000, 99999)}`,
        requisitionRef:
          origin === 'REQUISITION' ? `PV ${this.r.int(1000, 9999)}/${intakeOn.slice(2, 4)} — Parquet de Béthune` : null,
        holdingEndOn: holdingPeriodEnd(intakeOn, origin, FOURRIERE_WORKING_CALENDAR),
        courtDecidedOn: plan.decidedOn ?? null,
        courtRuling: plan.decidedOn ? RULING[kind]! : null,
        courtDecision: plan.decidedOn
          ? `Jugement du tribunal correctionnel de Béthune : ${kind === 'RETURNED' ? 'restitution au propriétaire' : kind === 'EUTHANISED' ? 'euthanasie de l’animal' : 'confiscation et remise à une association'}.`
          : null,
        recordedByLogin: this.login,
      });
      this.outcomes.push({
        animalId: id,
        type: kind,
        outcomeOn: plan.outcomeOn!,
        ownerName: returned ? owner : null,
        ownerContact: null,
        associationName: kind === 'CEDED' || kind === 'ADOPTED' ? this.r.pick(P.ASSOCIATIONS) : null,
        adopterName: kind === 'ADOPTED' ? this.person() : null,
        reason:
          kind === 'EUTHANISED'
            ? this.r.pick(P.EUTHANASIA_REASONS)
            : kind === 'DIED'
              ? this.r.pick(P.DEATH_REASONS)
              : kind === 'ESCAPED'
                ? 'Évasion lors de la sortie au parc'
                : null,
        stayCostCents: fees.totalCents,
        recordedByLogin: this.login,
      });
      if (returned)
        this.payments.push({
          animalId: id,
          paidOn: plan.outcomeOn!,
          amountCents: fees.totalCents,
          method: this.r.pick(['CARD', 'CARD', 'CHEQUE', 'CASH'] as const),
          receiptNumber: `QF-${this.r.int(100000, 999999)}`,
          payerName: owner,
          lines: fees.lines,
          recordedByLogin: this.login,
        });
    }
  }

  year(plan: P.YearPlan): void {
    const expand = (counts: Partial<Record<P.PlanKind, number>>) =>
      this.r.shuffle(Object.entries(counts).flatMap(([k, n]) => Array<P.PlanKind>(n).fill(k as P.PlanKind)));
    for (const k of expand(plan.dogRequisitions)) this.add(plan.year, 'DOG', 'REQUISITION', [k]);
    for (const k of expand(plan.dogs)) this.add(plan.year, 'DOG', 'CAPTURE_MAYOR', [k]);
    const cats = expand(plan.cats);
    // kittens of a litter are never the ones still present on 31 December, to keep litters within the year
    const presentCats = cats.filter((k) => k === 'PRESENT');
    const others = cats.filter((k) => k !== 'PRESENT');
    for (const size of plan.catLitters) this.add(plan.year, 'CAT', 'CAPTURE_MAYOR', others.splice(0, size));
    for (const k of [...others, ...presentCats]) this.add(plan.year, 'CAT', 'CAPTURE_MAYOR', [k]);
  }

  /** A few animals in the pound now, so the board has something to show (they do not touch past years). */
  current(today: LocalDate): void {
    const endsToday = Array.from({ length: 20 }, (_, i) => addDays(today, -i - 1)).find(
      (d) => holdingPeriodEnd(d, 'CAPTURE_MAYOR') === today,
    );
    const days = [
      addDays(today, -14),
      addDays(today, -6),
      addDays(today, -2),
      today,
      ...(endsToday ? [endsToday] : []),
    ];
    const before = this.animals.length;
    for (const d of days) this.add(Number(d.slice(0, 4)), 'DOG', 'CAPTURE_MAYOR', ['PRESENT'], d);
    this.add(Number(today.slice(0, 4)), 'CAT', 'CAPTURE_MAYOR', ['PRESENT', 'PRESENT', 'PRESENT'], addDays(today, -3));
    this.add(Number(today.slice(0, 4)), 'DOG', 'REQUISITION', ['PRESENT'], addDays(today, -20));
    // still in custody: drop their planned outcomes, payments and court decisions
    const ids = new Set(this.animals.slice(before).map((a) => a.id));
    this.outcomes = this.outcomes.filter((o) => !ids.has(o.animalId as string));
    this.payments = this.payments.filter((p) => !ids.has(p.animalId as string));
    for (const a of this.animals.slice(before))
      Object.assign(a, { courtDecidedOn: null, courtRuling: null, courtDecision: null });
  }
}

async function insertChunks<T>(em: EntityManager, entity: new () => T, rows: Row<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await em.insert(entity, rows.slice(i, i + 500));
}

/** Demo activity: 2022 and 2023 (the report's figures), the price list, and a few animals present today. */
export async function seedFourriere({ em, users, today }: SeedContext): Promise<void> {
  const login = users.get('agent.fourriere')?.login ?? 'agent.fourriere';
  await em.insert(
    FourriereTariffRow,
    TARIFFS.map((t) => ({
      ...t,
      note: 'Tarif par défaut de démonstration (à confirmer par délibération)',
      recordedByLogin: 'système',
    })),
  );
  // the report counts adoptions by the pound: in the demo its manager is declared an association with a refuge
  await em.insert(FourriereManagerSettingRow, {
    validFrom: '2015-01-01',
    managerName: 'Gestionnaire de démonstration (association disposant d’un refuge)',
    refugeAssociation: true,
    note: 'Déclaration de démonstration : à remplacer par celle du gestionnaire réel (art. L211-25 II du Code rural).',
    recordedByLogin: 'système',
  });
  const communes = await em.find(Commune, {
    select: { inseeCode: true, population: true },
    order: { inseeCode: 'ASC' },
  });
  const b = new Builder(communes, login);
  for (const plan of P.SEED_PLANS) b.year(plan);
  b.current(today);
  b.animals.sort((x, y) => (x.intakeAt as Date).getTime() - (y.intakeAt as Date).getTime());
  await insertChunks(em, FourriereAnimal, b.animals);
  await insertChunks(em, FourriereOutcome, b.outcomes);
  await insertChunks(em, FourrierePayment, b.payments);
  await insertChunks(em, FourriereOwnerSearch, b.searches);
}
