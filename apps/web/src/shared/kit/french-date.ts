import { todayInFrance } from '../format';

/** Bounds every date input accepts unless told otherwise: no year 20260, no year 202. */
export const DATE_MIN = '1900-01-01';
const DATE_MAX = '2100-12-31';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isIsoDay = (v: unknown): v is string => typeof v === 'string' && ISO_DAY.test(v) && isRealDay(v);

function isRealDay(iso: string): boolean {
  const [, y, m, d] = ISO_DAY.exec(iso)!.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** "2023-12-31" → "31/12/2023"; anything else is returned unchanged (a half-typed text). */
export const isoToFrench = (v: string): string => (ISO_DAY.test(v) ? v.split('-').reverse().join('/') : v);

/**
 * What the agent typed, masked as jj/mm/aaaa: digits only, slashes placed by position.
 * A pasted ISO day ("2023-12-31") is understood too.
 */
export function maskFrenchDate(raw: string): string {
  if (ISO_DAY.test(raw.trim())) return isoToFrench(raw.trim());
  const digits = raw.replace(/\D/g, '').slice(0, 8);
  const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4)].filter(Boolean);
  return parts.join('/');
}

/** "31/12/2023" → "2023-12-31"; "" for an empty text; the text itself when it is not a real day (refused later). */
export function frenchToValue(text: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!text) return '';
  if (!m) return text;
  const iso = `${m[3]}-${m[2]}-${m[1]}`;
  return isRealDay(iso) ? iso : text;
}

export interface DateBounds {
  min?: string;
  max?: string;
  /** The day may not be after today in France (a deposit, an intake). */
  notFuture?: boolean;
}

export function effectiveMax({ max = DATE_MAX, notFuture }: DateBounds, today = todayInFrance()): string {
  return notFuture && today < max ? today : max;
}

/** The French message for a date value that cannot be accepted, naming the field; null when it is fine. */
export function dateError(
  value: string,
  label: string,
  bounds: DateBounds & { required?: boolean },
  today = todayInFrance(),
): string | null {
  if (!value) return bounds.required ? `${label} : veuillez saisir une date.` : null;
  if (!isIsoDay(value)) return `${label} : date invalide, saisissez-la au format jj/mm/aaaa.`;
  const min = bounds.min ?? DATE_MIN;
  if (value < min) return `${label} : la date doit être le ${isoToFrench(min)} ou après.`;
  if (bounds.notFuture && value > today) return `${label} : la date ne peut pas être dans le futur.`;
  const max = bounds.max ?? DATE_MAX;
  if (value > max) return `${label} : la date doit être le ${isoToFrench(max)} ou avant.`;
  return null;
}
