import type { EntityManager } from 'typeorm';
import {
  ADS_ACTION_LABELS,
  ADS_OUTCOME_LABELS,
  AdsTransitionError,
  applyAdsTransition,
  frenchDay,
  isLocalDate,
  tacitAcquiredLabel,
  type LocalDate,
} from '@call/domain';
import { badInput, invalidTransition, notFound } from '../../../core/errors';
import { AdsDossier } from '../entities/ads-dossier.entity';
import type { AdsTransitionInput } from '../graphql/ads.inputs';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { recordEvent, refreshDeadline } from '../ads-timeline';
import { DOSSIER_SUBJECT } from './ads-dossier-guards';
import { acquireTacitDecisions } from './acquire-tacit-decisions';

const AFTER_TACIT_ACTIONS: readonly string[] = ['WITHDRAW_TACIT', 'CU_AFTER_TACIT', 'ISSUE_TACIT_CERTIFICATE'];

/** Moves a dossier along the instruction workflow; the domain's state machine decides what is allowed. */
export async function transitionAdsDossier(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  id: string,
  input: AdsTransitionInput,
  today: LocalDate,
): Promise<AdsDossier> {
  if (!isLocalDate(input.on)) throw badInput('on', 'Date invalide (AAAA-MM-JJ).');
  if (input.on > today) throw badInput('on', 'La date de l’étape ne peut pas être dans le futur.');
  const loaded = await em.findOne(AdsDossier, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!loaded) throw notFound('Dossier ADS');
  await assertVersion(
    em,
    { entity: 'AdsDossier', id: loaded.id, version: loaded.version },
    input.expectedVersion,
    DOSSIER_SUBJECT,
  );
  // acting on a tacit decision the hourly job has not recorded yet: the system records it first
  if (AFTER_TACIT_ACTIONS.includes(input.action)) await acquireTacitDecisions(em, audit, today, id);
  const d = (await em.findOne(AdsDossier, { where: { id } }))!;

  // the tacit decision, and the effect of received pieces, come from the deadline rules
  const before = await refreshDeadline(em, d);
  if (input.action === 'RECEIVE_PIECES' && d.piecesDueOn && input.on > d.piecesDueOn && !before.piecesRequestLate) {
    throw invalidTransition(
      `Pièces reçues après le ${frenchDay(d.piecesDueOn)} (trois mois, R*423-39) : la demande a fait l’objet d’une décision tacite (${ADS_OUTCOME_LABELS[before.tacitOutcome]}), enregistrée par le système.`,
    );
  }
  let result;
  try {
    // the domain's state machine reads the dossier's workflow fields (AdsWorkflowDossier), nothing else
    result = applyAdsTransition(d, {
      action: input.action,
      on: input.on,
      outcome: input.outcome ?? null,
      procedureLetterOn: input.procedureLetterOn ?? null,
      // an open dossier's tacit day, from the deadline rules: a decision dated after it is refused as such
      tacit: { outcome: before.tacitOutcome, on: before.tacitOn },
    });
  } catch (e) {
    if (e instanceof AdsTransitionError) {
      // a date or a missing procedure letter is the agent's input to fix; the rest is the dossier's state
      if (e.field === 'on' || e.field === 'procedureLetterOn' || e.field === 'outcome')
        throw badInput(e.field, e.message);
      throw invalidTransition(e.message);
    }
    throw e;
  }

  const from = d.status;
  const details: Record<string, unknown> = {};
  switch (input.action) {
    case 'REQUEST_PIECES':
      d.piecesRequestedOn = input.on;
      if (input.on > before.completenessLimit) details.late = true;
      break;
    case 'RECEIVE_PIECES':
      d.piecesReceivedOn = input.on;
      break;
    case 'DECIDE':
      // notified in time but recorded after the system's tacit decision: the express one replaces it
      if (from === 'TACIT') details.replacesTacit = { outcome: d.outcome, on: d.decidedOn };
      d.outcome = result.outcome;
      d.decidedOn = result.closedOn!;
      break;
    case 'WITHDRAW_TACIT':
    case 'CU_AFTER_TACIT': {
      const after = result.afterTacit!;
      d.afterTacitKind = after.kind;
      d.afterTacitOutcome = after.outcome;
      d.afterTacitOn = after.on;
      d.withdrawalProcedureOn = after.procedureLetterOn;
      details.tacit = { outcome: d.outcome, on: d.decidedOn };
      if (after.procedureLetterOn) details.procedureLetterOn = after.procedureLetterOn;
      break;
    }
    case 'ISSUE_TACIT_CERTIFICATE':
      d.tacitCertificateOn = input.on;
      break;
    case 'DECLARE_DOC':
      d.docOn = input.on;
      break;
    case 'DECLARE_DAACT':
      d.daactOn = input.on;
      break;
    case 'RECORD_CONFORMITY':
      d.conformityOn = input.on;
      break;
    default:
      break;
  }
  if (result.closedOn) d.closedOn = result.closedOn;
  d.status = result.status;
  d.statusOn = input.on;
  const after = await refreshDeadline(em, d);
  await em.save(d);

  let summary = ADS_ACTION_LABELS[input.action];
  if (result.outcome && input.action === 'DECIDE') summary += ` : ${ADS_OUTCOME_LABELS[result.outcome]}`;
  if (result.afterTacit) {
    summary += ` : ${ADS_OUTCOME_LABELS[result.afterTacit.outcome]} (${tacitAcquiredLabel(d.outcome!, d.decidedOn!).toLowerCase()})`;
    if (result.afterTacit.procedureLetterOn)
      summary += ` ; procédure contradictoire engagée le ${frenchDay(result.afterTacit.procedureLetterOn)}`;
  }
  if (details.late) summary += ` (hors du délai d’un mois : sans effet sur le délai d’instruction, R*423-41)`;
  if (input.action === 'REQUEST_PIECES' && !details.late)
    summary += ` (pièces attendues au plus tard le ${frenchDay(after.piecesDueOn)})`;
  if (input.action === 'RECEIVE_PIECES') summary += ` (délai courant jusqu’au ${frenchDay(after.deadline)})`;
  if (input.comment) details.comment = input.comment;
  await recordEvent(em, actor, d, {
    kind: input.action,
    on: input.on,
    fromStatus: from,
    toStatus: d.status,
    summary: `${summary}.`,
    details: Object.keys(details).length ? details : null,
  });
  await audit.record(em, actor, {
    entity: 'AdsDossier',
    entityId: d.id,
    action: input.action.toLowerCase(),
    changes: { ...input, status: d.status, outcome: d.outcome, afterTacitOutcome: d.afterTacitOutcome },
  });
  return d;
}
