import { defineChoices } from '../core/choices';
import type { LocalDate } from '../calendar/local-date';
import { ADS_TYPES_WITH_WORKS, type AdsDossierType } from './dossier-types';
import {
  expressOutcomesFor,
  isFavourableOutcome,
  isTacitOutcome,
  ADS_OUTCOME_LABELS,
  type AdsOutcome,
} from './outcomes';
import { frenchDay } from '../calendar/local-date';

/** The life of a dossier, from deposit to the conformity of the works. */
export const ADS_STATUSES = defineChoices([
  { code: 'DEPOSITED', label: 'Déposé', open: true },
  { code: 'INCOMPLETE', label: 'Incomplet (pièces demandées)', open: true },
  { code: 'COMPLETE', label: 'Complet', open: true },
  { code: 'UNDER_INSTRUCTION', label: 'En instruction (consultations)', open: true },
  { code: 'DECIDED', label: 'Décidé', open: false },
  { code: 'TACIT', label: 'Décision tacite', open: false },
  { code: 'WORKS_STARTED', label: 'Chantier ouvert (DOC)', open: false },
  { code: 'WORKS_COMPLETED', label: 'Travaux achevés (DAACT)', open: false },
  { code: 'CONFORMITY_CHECKED', label: 'Conformité constatée', open: false },
  { code: 'WITHDRAWN', label: 'Retiré par le demandeur', open: false },
  { code: 'CANCELLED', label: 'Annulé (enregistrement sans objet)', open: false },
]);
export type AdsStatus = (typeof ADS_STATUSES)[number]['code'];
export const ADS_STATUS_CODES: readonly AdsStatus[] = ADS_STATUSES.codes;
export const ADS_STATUS_LABELS = ADS_STATUSES.labels;
/** Statuses of a dossier still waiting for its decision. */
export const ADS_OPEN_STATUSES: readonly AdsStatus[] = ADS_STATUSES.filter((s) => s.open).map((s) => s.code);

/** A dossier still under instruction whose legal deadline has passed: silence has already decided. */
export function isAdsDeadlineOverdue(status: AdsStatus, deadline: string | null | undefined, today: string): boolean {
  return ADS_OPEN_STATUSES.includes(status) && !!deadline && deadline < today;
}
export const isAdsStatus = (v: string): v is AdsStatus => (ADS_STATUS_CODES as readonly string[]).includes(v);

const PRE_DECISION: AdsStatus[] = ['DEPOSITED', 'INCOMPLETE', 'COMPLETE', 'UNDER_INSTRUCTION'];

export const ADS_ACTIONS = defineChoices([
  { code: 'REQUEST_PIECES', label: 'Demander des pièces manquantes', from: ['DEPOSITED'], to: 'INCOMPLETE' },
  {
    code: 'RECEIVE_PIECES',
    label: 'Enregistrer les pièces reçues (dossier complet)',
    from: ['INCOMPLETE'],
    to: 'COMPLETE',
  },
  { code: 'DECLARE_COMPLETE', label: 'Déclarer le dossier complet', from: ['DEPOSITED'], to: 'COMPLETE' },
  {
    code: 'START_INSTRUCTION',
    label: 'Passer en instruction (consultations)',
    from: ['COMPLETE'],
    to: 'UNDER_INSTRUCTION',
  },
  { code: 'DECIDE', label: 'Enregistrer la décision', from: ['COMPLETE', 'UNDER_INSTRUCTION'], to: 'DECIDED' },
  {
    code: 'RECORD_TACIT',
    label: 'Constater la décision tacite',
    from: ['INCOMPLETE', 'COMPLETE', 'UNDER_INSTRUCTION'],
    to: 'TACIT',
  },
  {
    code: 'DECLARE_DOC',
    label: 'Enregistrer la DOC (ouverture de chantier)',
    from: ['DECIDED', 'TACIT'],
    to: 'WORKS_STARTED',
  },
  { code: 'DECLARE_DAACT', label: 'Enregistrer la DAACT (achèvement)', from: ['WORKS_STARTED'], to: 'WORKS_COMPLETED' },
  { code: 'RECORD_CONFORMITY', label: 'Constater la conformité', from: ['WORKS_COMPLETED'], to: 'CONFORMITY_CHECKED' },
  { code: 'WITHDRAW', label: 'Enregistrer le retrait de la demande', from: PRE_DECISION, to: 'WITHDRAWN' },
  { code: 'CANCEL', label: 'Annuler le dossier', from: PRE_DECISION, to: 'CANCELLED' },
] as const satisfies readonly { code: string; label: string; from: readonly AdsStatus[]; to: AdsStatus }[]);
export type AdsAction = (typeof ADS_ACTIONS)[number]['code'];
export const ADS_ACTION_CODES: readonly AdsAction[] = ADS_ACTIONS.codes;
export const ADS_ACTION_LABELS = ADS_ACTIONS.labels;
export const isAdsAction = (v: string): v is AdsAction => (ADS_ACTION_CODES as readonly string[]).includes(v);

export interface AdsWorkflowDossier {
  type: AdsDossierType;
  status: AdsStatus;
  depositedOn: LocalDate;
  outcome: AdsOutcome | null;
  /** Date of the current status, so an action cannot be dated before it. */
  statusOn: LocalDate;
}

export interface AdsTransitionRequest {
  action: AdsAction;
  on: LocalDate;
  /** DECIDE: the express decision. */
  outcome?: AdsOutcome | null;
  /** RECORD_TACIT: the tacit decision computed by the deadline rules, and the day it is acquired. */
  tacit?: { outcome: AdsOutcome; on: LocalDate } | null;
}

export interface AdsTransitionResult {
  status: AdsStatus;
  outcome: AdsOutcome | null;
  /** Present when the dossier gets its decision (express or tacit), is withdrawn or cancelled; absent: unchanged. */
  closedOn?: LocalDate;
}

/** A refused transition; the message is what the agent reads. */
export class AdsTransitionError extends Error {}

const action = (a: AdsAction) => ADS_ACTIONS.find((x) => x.code === a)!;

/** Why an action cannot be taken now (null when it can); independent of the date and parameters. */
function refusal(d: AdsWorkflowDossier, a: AdsAction): string | null {
  const def = action(a);
  if (!(def.from as readonly AdsStatus[]).includes(d.status)) {
    return `Action « ${def.label} » impossible : le dossier est au statut « ${ADS_STATUS_LABELS[d.status]} ».`;
  }
  if (
    (a === 'DECLARE_DOC' || a === 'DECLARE_DAACT' || a === 'RECORD_CONFORMITY') &&
    !ADS_TYPES_WITH_WORKS.includes(d.type)
  ) {
    return `Action « ${def.label} » impossible : le suivi des travaux concerne les PC, PCMI et PA, pas un dossier ${d.type}.`;
  }
  if (a === 'DECLARE_DOC' && !(d.outcome && isFavourableOutcome(d.outcome))) {
    return 'Ouverture de chantier impossible : l’autorisation n’a pas été accordée.';
  }
  return null;
}

/** The actions the screen offers for a dossier: the state machine decides, not the page. */
export function allowedAdsActions(d: AdsWorkflowDossier): AdsAction[] {
  return ADS_ACTION_CODES.filter((a) => refusal(d, a) === null);
}

/** Applies an action, or throws AdsTransitionError with a French message. */
export function applyAdsTransition(d: AdsWorkflowDossier, req: AdsTransitionRequest): AdsTransitionResult {
  const why = refusal(d, req.action);
  if (why) throw new AdsTransitionError(why);
  if (req.on < d.statusOn)
    throw new AdsTransitionError(
      `La date (${frenchDay(req.on)}) ne peut pas précéder celle de l’étape précédente (${frenchDay(d.statusOn)}).`,
    );
  const to = action(req.action).to;
  switch (req.action) {
    case 'DECIDE': {
      if (!req.outcome) throw new AdsTransitionError('Indiquez la décision prise.');
      const allowed = expressOutcomesFor(d.type);
      if (!allowed.includes(req.outcome)) {
        throw new AdsTransitionError(
          `La décision « ${ADS_OUTCOME_LABELS[req.outcome]} » ne s’applique pas à un dossier ${d.type} (possibles : ${allowed.map((o) => ADS_OUTCOME_LABELS[o]).join(', ')}).`,
        );
      }
      return { status: to, outcome: req.outcome, closedOn: req.on };
    }
    case 'RECORD_TACIT': {
      const tacit = req.tacit;
      if (!tacit || !isTacitOutcome(tacit.outcome))
        throw new AdsTransitionError('Aucune décision tacite n’est calculée pour ce dossier.');
      if (req.on < tacit.on)
        throw new AdsTransitionError(`Pas de décision tacite avant le ${frenchDay(tacit.on)} : le délai court encore.`);
      return { status: to, outcome: tacit.outcome, closedOn: tacit.on };
    }
    case 'WITHDRAW':
    case 'CANCEL':
      return { status: to, outcome: null, closedOn: req.on };
    default:
      return { status: to, outcome: d.outcome };
  }
}

/** Whether a dossier still waits for its decision (consultations and majorations are still possible). */
export const isAdsPreDecision = (status: AdsStatus) => PRE_DECISION.includes(status);
