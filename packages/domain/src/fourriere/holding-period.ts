import { addDays, daysBetween, type LocalDate } from '../calendar/local-date';
import { DEFAULT_WORKING_CALENDAR, lastDayOfFrancWorkingDelay, type WorkingCalendar } from '../calendar/working-days';
import type { FourriereOrigin } from './fourriere.choices';

/**
 * Code rural, art. L211-25 I: an animal not claimed by its owner "au terme d'un délai franc de garde
 * de huit jours ouvrés" is deemed abandoned; the manager may then cede it free of charge to an
 * association with a refuge, or have it euthanised on veterinary advice.
 * Délai franc: the day of entry is not counted; jours ouvrés: Monday–Friday minus public holidays
 * (the pound's WorkingCalendar). The delay runs to the end of the 8th working day, so the animal may
 * be ceded, adopted or euthanised from the next calendar day on.
 */
export const HOLDING_PERIOD_WORKING_DAYS = 8;

/**
 * The pound's default calendar: public reception Monday–Friday, closed on public holidays (report 2023).
 * The director may date another one (fourriere_calendar, see working-calendar.ts); intakes use the one in force that day.
 */
export const FOURRIERE_WORKING_CALENDAR: WorkingCalendar = DEFAULT_WORKING_CALENDAR;

/** Judicial requisitions have no holding period: the court decides the animal's fate. */
export function hasHoldingPeriod(origin: FourriereOrigin): boolean {
  return origin !== 'REQUISITION';
}

/** Last day of the délai franc de garde (the 8th working day after the day of entry), or null for a requisition. */
export function holdingPeriodEnd(
  intakeOn: LocalDate,
  origin: FourriereOrigin,
  cal: WorkingCalendar = FOURRIERE_WORKING_CALENDAR,
): LocalDate | null {
  if (!hasHoldingPeriod(origin)) return null;
  return lastDayOfFrancWorkingDelay(intakeOn, HOLDING_PERIOD_WORKING_DAYS, cal);
}

/** First day on which the animal may leave the pound's custody other than to its owner. */
export function cessionAllowedFrom(holdingEnd: LocalDate): LocalDate {
  return addDays(holdingEnd, 1);
}

export type HoldingStatus = 'RUNNING' | 'ENDS_TODAY' | 'OVER' | 'COURT';

export const HOLDING_STATUS_LABELS: Record<HoldingStatus, string> = {
  RUNNING: 'Délai de garde en cours',
  ENDS_TODAY: 'Délai de garde expirant ce jour',
  OVER: 'Délai de garde échu',
  COURT: 'Décision judiciaire attendue',
};

/** What the board flags: the period ends today, or is over and the animal has no outcome yet. */
export const HOLDING_ALERT_STATUSES: readonly HoldingStatus[] = ['ENDS_TODAY', 'OVER'];

export function holdingStatus(holdingEnd: LocalDate | null, today: LocalDate): HoldingStatus {
  if (!holdingEnd) return 'COURT';
  if (today < holdingEnd) return 'RUNNING';
  return today === holdingEnd ? 'ENDS_TODAY' : 'OVER';
}

/** Days in custody: calendar days since the day of entry (0 on the day itself). */
export function daysInCustody(intakeOn: LocalDate, until: LocalDate): number {
  return Math.max(0, daysBetween(intakeOn, until));
}
