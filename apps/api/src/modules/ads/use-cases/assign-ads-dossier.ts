import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, notFound } from '../../../core/errors';
import { AdsDossier } from '../entities/ads-dossier.entity';
import { isAdsInstructor } from '../ads-instructors';
import { recordEvent } from '../ads-timeline';

/** Gives a dossier to an instructor of the service (or takes it back). */
export async function assignAdsDossier(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  id: string,
  instructorId: string | null,
  today: LocalDate,
): Promise<AdsDossier> {
  const d = await em.findOne(AdsDossier, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!d) throw notFound('Dossier ADS');
  if (instructorId && !(await isAdsInstructor(em, instructorId)))
    throw badInput('instructorId', 'L’instructeur doit être un agent du service ADS.');
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
    entityId: id,
    action: 'assign',
    changes: { instructorId: { from, to: instructorId } },
  });
  return d;
}
