import { holidayOrSunday, type LocalDate } from './calendar-days';
import { addDays, frenchDay, toParisLocalDate } from '../calendar/local-date';

/**
 * When a cremation may take place after death (CGCT R2213-35).
 * - Deaths since 12 July 2024 (décret 2024-790 of 10 July 2024): at least 24 hours after death and at the latest the
 *   14th calendar day after the day of death.
 * - Before: at least 24 hours and at most 6 days after death, Sundays and public holidays not counted.
 * A prefect's derogation (R2213-35, last paragraph) lifts the window. The regimes are dated data: a new decree is a
 * new entry.
 */
export interface CremationWindowRegime {
  validFrom: LocalDate;
  maxDays: number;
  /** Sundays and public holidays are not counted in `maxDays`. */
  skipSundaysAndHolidays: boolean;
  reference: string;
}

export const CREMATION_WINDOW_REGIMES: readonly CremationWindowRegime[] = [
  {
    validFrom: '1900-01-01',
    maxDays: 6,
    skipSundaysAndHolidays: true,
    reference: 'CGCT R2213-35 (avant le décret 2024-790)',
  },
  { validFrom: '2024-07-12', maxDays: 14, skipSundaysAndHolidays: false, reference: 'CGCT R2213-35, décret 2024-790' },
];

const MIN_HOURS = 24;

export function regimeFor(deathOn: LocalDate, regimes = CREMATION_WINDOW_REGIMES): CremationWindowRegime {
  return [...regimes].filter((r) => r.validFrom <= deathOn).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
}

/** The last day (Paris) a cremation may take place without derogation. */
export function latestCremationDay(deathOn: LocalDate, regimes = CREMATION_WINDOW_REGIMES): LocalDate {
  const regime = regimeFor(deathOn, regimes);
  if (!regime.skipSundaysAndHolidays) return addDays(deathOn, regime.maxDays);
  let day = deathOn;
  let counted = 0;
  while (counted < regime.maxDays) {
    day = addDays(day, 1);
    if (!holidayOrSunday(day)) counted++;
  }
  return day;
}

export interface CremationWindow {
  earliest: Date;
  latestDay: LocalDate;
  reference: string;
}

export function cremationWindow(deathAt: Date, regimes = CREMATION_WINDOW_REGIMES): CremationWindow {
  const deathOn = toParisLocalDate(deathAt);
  return {
    earliest: new Date(deathAt.getTime() + MIN_HOURS * 3_600_000),
    latestDay: latestCremationDay(deathOn, regimes),
    reference: regimeFor(deathOn, regimes).reference,
  };
}

/** Why a cremation at `startsAt` is outside the window (French, for the agent), or null when it is inside. */
export function cremationWindowViolation(
  deathAt: Date,
  startsAt: Date,
  regimes = CREMATION_WINDOW_REGIMES,
): string | null {
  const w = cremationWindow(deathAt, regimes);
  if (startsAt < w.earliest)
    return `La crémation ne peut avoir lieu moins de 24 heures après le décès (${w.reference}) sans dérogation préfectorale.`;
  if (toParisLocalDate(startsAt) > w.latestDay)
    return `La crémation doit avoir lieu au plus tard le ${frenchDay(w.latestDay)} (${w.reference}) sans dérogation préfectorale.`;
  return null;
}
