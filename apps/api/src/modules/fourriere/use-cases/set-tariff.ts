import type { EntityManager } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { forbidden } from '../../../core/errors';
import { FourriereTariffRow } from '../entities';
import type { TariffInput } from '../fourriere.inputs';

/**
 * The fourrière director sets the price list from a date: a new date is a new row, so stays begun
 * before it keep their price (amounts already paid are stored with their lines anyway).
 */
export async function setTariff(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: TariffInput,
): Promise<string> {
  if (actor.role !== 'DIRECTOR') throw forbidden('Seul le directeur de la fourrière modifie la grille tarifaire.');
  const values = {
    captureCents: input.captureCents,
    boardingPerDayCents: input.boardingPerDayCents,
    identificationCents: input.identificationCents,
    vetVisitCents: input.vetVisitCents,
    note: input.note?.trim() || null,
    recordedByLogin: actor.login,
  };
  const existing = await em.findOne(FourriereTariffRow, {
    where: { validFrom: input.validFrom, species: input.species },
  });
  let id: string;
  if (existing) {
    await em.update(FourriereTariffRow, { id: existing.id }, values);
    id = existing.id;
  } else {
    id = (await em.insert(FourriereTariffRow, { validFrom: input.validFrom, species: input.species, ...values }))
      .identifiers[0].id as string;
  }
  const pick = (t: Partial<FourriereTariffRow>) => ({
    captureCents: t.captureCents,
    boardingPerDayCents: t.boardingPerDayCents,
    identificationCents: t.identificationCents,
    vetVisitCents: t.vetVisitCents,
    note: t.note,
  });
  const changes = {
    validFrom: input.validFrom,
    species: input.species,
    ...AuditService.diff(existing ? pick(existing) : {}, pick(values)),
  };
  await audit.record(em, actor, {
    entity: 'FourriereTariff',
    entityId: id,
    action: existing ? 'update' : 'create',
    changes,
  });
  return id;
}
