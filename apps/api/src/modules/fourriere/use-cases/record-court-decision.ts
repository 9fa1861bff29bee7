import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, invalidTransition } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { FourriereAnimal } from '../entities';
import type { CourtDecisionInput } from '../fourriere.inputs';
import { loadAnimal } from '../fourriere.service';

/** A seized animal's fate is the court's: its decision replaces the 8-day clock. */
export async function recordCourtDecision(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: CourtDecisionInput,
  today: LocalDate,
): Promise<void> {
  const animal = await loadAnimal(em, input.animalId, true);
  await assertVersion(
    em,
    { entity: 'FourriereAnimal', id: animal.id, version: animal.version },
    input.expectedVersion,
    { text: 'Cette fiche', feminine: true },
  );
  if (animal.origin !== 'REQUISITION')
    throw invalidTransition('Seul un animal placé sur réquisition judiciaire suit une décision du tribunal.');
  if (animal.outcome)
    throw invalidTransition('Cet animal est déjà sorti de la fourrière : la décision ne peut plus être modifiée.');
  if (input.decidedOn < animal.intakeOn)
    throw badInput('decidedOn', 'La décision ne peut pas précéder l’entrée de l’animal.');
  if (input.decidedOn > today) throw badInput('decidedOn', 'La date de la décision ne peut pas être dans le futur.');
  const before = {
    courtDecidedOn: animal.courtDecidedOn,
    courtRuling: animal.courtRuling,
    courtDecision: animal.courtDecision,
  };
  const after = { courtDecidedOn: input.decidedOn, courtRuling: input.ruling, courtDecision: input.content.trim() };
  await em.update(FourriereAnimal, { id: animal.id }, after);
  await audit.record(em, actor, {
    entity: 'FourriereAnimal',
    entityId: animal.id,
    action: 'court-decision',
    changes: AuditService.diff(before, after),
  });
}
