/**
 * Dates of law are calendar days, not instants: we carry them as ISO strings `YYYY-MM-DD`
 * and compute in UTC so that no time zone or daylight-saving change can shift a deadline.
 */
export type LocalDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): value is LocalDate {
  const m = ISO.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

export function parseLocalDate(value: LocalDate): Date {
  if (!isLocalDate(value)) throw new RangeError(`Date invalide : ${String(value)}`);
  const [y, m, d] = value.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

export function formatLocalDate(date: Date): LocalDate {
  return date.toISOString().slice(0, 10);
}

// built once: creating a DateTimeFormat costs far more than formatting with it (the clock asks on every request)
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day of a JS Date as seen in France (Europe/Paris), e.g. for an intake at 23:30. */
export function toParisLocalDate(instant: Date): LocalDate {
  return PARIS_DAY.format(instant);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = parseLocalDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return formatLocalDate(d);
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: LocalDate): number {
  const w = parseLocalDate(date).getUTCDay();
  return w === 0 ? 7 : w;
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((parseLocalDate(to).getTime() - parseLocalDate(from).getTime()) / 86_400_000);
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Adds months the way French administrative law counts a delay "de n mois": the deadline falls on the
 * same day number n months later (quantième), and when that day does not exist in the target month
 * (31 → 30 April, 30/31 → February) on the last day of that month. E.g. 2023-01-31 + 1 month = 2023-02-28;
 * 2024-01-31 + 1 month = 2024-02-29; 2023-03-15 + 2 months = 2023-05-15.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number);
  if (!isLocalDate(date)) throw new RangeError(`Date invalide : ${String(date)}`);
  const targetMonthIndex = m - 1 + months;
  const ty = y + Math.floor(targetMonthIndex / 12);
  const tm = ((targetMonthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return formatLocalDate(new Date(Date.UTC(ty, tm, Math.min(d, lastDay))));
}

/** A day of law as a French reader writes it (dd/mm/yyyy), for messages, timelines and screens; '—' when absent. */
export function frenchDay(day: LocalDate | null | undefined): string {
  return day ? `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}` : '—';
}
