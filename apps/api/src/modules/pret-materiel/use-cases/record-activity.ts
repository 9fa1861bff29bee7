import { checkPretTransition, type LocalDate } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, invalidTransition, notFound } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { PretIntervention, PretKind, PretRepair, PretRequest, PretStockMovement } from '../entities';
import type {
  AdvanceInput,
  InterventionInput,
  KindInput,
  RepairCloseInput,
  StockMovementInput,
} from '../pret-materiel.inputs';
import { loadRequest } from '../pret-materiel.service';

/** Prepared, handed over (delivered or picked up), closed: steps that only move the status. */
export async function advanceRequest(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: AdvanceInput,
): Promise<void> {
  const request = await loadRequest(em, input.requestId, true);
  await assertVersion(em, { entity: 'PretRequest', id: request.id, version: request.version }, input.expectedVersion, {
    text: 'Cette demande',
    feminine: true,
  });
  const wrong = checkPretTransition(request.status, input.to);
  if (wrong) throw invalidTransition(wrong);
  await em.update(PretRequest, { id: request.id }, { status: input.to });
  await audit.record(em, actor, {
    entity: 'PretRequest',
    entityId: request.id,
    action: 'advance',
    changes: { from: request.status, to: input.to },
  });
}

export async function createKind(em: EntityManager, audit: AuditService, actor: AuthUser, input: KindInput) {
  const row = { name: input.name.trim(), unit: input.unit };
  const id = (await em.insert(PretKind, row)).identifiers[0].id as string;
  await audit.record(em, actor, { entity: 'PretKind', entityId: id, action: 'create', changes: row });
  return id;
}

/** An acquisition, a unit put out of service or scrapped outside a loan: a new dated movement, never an edit. */
export async function recordMovement(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: StockMovementInput,
  today: LocalDate,
) {
  if (!(await em.findOne(PretKind, { where: { id: input.kindId }, lock: { mode: 'pessimistic_write' } })))
    throw notFound('Type de matériel');
  if (input.movedOn > today) throw badInput('movedOn', 'La date du mouvement ne peut pas être dans le futur.');
  const row = {
    ...input,
    costCents: input.costCents ?? null,
    repairId: null,
    notes: input.notes?.trim() || null,
    recordedByLogin: actor.login,
  };
  const id = (await em.insert(PretStockMovement, row)).identifiers[0].id as string;
  await audit.record(em, actor, { entity: 'PretStockMovement', entityId: id, action: 'create', changes: row });
}

/** A repair ends with the items back in service (they return to the stock that day) or scrapped (they stay out). */
export async function closeRepair(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: RepairCloseInput,
  today: LocalDate,
) {
  const repair = await em.findOne(PretRepair, { where: { id: input.repairId }, lock: { mode: 'pessimistic_write' } });
  if (!repair) throw notFound('Réparation');
  await assertVersion(em, { entity: 'PretRepair', id: repair.id, version: repair.version }, input.expectedVersion, {
    text: 'Cette réparation',
    feminine: true,
  });
  if (repair.closedOn) throw invalidTransition('Cette réparation est déjà terminée.');
  if (input.closedOn < repair.openedOn || input.closedOn > today)
    throw badInput('closedOn', 'La date de fin doit se situer entre l’ouverture de la réparation et aujourd’hui.');
  const changes = {
    closedOn: input.closedOn,
    outcome: input.outcome,
    hours: input.hours.toFixed(2),
    costCents: input.costCents,
  };
  await em.update(PretRepair, { id: repair.id }, changes);
  if (input.outcome === 'BACK_IN_SERVICE')
    await em.insert(PretStockMovement, {
      kindId: repair.kindId,
      movedOn: input.closedOn,
      movement: 'BACK_IN_SERVICE',
      quantity: repair.quantity,
      repairId: repair.id,
      costCents: null,
      notes: null,
      recordedByLogin: actor.login,
    });
  await audit.record(em, actor, { entity: 'PretRepair', entityId: repair.id, action: 'close', changes });
}

export async function recordIntervention(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: InterventionInput,
  today: LocalDate,
) {
  if (input.doneOn > today) throw badInput('doneOn', 'Une intervention se saisit une fois faite : date dans le futur.');
  const row = {
    service: input.service.trim(),
    kind: input.kind,
    doneOn: input.doneOn,
    agentCount: input.agentCount,
    hours: input.hours.toFixed(2),
    notes: input.notes?.trim() || null,
    recordedByLogin: actor.login,
  };
  const id = (await em.insert(PretIntervention, row)).identifiers[0].id as string;
  await audit.record(em, actor, { entity: 'PretIntervention', entityId: id, action: 'create', changes: row });
  return id;
}
