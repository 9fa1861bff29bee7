import { publicHolidayName } from './holidays';
import { addDays, isoWeekday, type LocalDate } from './local-date';

/**
 * Which days count as "jours ouvrés". Defaults: Monday to Friday, minus the public holidays.
 * Configurable because services differ (e.g. a pound closed on an extra local day) and because
 * whether the Lundi de Pentecôte counts is a local choice (journée de solidarité).
 */
export interface WorkingCalendar {
  workingWeekdays: readonly number[]; // ISO 1 = Monday … 7 = Sunday
  excludePublicHolidays: boolean;
  extraClosedDays: readonly LocalDate[];
  /** Public holidays the service works anyway (e.g. 'Lundi de Pentecôte'). */
  workedHolidays: readonly string[];
}

export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = {
  workingWeekdays: [1, 2, 3, 4, 5],
  excludePublicHolidays: true,
  extraClosedDays: [],
  workedHolidays: [],
};

export function isWorkingDay(date: LocalDate, cal: WorkingCalendar = DEFAULT_WORKING_CALENDAR): boolean {
  if (!cal.workingWeekdays.includes(isoWeekday(date))) return false;
  if (cal.extraClosedDays.includes(date)) return false;
  if (cal.excludePublicHolidays) {
    const holiday = publicHolidayName(date);
    if (holiday && !cal.workedHolidays.includes(holiday)) return false;
  }
  return true;
}

/**
 * The date on which a "délai franc de n jours ouvrés" that starts with an event on `start` is complete:
 * the day of the event is not counted (délai franc), then n working days are counted; the delay is over
 * at the end of the n-th working day, so the act may happen from the next day on (see nextDayAfter).
 */
export function lastDayOfFrancWorkingDelay(
  start: LocalDate,
  workingDays: number,
  cal: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): LocalDate {
  if (workingDays < 1) throw new RangeError('Le délai doit compter au moins un jour');
  let day = start;
  let counted = 0;
  while (counted < workingDays) {
    day = addDays(day, 1);
    if (isWorkingDay(day, cal)) counted += 1;
  }
  return day;
}

/** Working days strictly after `from` up to and including `to`. */
export function countWorkingDaysBetween(
  from: LocalDate,
  to: LocalDate,
  cal: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, cal)) n += 1;
  return n;
}
