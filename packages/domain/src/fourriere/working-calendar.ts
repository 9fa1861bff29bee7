import { inForceOn, inForceStatus } from '../core/in-force';
import { publicHolidays } from '../calendar/holidays';
import { frenchDay, isLocalDate, type LocalDate } from '../calendar/local-date';
import { DEFAULT_WORKING_CALENDAR, type WorkingCalendar } from '../calendar/working-days';
import type { FourriereTariffStatus } from './fees';

/**
 * The pound's working calendar, set by the fourrière director from a date, like every rule that
 * changes: public holidays it works anyway (e.g. the Lundi de Pentecôte as journée de solidarité) and
 * extra closed days (a local closure). An animal's holding period is computed with the setting in
 * force on the day of its intake and stored: a later setting never moves an end already computed.
 */
export interface FourriereCalendarSetting {
  validFrom: LocalDate;
  workedHolidays: readonly string[];
  extraClosedDays: readonly LocalDate[];
}

/** The setting the module's migration installs: Monday–Friday minus every public holiday (= DEFAULT_WORKING_CALENDAR). */
export const DEFAULT_FOURRIERE_CALENDAR_SETTING: FourriereCalendarSetting = {
  validFrom: '2015-01-01',
  workedHolidays: [],
  extraClosedDays: [],
};

/** The names of the metropolitan public holidays, in calendar order (those `publicHolidays()` returns). */
export const PUBLIC_HOLIDAY_NAMES: readonly string[] = publicHolidays(2024).map((h) => h.name);

/** The setting in force on a day: the latest one dated on or before it (null before the first one). */
export function fourriereCalendarOn<T extends Pick<FourriereCalendarSetting, 'validFrom'>>(
  settings: readonly T[],
  day: LocalDate,
): T | null {
  return inForceOn(settings, day);
}

/** The working calendar a setting stands for; before any setting, the default one. */
export function workingCalendarOf(
  setting: Pick<FourriereCalendarSetting, 'workedHolidays' | 'extraClosedDays'> | null,
): WorkingCalendar {
  if (!setting) return DEFAULT_WORKING_CALENDAR;
  return {
    ...DEFAULT_WORKING_CALENDAR,
    workedHolidays: [...setting.workedHolidays],
    extraClosedDays: [...setting.extraClosedDays],
  };
}

/** Where a dated setting stands on a day among all of them: in force, not yet, or replaced since. */
export function fourriereCalendarStatus(
  settings: readonly Pick<FourriereCalendarSetting, 'validFrom'>[],
  s: Pick<FourriereCalendarSetting, 'validFrom'>,
  today: LocalDate,
): FourriereTariffStatus {
  return inForceStatus(settings, s, today);
}

export interface CalendarSettingIssue {
  /** The input field, with the index of the faulty item (`extraClosedDays.2`). */
  field: string;
  message: string;
}

/**
 * What is wrong with a setting the director typed, in French, naming the field: a holiday name that
 * is not a public holiday, a closed day that is not a date, listed twice, or before the valid-from
 * date (it could never apply: a setting only governs intakes from its date on). Empty when valid.
 */
export function fourriereCalendarIssues(s: FourriereCalendarSetting): CalendarSettingIssue[] {
  const issues: CalendarSettingIssue[] = [];
  const seenHolidays = new Set<string>();
  s.workedHolidays.forEach((name, i) => {
    const field = `workedHolidays.${i}`;
    if (!PUBLIC_HOLIDAY_NAMES.includes(name))
      issues.push({
        field,
        message: `Jours fériés travaillés : « ${name} » n’est pas un jour férié (choix possibles : ${PUBLIC_HOLIDAY_NAMES.join(', ')}).`,
      });
    else if (seenHolidays.has(name))
      issues.push({ field, message: `Jours fériés travaillés : « ${name} » figure deux fois.` });
    seenHolidays.add(name);
  });
  const seenDays = new Set<string>();
  s.extraClosedDays.forEach((day, i) => {
    const field = `extraClosedDays.${i}`;
    if (!isLocalDate(day))
      issues.push({
        field,
        message: `Jours de fermeture supplémentaires : « ${String(day)} » n’est pas une date valide (format attendu AAAA-MM-JJ).`,
      });
    else if (seenDays.has(day))
      issues.push({ field, message: `Jours de fermeture supplémentaires : le ${frenchDay(day)} figure deux fois.` });
    else if (isLocalDate(s.validFrom) && day < s.validFrom)
      issues.push({
        field,
        message: `Jours de fermeture supplémentaires : le ${frenchDay(day)} précède l’entrée en vigueur (${frenchDay(s.validFrom)}).`,
      });
    seenDays.add(day);
  });
  return issues;
}
