import { addDays, compareLocalDates, type LocalDate } from '../calendar/local-date';
import { PRET_MOVEMENTS, type PretMovementKind } from './pret-materiel.choices';

/** A dated change of a kind's stock (quantities are positive; the kind gives the sign). */
export interface StockMovement {
  on: LocalDate;
  kind: PretMovementKind;
  quantity: number;
}

/** Units held by a request from its first to its last day, both included. */
export interface Booking {
  from: LocalDate;
  to: LocalDate;
  quantity: number;
}

export interface DayAvailability {
  day: LocalDate;
  stock: number;
  booked: number;
  available: number;
  short: boolean;
}

/** The units in service on a day: every movement dated that day or before counts. */
export function stockOn(movements: readonly StockMovement[], day: LocalDate): number {
  return movements
    .filter((m) => compareLocalDates(m.on, day) <= 0)
    .reduce((s, m) => s + PRET_MOVEMENTS.of(m.kind).sign * m.quantity, 0);
}

export function bookedOn(bookings: readonly Booking[], day: LocalDate): number {
  return bookings
    .filter((b) => compareLocalDates(b.from, day) <= 0 && compareLocalDates(day, b.to) <= 0)
    .reduce((s, b) => s + b.quantity, 0);
}

/** Day by day from `from` to `to`: stock, units booked, what is left; a day is short when more is booked than held. */
export function availabilityByDay(
  movements: readonly StockMovement[],
  bookings: readonly Booking[],
  from: LocalDate,
  to: LocalDate,
): DayAvailability[] {
  const days: DayAvailability[] = [];
  for (let day = from; compareLocalDates(day, to) <= 0; day = addDays(day, 1)) {
    const stock = stockOn(movements, day);
    const booked = bookedOn(bookings, day);
    days.push({ day, stock, booked, available: stock - booked, short: booked > stock });
  }
  return days;
}

/** What can still be lent over the whole range: the least available day (never below zero). */
export function availableOver(
  movements: readonly StockMovement[],
  bookings: readonly Booking[],
  from: LocalDate,
  to: LocalDate,
): number {
  const days = availabilityByDay(movements, bookings, from, to);
  return Math.max(0, Math.min(...days.map((d) => d.available)));
}
