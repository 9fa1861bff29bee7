import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput } from '../../../core/errors';
import { FourriereOwnerSearch } from '../entities';
import type { OwnerSearchInput } from '../fourriere.inputs';
import { loadAnimal } from '../fourriere.service';

const clean = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Logs a step of the owner search (L211-25 obliges the search; I-CAD asks for its proof). */
export async function recordOwnerSearch(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: OwnerSearchInput,
  today: LocalDate,
): Promise<string> {
  const animal = await loadAnimal(em, input.animalId);
  if (input.doneOn < animal.intakeOn)
    throw badInput('doneOn', 'La démarche ne peut pas précéder l’entrée de l’animal.');
  if (input.doneOn > today) throw badInput('doneOn', 'La date de la démarche ne peut pas être dans le futur.');
  const ownerName = clean(input.ownerName);
  if (input.result === 'OWNER_FOUND' && !ownerName)
    throw badInput('ownerName', 'Le nom du propriétaire trouvé est obligatoire.');
  const row = {
    animalId: animal.id,
    doneOn: input.doneOn,
    kind: input.kind,
    result: input.result,
    ownerName,
    ownerPhone: clean(input.ownerPhone),
    ownerAddress: clean(input.ownerAddress),
    notes: clean(input.notes),
    recordedByLogin: actor.login,
  };
  const saved = await em.insert(FourriereOwnerSearch, row);
  const id = saved.identifiers[0].id as string;
  await audit.record(em, actor, { entity: 'FourriereOwnerSearch', entityId: id, action: 'create', changes: row });
  return id;
}
