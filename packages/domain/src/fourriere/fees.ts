import { IN_FORCE_STATUS_LABELS, inForceOn, inForceStatus, type InForceStatus } from '../core/in-force';
import { daysBetween, type LocalDate } from '../calendar/local-date';
import type { FourriereOrigin, FourriereSpecies } from './fourriere.choices';

/**
 * The fees an owner pays to take the animal back (frais de fourrière, L211-24 and L211-25: the
 * owner bears the costs of capture, custody, identification and veterinary care). Amounts in cents.
 */
export interface FourriereTariff {
  validFrom: LocalDate;
  species: FourriereSpecies;
  captureCents: number;
  boardingPerDayCents: number;
  identificationCents: number;
  vetVisitCents: number;
}

export interface FourriereFeeLine {
  code: 'CAPTURE' | 'BOARDING' | 'IDENTIFICATION' | 'VET_VISIT' | 'VET_ACT';
  label: string;
  quantity: number;
  unitCents: number;
  amountCents: number;
}

export interface FourriereFeeInput {
  tariffs: readonly FourriereTariff[];
  species: FourriereSpecies;
  origin: FourriereOrigin;
  intakeOn: LocalDate;
  releaseOn: LocalDate;
  /** The animal had no identification: it is identified at the owner's cost before leaving (L212-10). */
  identifyAtOwnerCost: boolean;
  vetActs: readonly { label: string; amountCents: number }[];
}

/** The tariff in force on a day for a species: the one with the latest valid_from not after it. */
export function fourriereTariffOn(
  tariffs: readonly FourriereTariff[],
  species: FourriereSpecies,
  day: LocalDate,
): FourriereTariff | null {
  return inForceOn(
    tariffs.filter((t) => t.species === species),
    day,
  );
}

export type FourriereTariffStatus = InForceStatus;
export const FOURRIERE_TARIFF_STATUS_LABELS = IN_FORCE_STATUS_LABELS;

/** Where a dated row stands on a day: the one in force for its species, one not yet in force, or one replaced since. */
export function fourriereTariffStatus(
  tariffs: readonly FourriereTariff[],
  t: Pick<FourriereTariff, 'species' | 'validFrom'>,
  today: LocalDate,
): FourriereTariffStatus {
  return inForceStatus(
    tariffs.filter((x) => x.species === t.species),
    t,
    today,
  );
}

/** Days of custody charged: each night spent at the pound, at least one (a same-day return pays one day). */
export function fourriereBoardingDays(intakeOn: LocalDate, releaseOn: LocalDate): number {
  if (releaseOn < intakeOn) throw new RangeError('La sortie ne peut pas précéder l’entrée.');
  return Math.max(1, daysBetween(intakeOn, releaseOn));
}

/**
 * The amount due for a stay, priced with the tariff in force on the day of entry (a later change of
 * the price list does not alter a stay already begun). An animal brought by a person pays no capture.
 */
export function computeFourriereFees(input: FourriereFeeInput): {
  tariff: FourriereTariff;
  lines: FourriereFeeLine[];
  totalCents: number;
} {
  const tariff = fourriereTariffOn(input.tariffs, input.species, input.intakeOn);
  if (!tariff) throw new RangeError(`Aucun tarif de fourrière en vigueur le ${input.intakeOn}.`);
  const lines: FourriereFeeLine[] = [];
  const line = (code: FourriereFeeLine['code'], label: string, quantity: number, unitCents: number) =>
    lines.push({ code, label, quantity, unitCents, amountCents: quantity * unitCents });
  if (input.origin !== 'BROUGHT') line('CAPTURE', 'Capture et transport', 1, tariff.captureCents);
  line(
    'BOARDING',
    'Frais de garde (par jour)',
    fourriereBoardingDays(input.intakeOn, input.releaseOn),
    tariff.boardingPerDayCents,
  );
  if (input.identifyAtOwnerCost)
    line('IDENTIFICATION', 'Identification (puce) aux frais du propriétaire', 1, tariff.identificationCents);
  line('VET_VISIT', 'Visite vétérinaire sanitaire', 1, tariff.vetVisitCents);
  for (const act of input.vetActs) line('VET_ACT', act.label, 1, act.amountCents);
  return { tariff, lines, totalCents: lines.reduce((s, l) => s + l.amountCents, 0) };
}

/** "123,45 €" for messages. */
export function fourriereEuros(cents: number): string {
  return `${(cents / 100).toFixed(2).replace('.', ',')} €`;
}

/**
 * Default price list seeded for the demo (2022 onwards) and a 2024 revision: plausible amounts for a
 * pound of this size, NOT the CALL's voted tariff (to confirm with the délibération tarifaire);
 * the fourrière director edits them, each change being a new dated row.
 */
export const DEFAULT_FOURRIERE_TARIFFS: readonly FourriereTariff[] = [
  {
    validFrom: '2022-01-01',
    species: 'DOG',
    captureCents: 7000,
    boardingPerDayCents: 1500,
    identificationCents: 6500,
    vetVisitCents: 3500,
  },
  {
    validFrom: '2022-01-01',
    species: 'CAT',
    captureCents: 5000,
    boardingPerDayCents: 1000,
    identificationCents: 5500,
    vetVisitCents: 3500,
  },
  {
    validFrom: '2024-01-01',
    species: 'DOG',
    captureCents: 7500,
    boardingPerDayCents: 1600,
    identificationCents: 6800,
    vetVisitCents: 3800,
  },
  {
    validFrom: '2024-01-01',
    species: 'CAT',
    captureCents: 5500,
    boardingPerDayCents: 1100,
    identificationCents: 5800,
    vetVisitCents: 3800,
  },
];
