import { parseLocalDate, type LocalDate } from '../calendar/local-date';

/**
 * French typography for published figures (the annual report): thousands grouped with a narrow no-break space
 * (U+202F, "2 082"), decimal comma ("30,1"), a no-break space (U+00A0) before the unit ("22 000 €", "30,1 %").
 * Written by hand rather than with Intl so that the output does not depend on the ICU version of the runtime
 * (older ICU used U+00A0 for thousands).
 */
export type FigureUnit = 'count' | 'percent' | 'days' | 'euros' | 'hours' | 'm2';

const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

/** 2082 → "2 082"; 1223.44 → "1 223,4" (at most `fractionDigits` decimals, trailing zeros dropped). */
export function frenchNumber(value: number, fractionDigits = 1): string {
  const factor = 10 ** fractionDigits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [integer, decimals] = rounded.toFixed(fractionDigits).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, NARROW_NBSP);
  const fraction = decimals?.replace(/0+$/, '') ?? '';
  const sign = value < 0 && rounded !== 0 ? '−' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A figure with its unit: "2 082", "22 000 €", "30,1 %", "12,5 jours", "1 jour", "3,5 h", "1 200 m²"; null → "—". */
export function frenchFigure(value: number | null | undefined, unit: FigureUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'count':
      return frenchNumber(value);
    case 'percent':
      return `${frenchNumber(value)}${NBSP}%`;
    case 'euros':
      // whole euros stay whole ("22 000 €"); cents are shown only when there are some
      return `${frenchNumber(value, Number.isInteger(value) ? 0 : 2).replace(/,(\d)$/, ',$10')}${NBSP}€`;
    case 'days':
      return `${frenchNumber(value)}${NBSP}${Math.abs(value) < 2 ? 'jour' : 'jours'}`;
    case 'hours':
      return `${frenchNumber(value)}${NBSP}h`;
    case 'm2':
      return `${frenchNumber(value)}${NBSP}m²`;
  }
}

/**
 * The change against the previous year, as a reader of an activity report expects it: a relative change for
 * amounts ("+12,5 %"), a difference in points for rates ("+1,2 pt"), "stable" when nothing moved; null when
 * there is nothing to compare (no previous value, or a previous value of zero for a relative change).
 */
export function frenchChange(value: number | null, previous: number | null, unit: FigureUnit): string | null {
  if (value === null || previous === null) return null;
  if (unit === 'percent') {
    const points = Math.round((value - previous) * 10) / 10;
    if (points === 0) return 'stable';
    return `${signed(points)}${NBSP}${Math.abs(points) < 2 ? 'pt' : 'pts'}`;
  }
  if (previous === 0) return null;
  const relative = Math.round(((value - previous) / Math.abs(previous)) * 1000) / 10;
  return relative === 0 ? 'stable' : `${signed(relative)}${NBSP}%`;
}

function signed(value: number): string {
  return `${value > 0 ? '+' : '−'}${frenchNumber(Math.abs(value))}`;
}

/** Month names as French writes them, January first. */
export const FRENCH_MONTHS: readonly string[] = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "2023-07-01" → "1er juillet 2023", "2024-11-15" → "15 novembre 2024" (the ordinal "1er" for the first day). */
export function frenchLongDate(day: LocalDate): string {
  const date = parseLocalDate(day);
  const dayOfMonth = date.getUTCDate();
  return `${dayOfMonth === 1 ? '1er' : dayOfMonth}${NBSP}${FRENCH_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}
