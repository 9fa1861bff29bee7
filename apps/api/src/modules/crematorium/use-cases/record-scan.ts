import type { EntityManager } from 'typeorm';
import { toParisLocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, invalidTransition } from '../../../core/errors';
import { CrematoriumScan } from '../entities';
import type { ScanInput } from '../crematorium.inputs';
import { loadCremation } from '../crematorium.service';

/** A coffin's pass in the X-ray tunnel; a detection opens the protocol. */
export async function recordScan(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ScanInput,
): Promise<void> {
  const c = await loadCremation(em, input.cremationId, true);
  if (c.completedAt) throw invalidTransition('Cette crémation est réalisée : le passage au tunnel est antérieur.');
  if (c.cancelledAt) throw invalidTransition('Cette réservation est annulée.');
  if (input.result === 'DETECTION' && !input.objectType)
    throw badInput('objectType', 'Objet détecté : obligatoire quand le tunnel détecte un objet.');
  const scannedAt = new Date(input.scannedAt);
  const row = {
    cremationId: c.id,
    scannedAt,
    scannedOn: toParisLocalDate(scannedAt),
    result: input.result,
    objectType: input.result === 'DETECTION' ? input.objectType! : null,
    recordedByLogin: actor.login,
  };
  const saved = await em.insert(CrematoriumScan, row);
  await audit.record(em, actor, {
    entity: 'CrematoriumScan',
    entityId: saved.identifiers[0].id as string,
    action: 'create',
    changes: row,
  });
}
