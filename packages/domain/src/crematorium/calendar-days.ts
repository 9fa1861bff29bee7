import { isoWeekday, type LocalDate } from '../calendar/local-date';
import { publicHolidayName } from '../calendar/holidays';

export type { LocalDate };

export const holidayOrSunday = (day: LocalDate): boolean => isoWeekday(day) === 7 || !!publicHolidayName(day);
