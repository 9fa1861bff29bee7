import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { invalidTransition } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { CrematoriumCremation } from '../entities';
import type { CancelInput } from '../crematorium.inputs';
import { loadCremation } from '../crematorium.service';

/** Cancels a booking not yet carried out: the record stays (with who and why), its slot and the room are freed. */
export async function cancelCremation(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: CancelInput,
  now: Date,
): Promise<void> {
  const c = await loadCremation(em, input.cremationId, true);
  await assertVersion(em, { entity: 'CrematoriumCremation', id: c.id, version: c.version }, input.expectedVersion, {
    text: 'Cette crémation',
    feminine: true,
  });
  if (c.cancelledAt) throw invalidTransition('Cette réservation est déjà annulée.');
  if (c.completedAt) throw invalidTransition('Cette crémation est réalisée : elle ne peut plus être annulée.');
  const changes = { cancelledAt: now, cancellationReason: input.reason.trim(), cancelledByLogin: actor.login };
  await em.save(CrematoriumCremation, { ...c, ...changes });
  await audit.record(em, actor, { entity: 'CrematoriumCremation', entityId: c.id, action: 'cancel', changes });
}
