import { In, type EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, notFound } from '../../../core/errors';
import { AdsDossier } from '../entities/ads-dossier.entity';
import { isAdsInstructor } from '../ads-instructors';
import { recordEvent } from '../ads-timeline';

const MAX_AT_ONCE = 100;

/**
 * Gives several dossiers of a queue to one instructor (or takes them back), all or none: the rows are locked
 * in one statement, in the order of their ids so two concurrent assignments never wait on each other.
 */
export async function assignAdsDossiers(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  ids: readonly string[],
  instructorId: string | null,
  today: LocalDate,
): Promise<number> {
  const unique = [...new Set(ids)].sort();
  if (!unique.length) throw badInput('ids', 'Choisissez au moins un dossier.');
  if (unique.length > MAX_AT_ONCE) throw badInput('ids', `Au plus ${MAX_AT_ONCE} dossiers à la fois.`);
  if (instructorId && !(await isAdsInstructor(em, instructorId)))
    throw badInput('instructorId', 'L’instructeur doit être un agent du service ADS.');
  const found = await em.find(AdsDossier, {
    where: { id: In(unique) },
    order: { id: 'ASC' },
    lock: { mode: 'pessimistic_write' },
  });
  if (found.length !== unique.length) throw notFound('Dossier ADS');
  const moved = found.filter((d) => d.instructorId !== instructorId);
  for (const d of moved) {
    const from = d.instructorId;
    d.instructorId = instructorId;
    await em.save(d);
    await recordEvent(em, actor, d, {
      kind: 'ASSIGNED',
      on: today,
      summary: instructorId ? 'Dossier attribué à un instructeur.' : 'Attribution retirée.',
      details: { from, to: instructorId },
    });
    await audit.record(em, actor, {
      entity: 'AdsDossier',
      entityId: d.id,
      action: 'assign',
      changes: { instructorId: { from, to: instructorId } },
    });
  }
  return moved.length;
}
