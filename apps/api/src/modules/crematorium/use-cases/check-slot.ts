import type { EntityManager } from 'typeorm';
import { cremationWindowViolation, frenchDay, toParisLocalDate, toParisTime, withinOpeningHours } from '@call/domain';
import { badInput, conflict } from '../../../core/errors';
import { CrematoriumCremation, CrematoriumLine } from '../entities';
import { cremationReference } from '../crematorium.mapper';

export interface CheckedSlot {
  line: CrematoriumLine;
  startsAt: Date;
  endsAt: Date;
  cremationOn: string;
}

/**
 * A slot may be taken when the line is open then, no other cremation overlaps it on that line, and the legal window
 * (R2213-35) holds unless a prefect's derogation is recorded. The line row is locked first, so two agents booking the
 * same line wait for each other instead of both seeing it free.
 */
export async function checkSlot(
  em: EntityManager,
  slot: { lineCode: string; startsAt: string; derogationRef?: string | null; ceremonyRoom: boolean },
  deathAt: Date,
  excludeId: string | null,
): Promise<CheckedSlot> {
  const line = await em
    .createQueryBuilder(CrematoriumLine, 'l')
    .setLock('pessimistic_write')
    .where('l.code = :code', { code: slot.lineCode })
    .getOne();
  if (!line) throw badInput('lineCode', `La ligne « ${slot.lineCode} » n’existe pas.`);
  const startsAt = new Date(slot.startsAt);
  const time = toParisTime(startsAt);
  if (!withinOpeningHours(line, time))
    throw badInput(
      'startsAt',
      `Début du créneau : ${time} est hors des horaires de la ${line.name} (${line.opensAt}–${line.closesAt}, créneaux de ${line.slotMinutes} min).`,
    );
  const endsAt = new Date(startsAt.getTime() + line.slotMinutes * 60_000);
  if (deathAt >= startsAt) throw badInput('deathAt', 'Date et heure du décès : doit précéder la crémation.');
  const violation = cremationWindowViolation(deathAt, startsAt);
  if (violation && !slot.derogationRef?.trim()) throw badInput('startsAt', `Début du créneau : ${violation}`);
  const taken = await em
    .createQueryBuilder(CrematoriumCremation, 'c')
    .where('c.line_code = :code AND c.starts_at < :end AND c.ends_at > :start AND c.cancelled_at IS NULL', {
      code: line.code,
      start: startsAt,
      end: endsAt,
    })
    .andWhere(excludeId ? 'c.id <> :excludeId' : '1=1', { excludeId })
    .getOne();
  if (taken)
    throw conflict(
      `La ${line.name} est déjà réservée à ce moment-là (${cremationReference(taken.number)}, ${toParisTime(taken.startsAt)} le ${frenchDay(taken.cremationOn)}) : choisissez un autre créneau.`,
      'startsAt',
    );
  if (slot.ceremonyRoom) await checkCeremonyRoom(em, startsAt, endsAt, excludeId);
  return { line, startsAt, endsAt, cremationOn: toParisLocalDate(startsAt) };
}

/**
 * One ceremony room serves every line: it is taken for the whole slot of a booking that uses it. The line's lock
 * does not cover the other line, so the room has its own transaction lock, always taken after a line's (no cycle).
 */
async function checkCeremonyRoom(em: EntityManager, start: Date, end: Date, excludeId: string | null) {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('crematorium_ceremony_room'))`);
  const clash = await em
    .createQueryBuilder(CrematoriumCremation, 'c')
    .innerJoinAndSelect('c.line', 'l')
    .where('c.ceremony_room AND c.cancelled_at IS NULL AND c.starts_at < :end AND c.ends_at > :start', { start, end })
    .andWhere(excludeId ? 'c.id <> :excludeId' : '1=1', { excludeId })
    .getOne();
  if (clash)
    throw conflict(
      `La salle de cérémonie est déjà réservée de ${toParisTime(clash.startsAt)} à ${toParisTime(clash.endsAt)} le ${frenchDay(clash.cremationOn)} (${cremationReference(clash.number)}, ${clash.line.name}) : choisissez un autre créneau ou une crémation sans cérémonie.`,
      'ceremonyRoom',
    );
}
