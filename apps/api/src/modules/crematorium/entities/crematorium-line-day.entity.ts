import { ViewColumn, ViewEntity } from 'typeorm';

/**
 * One row per line and day, from 1 January of the first cremation's year to 31 December of the last one's: the
 * slots the line offers that day (its opening hours cut into slots) and the bookings it holds (cancelled ones left
 * out). The utilisation indicator reads it, so a line's load is counted by the database, day by day.
 */
const LINE_DAY_VIEW = `SELECT l.code AS line_code, d.day::date AS day,
  ((split_part(l.closes_at, ':', 1)::int * 60 + split_part(l.closes_at, ':', 2)::int)
    - (split_part(l.opens_at, ':', 1)::int * 60 + split_part(l.opens_at, ':', 2)::int)) / l.slot_minutes AS available_slots,
  (SELECT COUNT(*) FROM crematorium_cremation c
    WHERE c.line_code = l.code AND c.cremation_on = d.day::date AND c.cancelled_at IS NULL)::int AS booked_slots
FROM crematorium_line l
CROSS JOIN generate_series(
  (SELECT date_trunc('year', MIN(cremation_on)) FROM crematorium_cremation),
  (SELECT date_trunc('year', MAX(cremation_on)) + interval '1 year - 1 day' FROM crematorium_cremation),
  interval '1 day') AS d(day)`;

@ViewEntity({ name: 'crematorium_line_day', expression: LINE_DAY_VIEW })
export class CrematoriumLineDay {
  @ViewColumn({ name: 'line_code' })
  lineCode: string;

  @ViewColumn()
  day: string;

  @ViewColumn({ name: 'available_slots' })
  availableSlots: number;

  @ViewColumn({ name: 'booked_slots' })
  bookedSlots: number;
}
