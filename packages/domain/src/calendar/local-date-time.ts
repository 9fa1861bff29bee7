import { toParisLocalDate, type LocalDate } from './local-date';

/** The service works in France: a date-time typed without an offset is a Paris wall-clock time. */
export const SERVICE_TIME_ZONE = 'Europe/Paris';

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

export type DateTimeParse = { ok: true; instant: Date; day: LocalDate } | { ok: false; message: string };

/** Minutes the zone is ahead of UTC at an instant (e.g. +60 in Paris in winter, +120 in summer). */
function offsetMinutes(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const n = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((wall - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/**
 * Reads an ISO 8601 date-time. With an offset (`Z`, `+01:00`) it is that instant; without one it is read as a
 * wall-clock time in Europe/Paris, whatever the server's own zone. On the day clocks go back (last Sunday of
 * October) an hour that happens twice is taken the first time (summer time); on the day they go forward (last
 * Sunday of March) 02:00–02:59 does not exist in France and is refused.
 */
export function parseServiceDateTime(value: string, timeZone = SERVICE_TIME_ZONE): DateTimeParse {
  const m = DATE_TIME.exec(value.trim());
  const invalid = {
    ok: false as const,
    message:
      'Date et heure invalides : format attendu AAAA-MM-JJTHH:MM (heure de Paris), ou avec un décalage (+01:00).',
  };
  if (!m) return invalid;
  const [y, mo, d, h, mi, s = '0', ms = '0'] = m.slice(1, 8); // unmatched optional groups are undefined: the defaults apply
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +ms.padEnd(3, '0'));
  const check = new Date(wall);
  if (check.getUTCFullYear() !== +y || check.getUTCMonth() !== +mo - 1 || check.getUTCDate() !== +d || +h > 23)
    return invalid;
  let instant: number;
  const zone = m[8];
  if (zone) {
    if (zone.toUpperCase() === 'Z') instant = wall;
    else {
      const sign = zone[0] === '-' ? -1 : 1;
      const digits = zone.slice(1).replace(':', '');
      instant = wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
    }
  } else {
    // the offsets a day before and after cover both sides of a change; keep those that give back the wall time
    const candidates = [
      ...new Set([offsetMinutes(wall - 86_400_000, timeZone), offsetMinutes(wall + 86_400_000, timeZone)]),
    ]
      .map((o) => wall - o * 60_000)
      .filter((t) => t + offsetMinutes(t, timeZone) * 60_000 === wall)
      .sort((a, b) => a - b);
    if (!candidates.length)
      return {
        ok: false,
        message: `L’heure ${h}:${mi} n’existe pas le ${d}/${mo}/${y} en France (passage à l’heure d’été) : saisissez ${String(+h + 1).padStart(2, '0')}:${mi}.`,
      };
    instant = candidates[0];
  }
  const date = new Date(instant);
  return { ok: true, instant: date, day: toParisLocalDate(date) };
}

/** Paris wall-clock value for a `datetime-local` field (YYYY-MM-DDTHH:MM), whatever the browser's zone. */
export function toParisDateTimeLocal(instant: Date): string {
  const p = new Intl.DateTimeFormat('sv-SE', {
    timeZone: SERVICE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);
  return p.replace(' ', 'T');
}
