import { toParisLocalDate, type LocalDate } from '@call/domain';

/**
 * The one clock of the application: business dates are Paris days (`today()`), instants are `now()`.
 * Modules receive it from the core (`CoreServices.clock`) and never call `new Date()` for a business date;
 * tests fix it with `fixedClock`.
 */
export interface Clock {
  now(): Date;
  today(): LocalDate;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => toParisLocalDate(new Date()),
};

/** A clock stopped at a day (noon in Paris) or at an instant (ISO date-time). */
export function fixedClock(at: string): Clock {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(at) ? new Date(`${at}T12:00:00+01:00`) : new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`Horloge de test invalide : ${at}`);
  return { now: () => new Date(instant), today: () => toParisLocalDate(instant) };
}
