import { frenchDay, toParisLocalDate } from '@call/domain';

/**
 * French formatting of the figures the server computes. Nothing here computes a figure:
 * it only writes it the way a French reader expects ("1 234,5 jours", "12,3 %", "4 500 €").
 */
type IndicatorUnit = 'count' | 'percent' | 'days' | 'euros' | 'hours' | 'm2';

const LOCALE = 'fr-FR';

const formatters: Record<IndicatorUnit, Intl.NumberFormat> = {
  count: new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }),
  // the server sends percentages already multiplied by 100 (45.2 means 45,2 %)
  percent: new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }),
  days: new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 }),
  hours: new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 }),
  euros: new Intl.NumberFormat(LOCALE, { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }),
  m2: new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }),
};

function isUnit(unit: string): unit is IndicatorUnit {
  return unit in formatters;
}

/** A count as a French reader writes it: thousands apart by a narrow no-break space (2032 → "2 032"). */
export const formatCount = (n: number): string => formatters.count.format(n);

/** A table's pagination line, "1–50 sur 2 032". */
export const formatDisplayedRows = ({ from, to, count }: { from: number; to: number; count: number }): string =>
  `${formatCount(from)}–${formatCount(to)} sur ${count < 0 ? 'plus de ' + formatCount(to) : formatCount(count)}`;

/** A value with its unit; `null` (no data, or not declared yet) reads "—". */
export function formatIndicatorValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined) return '—';
  if (!isUnit(unit)) return `${formatters.count.format(value)} ${unit}`;
  const text = formatters[unit].format(value);
  return unit === 'm2' ? `${text}\u00a0m²` : text;
}

const evolutionFormatter = new Intl.NumberFormat(LOCALE, {
  style: 'unit',
  unit: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** The year-on-year evolution the server computed, in percent (12.5 → "+12,5 %"). */
export function formatEvolution(evolution: number | null | undefined): string {
  if (evolution === null || evolution === undefined) return '—';
  return evolutionFormatter.format(evolution);
}

/** A cell of a server-described table: ISO dates in French, booleans as Oui/Non, the rest as text. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'number') return formatters.count.format(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return frenchDay(value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(formatCell).join(', ');
  return JSON.stringify(value);
}

/** A calendar day "YYYY-MM-DD" as a French reader writes it (dd/mm/yyyy); no time zone involved. */
export const formatDay = (day: string | null | undefined): string => frenchDay(day);

const dateTimeFormatter = new Intl.DateTimeFormat(LOCALE, {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

/** An instant (ISO string) as seen in France. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateTimeFormatter.format(new Date(iso)) : '—';
}

/** Today as a calendar day in France, the default date of forms. */
export const todayInFrance = (): string => toParisLocalDate(new Date());
