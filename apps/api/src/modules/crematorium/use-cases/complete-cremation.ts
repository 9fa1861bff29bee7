import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, invalidTransition } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { CrematoriumCremation, CrematoriumScan } from '../entities';
import type { AshesInput, CompleteInput } from '../crematorium.inputs';
import { loadCremation } from '../crematorium.service';

const SUBJECT = { text: 'Cette crémation', feminine: true };

/** Completion: the coffin went through the tunnel and every detection's protocol is closed. */
export async function completeCremation(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: CompleteInput,
): Promise<void> {
  const c = await loadCremation(em, input.cremationId, true);
  await assertVersion(
    em,
    { entity: 'CrematoriumCremation', id: c.id, version: c.version },
    input.expectedVersion,
    SUBJECT,
  );
  if (c.completedAt) throw invalidTransition('Cette crémation est déjà réalisée.');
  if (c.cancelledAt) throw invalidTransition('Cette réservation est annulée.');
  const scans = await em.find(CrematoriumScan, { where: { cremationId: c.id } });
  if (!scans.length) throw invalidTransition('Le cercueil doit passer au tunnel radioscopique avant la crémation.');
  if (scans.some((s) => s.result === 'DETECTION' && !s.closedAt))
    throw invalidTransition('Une détection n’est pas close : terminez son protocole d’ouverture avant la crémation.');
  const completedAt = new Date(input.completedAt);
  if (completedAt < c.startsAt) throw badInput('completedAt', 'Fin de la crémation : ne peut précéder le créneau.');
  if (scans.some((s) => s.scannedAt > completedAt))
    throw badInput('completedAt', 'Fin de la crémation : ne peut précéder le passage au tunnel radioscopique.');
  await em.save(CrematoriumCremation, { ...c, completedAt });
  await audit.record(em, actor, {
    entity: 'CrematoriumCremation',
    entityId: c.id,
    action: 'complete',
    changes: { completedAt },
  });
}

/** The ashes: urn handed over, kept (one year at most, L2223-18-1) or dispersed in the jardin du souvenir. */
export async function recordAshes(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: AshesInput,
): Promise<void> {
  const c = await loadCremation(em, input.cremationId, true);
  await assertVersion(
    em,
    { entity: 'CrematoriumCremation', id: c.id, version: c.version },
    input.expectedVersion,
    SUBJECT,
  );
  if (!c.completedAt) throw invalidTransition('La crémation n’est pas réalisée : pas encore de cendres.');
  if (c.ashesFate && c.ashesFate !== 'KEPT')
    throw invalidTransition('La destination des cendres est déjà enregistrée.');
  if (input.on < c.cremationOn) throw badInput('on', 'Date : ne peut précéder la crémation.');
  const changes = { ashesFate: input.fate, ashesOn: input.on, ashesPerson: input.person.trim() };
  await em.save(CrematoriumCremation, { ...c, ...changes });
  await audit.record(em, actor, { entity: 'CrematoriumCremation', entityId: c.id, action: 'ashes', changes });
}
