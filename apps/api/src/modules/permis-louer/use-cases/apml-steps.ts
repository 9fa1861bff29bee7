import type { EntityManager } from 'typeorm';
import { checkPdlDecision, pdlActionRefusal, pdlStatus, type LocalDate, type PdlAction } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, invalidTransition, notFound } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { PdlApmlDossier, PdlDefect } from '../entities';
import type {
  ApmlStepInput,
  DecideInput,
  PlanVisitInput,
  RecordVisitInput,
  TransferInput,
} from '../permis-louer.inputs';

/** Locks the dossier, checks its version and that the action fits its status on `today`. */
async function openFor(
  em: EntityManager,
  input: ApmlStepInput,
  action: PdlAction,
  today: LocalDate,
  statusDay: LocalDate = today,
) {
  const d = await em
    .createQueryBuilder(PdlApmlDossier, 'd')
    .setLock('pessimistic_write')
    .where('d.id = :id', { id: input.dossierId })
    .getOne();
  if (!d) throw notFound('Dossier APML');
  await assertVersion(em, { entity: 'PdlApmlDossier', id: d.id, version: d.version }, input.expectedVersion, {
    text: 'Ce dossier',
  });
  const refusal = pdlActionRefusal(action, pdlStatus(d, statusDay));
  if (refusal) throw invalidTransition(refusal);
  if (action !== 'PLAN_VISIT' && input.on > today) throw badInput('on', 'Date : ne peut être dans le futur.');
  return d;
}

async function save(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  d: PdlApmlDossier,
  action: string,
  changes: Record<string, unknown>,
) {
  await em.update(PdlApmlDossier, { id: d.id }, { ...changes, version: d.version + 1 });
  await audit.record(em, actor, { entity: 'PdlApmlDossier', entityId: d.id, action, changes });
}

export async function declareComplete(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ApmlStepInput,
  today: LocalDate,
) {
  const d = await openFor(em, input, 'DECLARE_COMPLETE', today);
  if (input.on < d.receivedOn) throw badInput('on', 'Date : ne peut précéder le récépissé.');
  await save(em, audit, actor, d, 'complete', { completeOn: input.on });
}

/** The visit may be planned after the tacit day is near: the date is a plan, so it may be in the future. */
export async function planVisit(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: PlanVisitInput,
  today: LocalDate,
) {
  const d = await openFor(em, input, 'PLAN_VISIT', today);
  if (input.on < (d.completeOn ?? d.receivedOn))
    throw badInput('on', 'Date de visite : ne peut précéder le dossier complet.');
  await save(em, audit, actor, d, 'plan-visit', { visitPlannedOn: input.on, inspector: input.inspector.trim() });
}

export async function recordVisit(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: RecordVisitInput,
  today: LocalDate,
) {
  const d = await openFor(em, input, 'RECORD_VISIT', today);
  if (input.on < (d.completeOn ?? d.receivedOn))
    throw badInput('on', 'Date de visite : ne peut précéder le dossier complet.');
  const defects = input.defects.map((x) => ({
    dossierId: d.id,
    category: x.category,
    severity: x.severity,
    description: x.description?.trim() || null,
  }));
  if (defects.length) await em.insert(PdlDefect, defects);
  await save(em, audit, actor, d, 'record-visit', { visitedOn: input.on, visitNotes: input.notes?.trim() || null });
  if (defects.length)
    await audit.record(em, actor, {
      entity: 'PdlApmlDossier',
      entityId: d.id,
      action: 'defects',
      changes: { defects },
    });
}

/**
 * An express decision within the month (L635-4); a refusal states its reasons and works (L635-3). The status is
 * taken on the decision's date: a decision notified in time may be keyed later, one dated after the tacit day not.
 */
export async function decideApml(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: DecideInput,
  today: LocalDate,
) {
  const d = await openFor(em, input, 'DECIDE', today, input.on);
  const works = input.works.map((w) => w.trim()).filter(Boolean);
  const [error] = checkPdlDecision(
    d.receivedOn,
    { decision: input.decision, decidedOn: input.on, reasons: input.reasons, works },
    today,
  );
  if (error) {
    const labels = { decidedOn: 'Date de décision', reasons: 'Motifs du refus', works: 'Travaux prescrits' };
    throw badInput(error.field === 'decidedOn' ? 'on' : error.field, `${labels[error.field]} : ${error.message}.`);
  }
  await save(em, audit, actor, d, 'decide', {
    decision: input.decision,
    decidedOn: input.on,
    reasons: input.reasons?.trim() || null,
    works,
  });
}

/** The letting that keeps the authorisation alive (it lapses without one within two years, L635-4). */
export async function recordLetting(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ApmlStepInput,
  today: LocalDate,
) {
  const d = await openFor(em, input, 'RECORD_LETTING', today, input.on);
  await save(em, audit, actor, d, 'letting', { letOn: input.on });
}

/** Transfer of a valid authorisation to a new owner (CERFA 15663, L635-4). */
export async function transferApml(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: TransferInput,
  today: LocalDate,
) {
  const d = await openFor(em, input, 'TRANSFER', today, input.on);
  await save(em, audit, actor, d, 'transfer', {
    transferredOn: input.on,
    transferredTo: input.newOwnerName.trim(),
    ownerName: input.newOwnerName.trim(),
    ownerContact: input.newOwnerContact?.trim() || null,
  });
}
