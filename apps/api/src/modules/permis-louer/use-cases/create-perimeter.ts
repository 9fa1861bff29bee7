import type { EntityManager } from 'typeorm';
import { checkPerimeterDates } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput } from '../../../core/errors';
import { Commune } from '../../../core/referentials/commune.entity';
import { PdlPerimeter } from '../entities';
import type { PerimeterInput } from '../permis-louer.inputs';

/** A dated zone of a commune (L635-1): from six months after the deliberation's publication. */
export async function createPerimeter(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: PerimeterInput,
): Promise<string> {
  if (!(await em.findOneBy(Commune, { inseeCode: input.communeInsee })))
    throw badInput('communeInsee', 'Commune inconnue.');
  const dates = checkPerimeterDates(input);
  if (dates) throw badInput('validFrom', dates);
  const streets = input.streets.map((s) => s.trim()).filter(Boolean);
  if (input.kind === 'STREETS' && streets.length === 0)
    throw badInput('streets', 'Rues : listez au moins une rue, ou choisissez « Toute la commune ».');
  const row = {
    communeInsee: input.communeInsee,
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
