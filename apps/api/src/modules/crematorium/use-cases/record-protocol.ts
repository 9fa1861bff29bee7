import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, invalidTransition, notFound } from '../../../core/errors';
import { CrematoriumScan } from '../entities';
import type { ProtocolInput } from '../crematorium.inputs';

/** The opening protocol's steps, in order (local procedure of the crematorium, to confirm with the service). */
const STEPS = [
  ['authorisedBy', 'Ouverture autorisée par'],
  ['witnesses', 'Témoins'],
  ['familyInformedAt', 'Famille informée le'],
  ['openedAt', 'Ouverture du cercueil'],
  ['objectRemoved', 'Objet retiré'],
  ['delayMinutes', 'Retard causé (minutes)'],
] as const;

/** Records the steps done so far; closing the detection requires all of them. Returns the cremation's id. */
export async function recordProtocol(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ProtocolInput,
  now: Date,
): Promise<string> {
  const scan = await em
    .createQueryBuilder(CrematoriumScan, 's')
    .setLock('pessimistic_write')
    .where('s.id = :id', { id: input.scanId })
    .getOne();
  if (!scan) throw notFound('Détection');
  if (scan.result !== 'DETECTION') throw invalidTransition('Ce passage au tunnel n’a rien détecté : pas de protocole.');
  if (scan.closedAt) throw invalidTransition('Cette détection est close : son protocole ne peut plus être modifié.');
  const changes: Partial<CrematoriumScan> = {};
  if (input.authorisedBy !== undefined) changes.authorisedBy = input.authorisedBy?.trim() || null;
  if (input.witnesses !== undefined) changes.witnesses = input.witnesses?.trim() || null;
  if (input.familyInformedAt !== undefined)
    changes.familyInformedAt = input.familyInformedAt ? new Date(input.familyInformedAt) : null;
  if (input.openedAt !== undefined) changes.openedAt = input.openedAt ? new Date(input.openedAt) : null;
  if (input.objectRemoved !== undefined) changes.objectRemoved = input.objectRemoved?.trim() || null;
  if (input.delayMinutes !== undefined) changes.delayMinutes = input.delayMinutes ?? null;
  const next = { ...scan, ...changes };
  if (input.close) {
    const missing = STEPS.filter(([k]) => next[k] === null || next[k] === undefined);
    if (missing.length)
      throw badInput(
        missing[0][0],
        `La détection ne peut être close sans toutes les étapes du protocole d’ouverture : manque ${missing.map(([, l]) => `« ${l} »`).join(', ')}.`,
      );
    changes.closedAt = now;
  }
  await em.update(CrematoriumScan, { id: scan.id }, changes);
  await audit.record(em, actor, {
    entity: 'CrematoriumScan',
    entityId: scan.id,
    action: input.close ? 'close' : 'protocol',
    changes,
  });
  return scan.cremationId;
}
