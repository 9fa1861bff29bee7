import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { invalidTransition } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { CrematoriumCremation, CrematoriumReschedule } from '../entities';
import type { RescheduleInput } from '../crematorium.inputs';
import { loadCremation } from '../crematorium.service';
import { checkSlot } from './check-slot';

/** Moves a booking to another slot; the slot left is kept in the history. */
export async function rescheduleCremation(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: RescheduleInput,
): Promise<void> {
  const c = await loadCremation(em, input.cremationId, true);
  await assertVersion(em, { entity: 'CrematoriumCremation', id: c.id, version: c.version }, input.expectedVersion, {
    text: 'Cette crémation',
    feminine: true,
  });
  if (c.completedAt) throw invalidTransition('Cette crémation est réalisée : elle ne peut plus être déplacée.');
  if (c.cancelledAt) throw invalidTransition('Cette réservation est annulée : réservez un nouveau créneau.');
  const slot = await checkSlot(
    em,
    { ...input, derogationRef: input.derogationRef ?? c.derogationRef, ceremonyRoom: c.ceremonyRoom },
    c.deathAt,
    c.id,
  );
  await em.insert(CrematoriumReschedule, {
    cremationId: c.id,
    fromLineCode: c.lineCode,
    fromStartsAt: c.startsAt,
    toLineCode: slot.line.code,
    toStartsAt: slot.startsAt,
    reason: input.reason.trim(),
    recordedByLogin: actor.login,
  });
  const changes = {
    lineCode: slot.line.code,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    cremationOn: slot.cremationOn,
    derogationRef: input.derogationRef?.trim() || c.derogationRef,
  };
  await em.save(CrematoriumCremation, { ...c, ...changes, line: slot.line });
  await audit.record(em, actor, { entity: 'CrematoriumCremation', entityId: c.id, action: 'reschedule', changes });
}
