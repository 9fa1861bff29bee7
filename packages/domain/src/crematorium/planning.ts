/**
 * Planning of the cremation lines. Opening hours and slot duration are per line and configurable (local choice of the
 * crematorium's règlement intérieur, not a rule of law). Times are Paris wall-clock "HH:MM".
 */
export interface LineHours {
  opensAt: string;
  closesAt: string;
  slotMinutes: number;
}

export interface Interval {
  start: Date;
  end: Date;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmmOf = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The slot start times of a day on a line ("08:00", "10:00", …), the last one ending by closing time. */
export function daySlots(hours: LineHours): string[] {
  const out: string[] = [];
  for (let m = minutesOf(hours.opensAt); m + hours.slotMinutes <= minutesOf(hours.closesAt); m += hours.slotMinutes)
    out.push(hhmmOf(m));
  return out;
}

/** Whether a booking from `startTime` for the slot duration fits the opening hours. */
export function withinOpeningHours(hours: LineHours, startTime: string): boolean {
  const start = minutesOf(startTime);
  return start >= minutesOf(hours.opensAt) && start + hours.slotMinutes <= minutesOf(hours.closesAt);
}

/** Two bookings on one line may touch (one ends when the next starts) but never overlap. */
export const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end;

export function firstConflict<T extends Interval>(existing: readonly T[], candidate: Interval): T | null {
  return existing.find((e) => overlaps(e, candidate)) ?? null;
}

/** Booked slots over available ones, in percent (line utilisation). */
export const utilisation = (booked: number, available: number): number =>
  available === 0 ? 0 : Math.round((booked / available) * 1000) / 10;

/** The wall-clock time of an instant in France ("HH:MM"), to check it against the opening hours. */
export function toParisTime(instant: Date): string {
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(
    instant,
  );
}
