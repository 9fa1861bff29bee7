// Public holidays come from @socialgouv/jours-feries (Code du travail L3133-1, Easter-based ones included).
import getJoursFeries from '@socialgouv/jours-feries';
import type { LocalDate } from './local-date';

export interface PublicHoliday {
  date: LocalDate;
  name: string;
}

const cache = new Map<number, PublicHoliday[]>();

/** The eleven metropolitan public holidays of a year (Alsace-Moselle's two extra days are not the CALL's). */
export function publicHolidays(year: number): PublicHoliday[] {
  let list = cache.get(year);
  if (!list) {
    const raw = getJoursFeries(year, { alsace: false });
    list = Object.entries(raw)
      .map(([name, d]) => ({
        name,
        // the package builds local-time dates: read them back in local time
        date: `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
      }))
      .sort((a, b) => a.date.localeCompare(b.date));
    cache.set(year, list);
  }
  return list;
}

export function publicHolidayName(date: LocalDate): string | undefined {
  return publicHolidays(Number(date.slice(0, 4))).find((h) => h.date === date)?.name;
}
