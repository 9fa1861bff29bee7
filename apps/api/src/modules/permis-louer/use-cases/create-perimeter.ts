import type { EntityManager } from 'typeorm';
import { checkPerimeterDates, frenchDay } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput } from '../../../core/errors';
import { Commune } from '../../../core/referentials/commune.entity';
import { ServiceMembership } from '../../../core/referentials/service-membership.entity';
import { PdlPerimeter } from '../entities';
import type { PerimeterInput } from '../permis-louer.inputs';

/** The service a commune joins to apply the permis de louer (core referential `service_membership`). */
export const PDL_SERVICE = 'permis_louer';

/**
 * A dated zone of a commune (L635-1): from six months after the deliberation's publication, and within the
 * commune's membership of the permis de louer (the perimeter says where, the membership says from when).
 */
export async function createPerimeter(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: PerimeterInput,
): Promise<string> {
  const commune = await em.findOneBy(Commune, { inseeCode: input.communeInsee });
  if (!commune) throw badInput('communeInsee', 'Commune inconnue.');
  const dates = checkPerimeterDates(input);
  if (dates) throw badInput('validFrom', dates);
  const membership = await em
    .createQueryBuilder(ServiceMembership, 'm')
    .where('m.service = :service AND m.commune_insee = :insee', { service: PDL_SERVICE, insee: input.communeInsee })
    .andWhere('m.valid_from <= :from AND (m.valid_to IS NULL OR m.valid_to >= :from)', { from: input.validFrom })
    .getOne();
  if (!membership)
    throw badInput(
      'validFrom',
      `${commune.name} n’adhère pas au permis de louer le ${frenchDay(input.validFrom)} : ` +
        'enregistrez d’abord son adhésion datée (référentiel des adhésions).',
    );
  if (membership.validTo && (!input.validTo || input.validTo > membership.validTo))
    throw badInput(
      'validTo',
      `Fin d’application : l’adhésion de ${commune.name} prend fin le ${frenchDay(membership.validTo)}, ` +
        'le périmètre doit s’arrêter au plus tard ce jour-là.',
    );
  const streets = input.streets.map((s) => s.trim()).filter(Boolean);
  if (input.kind === 'STREETS' && streets.length === 0)
    throw badInput('streets', 'Rues : listez au moins une rue, ou choisissez « Toute la commune ».');
  const row = {
    communeInsee: input.communeInsee,
    membershipId: membership.id,
    kind: input.kind,
    streets: input.kind === 'STREETS' ? streets : [],
    publishedOn: input.publishedOn,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
  };
  const saved = await em.insert(PdlPerimeter, row);
  const id = saved.identifiers[0].id as string;
  await audit.record(em, actor, { entity: 'PdlPerimeter', entityId: id, action: 'create', changes: row });
  return id;
}
