import { daysBetween, PRET_BOOKING_STATUSES, PRET_MOVEMENTS, type LocalDate } from '@call/domain';
import type { EntityManager } from 'typeorm';
import { badInput } from '../../core/errors';

/** At most two months of days in one planning or availability query. */
const MAX_PLANNING_DAYS = 62;

const ADDING = PRET_MOVEMENTS.filter((m) => m.sign > 0)
  .map((m) => `'${m.code}'`)
  .join(', ');
const BOOKING = PRET_BOOKING_STATUSES.map((s) => `'${s}'`).join(', ');

/** SQL: the stock of a kind in service at the end of a day (its movements up to that day). */
export const stockOnSql = (kind: string, day: string) =>
  `(SELECT COALESCE(SUM(CASE WHEN m.movement IN (${ADDING}) THEN m.quantity ELSE -m.quantity END), 0)
      FROM pret_stock_movement m WHERE m.kind_id = ${kind} AND m.moved_on <= ${day})`;

/** SQL: the units of a kind held on a day by the approved requests (and those prepared or handed over). */
export const bookedOnSql = (kind: string, day: string) =>
  `(SELECT COALESCE(SUM(bl.approved), 0) FROM pret_request_line bl JOIN pret_request br ON br.id = bl.request_id
      WHERE bl.kind_id = ${kind} AND br.status IN (${BOOKING}) AND br.start_on <= ${day} AND br.end_on >= ${day})`;

export interface KindDay {
  kindId: string;
  day: LocalDate;
  stock: number;
  booked: number;
}

export function checkRange(from: LocalDate, to: LocalDate, field = 'to'): void {
  if (to < from) throw badInput(field, 'La date de fin doit suivre la date de début.');
  if (daysBetween(from, to) >= MAX_PLANNING_DAYS)
    throw badInput(field, `La période ne peut pas dépasser ${MAX_PLANNING_DAYS} jours.`);
}

/**
 * Day by day, for the given kinds, the stock in service (movements up to that day) and the quantities held by the
 * approved requests covering it, all summed by the database. `exceptRequest` leaves out the request being answered.
 */
export async function kindDays(
  em: EntityManager,
  kindIds: readonly string[],
  from: LocalDate,
  to: LocalDate,
  exceptRequest: string | null = null,
): Promise<KindDay[]> {
  if (kindIds.length === 0) return [];
  const rows: { kind_id: string; day: string; stock: string; booked: string }[] = await em.query(
    `SELECT k.id AS kind_id, to_char(d.day, 'YYYY-MM-DD') AS day,
       (SELECT COALESCE(SUM(CASE WHEN m.movement IN (${ADDING}) THEN m.quantity ELSE -m.quantity END), 0)
          FROM pret_stock_movement m WHERE m.kind_id = k.id AND m.moved_on <= d.day) AS stock,
       (SELECT COALESCE(SUM(l.approved), 0) FROM pret_request_line l JOIN pret_request r ON r.id = l.request_id
          WHERE l.kind_id = k.id AND r.status IN (${BOOKING}) AND r.start_on <= d.day AND r.end_on >= d.day
            AND ($4::uuid IS NULL OR r.id <> $4::uuid)) AS booked
     FROM pret_kind k
     CROSS JOIN generate_series($2::date, $3::date, interval '1 day') AS d(day)
     WHERE k.id = ANY($1::uuid[])
     ORDER BY k.name, d.day`,
    [kindIds, from, to, exceptRequest],
  );
  return rows.map((r) => ({ kindId: r.kind_id, day: r.day, stock: Number(r.stock), booked: Number(r.booked) }));
}

/** What is left of each kind on the busiest day of the range (never below zero). */
export async function availableByKind(
  em: EntityManager,
  kindIds: readonly string[],
  from: LocalDate,
  to: LocalDate,
  exceptRequest: string | null = null,
): Promise<Map<string, number>> {
  const days = await kindDays(em, kindIds, from, to, exceptRequest);
  const least = new Map<string, number>();
  for (const d of days) least.set(d.kindId, Math.min(least.get(d.kindId) ?? Infinity, d.stock - d.booked));
  return new Map([...least].map(([k, v]) => [k, Math.max(0, v)]));
}
