import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, invalidTransition } from '../../../core/errors';
import { FourriereVetAct } from '../entities';
import type { VetActInput } from '../fourriere.inputs';
import { loadAnimal } from '../fourriere.service';

/** A veterinary act during the stay: part of the fees due on return. */
export async function addVetAct(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: VetActInput,
  today: LocalDate,
): Promise<void> {
  const animal = await loadAnimal(em, input.animalId, true);
  if (animal.outcome)
    throw invalidTransition('Cet animal est sorti de la fourrière : aucun acte ne peut plus lui être ajouté.');
  if (input.actOn < animal.intakeOn || input.actOn > today)
    throw badInput('actOn', 'La date de l’acte doit se situer entre l’entrée de l’animal et aujourd’hui.');
  const row = {
    animalId: animal.id,
    actOn: input.actOn,
    kind: input.kind,
    amountCents: input.amountCents,
    notes: input.notes?.trim() || null,
    recordedByLogin: actor.login,
  };
  const saved = await em.insert(FourriereVetAct, row);
  await audit.record(em, actor, {
    entity: 'FourriereVetAct',
    entityId: saved.identifiers[0].id as string,
    action: 'create',
    changes: row,
  });
}
