import { defineChoices } from '../core/choices';
import type { LocalDate } from '../calendar/local-date';
import { ADS_TYPES_WITH_WORKS, adsTypeFamily, type AdsDossierType } from './dossier-types';
import { checkCuAfterTacit, checkTacitWithdrawal, isTacitAcquired, lateExpressDecisionMessage } from './tacit';
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
  // L424-5: a tacit permit or non-opposition withdrawn within three months (the tacit decision still counts)
  { code: 'TACIT_WITHDRAWN', label: 'Décision tacite retirée', open: false },
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
  // from TACIT: an express decision notified in time (on or before the tacit day) but recorded after the system
  {
    code: 'DECIDE',
    label: 'Enregistrer la décision',
    from: ['COMPLETE', 'UNDER_INSTRUCTION', 'TACIT'],
    to: 'DECIDED',
  },
  // no action records a tacit decision: the system does, the day after the deadline (tacit.ts)
  {
    code: 'WITHDRAW_TACIT',
    label: 'Retirer la décision tacite (art. L424-5)',
    from: ['TACIT'],
    to: 'TACIT_WITHDRAWN',
  },
  {
    code: 'CU_AFTER_TACIT',
    label: 'Délivrer un certificat exprès après le certificat tacite',
    from: ['TACIT'],
    to: 'TACIT',
  },
  {
    code: 'ISSUE_TACIT_CERTIFICATE',
    label: 'Enregistrer la délivrance du certificat de décision tacite (R*424-13)',
    from: ['TACIT'],
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
  /** Date of the decision (for a tacit one, the day it was acquired). */
  decidedOn?: LocalDate | null;
  tacitCertificateOn?: LocalDate | null;
  afterTacitKind?: AdsAfterTacitKind | null;
}

export interface AdsTransitionRequest {
  action: AdsAction;
  on: LocalDate;
  /** DECIDE: the express decision. */
  outcome?: AdsOutcome | null;
  /** DECIDE on an open dossier: its tacit decision (deadline rules), so a later date is refused as such. */
  tacit?: { outcome: AdsOutcome; on: LocalDate } | null;
  /** WITHDRAW_TACIT: date of the letter opening the contradictory procedure (L121-1, L122-1 CRPA). */
  procedureLetterOn?: LocalDate | null;
}

export interface AdsTransitionResult {
  status: AdsStatus;
  outcome: AdsOutcome | null;
  /** Present when the dossier gets its decision (express or tacit), is withdrawn or cancelled; absent: unchanged. */
  closedOn?: LocalDate;
  /** A decision after the tacit one: its withdrawal, or an express CU; the tacit decision stays the decision. */
  afterTacit?: { kind: AdsAfterTacitKind; outcome: AdsOutcome; on: LocalDate; procedureLetterOn: LocalDate | null };
}

export type AdsAfterTacitKind = 'WITHDRAWAL' | 'CU_EXPRESS';
export const ADS_AFTER_TACIT_LABELS: Record<AdsAfterTacitKind, string> = {
  WITHDRAWAL: 'Retrait de la décision tacite (L424-5)',
  CU_EXPRESS: 'Certificat exprès après certificat tacite (L410-1)',
};

/** A refused transition; the message is what the agent reads. */
export class AdsTransitionError extends Error {
  /** The input field at fault, when one is. */
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** What the system records once the day of the tacit decision is over (R*424-1): no agent types it. */
export function acquireTacitDecision(
  d: Pick<AdsWorkflowDossier, 'status'>,
  tacit: { outcome: AdsOutcome; on: LocalDate },
  today: LocalDate,
): AdsTransitionResult | null {
  if (!isAdsPreDecision(d.status) || !isTacitAcquired(tacit.on, today) || !isTacitOutcome(tacit.outcome)) return null;
  return { status: 'TACIT', outcome: tacit.outcome, closedOn: tacit.on };
}

const action = (a: AdsAction) => ADS_ACTIONS.find((x) => x.code === a)!;

/** Why an action cannot be taken now (null when it can); independent of the date and parameters. */
function refusal(d: AdsWorkflowDossier, a: AdsAction): string | null {
  const def = action(a);
  const tacit = d.status === 'TACIT' && d.outcome && d.decidedOn ? { outcome: d.outcome, on: d.decidedOn } : null;
  if (a === 'DECIDE' && tacit && d.afterTacitKind)
    return 'Une décision a déjà été enregistrée après la décision tacite.';
  if (tacit && (a === 'WITHDRAW_TACIT' || a === 'CU_AFTER_TACIT')) {
    if (d.afterTacitKind) return 'Une décision a déjà été enregistrée après la décision tacite.';
    const cu = adsTypeFamily(d.type) === 'CU';
    if (a === 'CU_AFTER_TACIT' && !cu)
      return 'Seul un certificat d’urbanisme peut être délivré après un certificat tacite.';
    if (a === 'WITHDRAW_TACIT' && (cu || !isFavourableOutcome(tacit.outcome)))
      return lateExpressDecisionMessage({ type: d.type, tacitOutcome: tacit.outcome, tacitOn: tacit.on });
  }
  if (a === 'ISSUE_TACIT_CERTIFICATE' && d.tacitCertificateOn)
    return `Le certificat de décision tacite a déjà été délivré le ${frenchDay(d.tacitCertificateOn)}.`;
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
  // an express decision recorded after the system's tacit one replaces it only if dated on or before the tacit day
  const decideAfterTacit = req.action === 'DECIDE' && d.status === 'TACIT';
  const tacit = decideAfterTacit
    ? { outcome: d.outcome!, on: d.decidedOn! }
    : req.action === 'DECIDE'
      ? req.tacit
      : null;
  if (tacit && req.on > tacit.on)
    throw new AdsTransitionError(
      lateExpressDecisionMessage({ type: d.type, tacitOutcome: tacit.outcome, tacitOn: tacit.on }),
    );
  if (req.on < (decideAfterTacit ? d.depositedOn : d.statusOn))
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
    case 'WITHDRAW_TACIT':
    case 'CU_AFTER_TACIT': {
      const t = { type: d.type, tacitOutcome: d.outcome!, tacitOn: d.decidedOn! };
      if (!req.outcome) throw new AdsTransitionError('Indiquez la décision prise.');
      const why =
        req.action === 'WITHDRAW_TACIT'
          ? checkTacitWithdrawal(t, { outcome: req.outcome, on: req.on, procedureLetterOn: req.procedureLetterOn })
          : checkCuAfterTacit(t, req.outcome, req.on);
      if (why) throw new AdsTransitionError(why.message, why.field);
      return {
        status: to,
        outcome: d.outcome,
        afterTacit: {
          kind: req.action === 'WITHDRAW_TACIT' ? 'WITHDRAWAL' : 'CU_EXPRESS',
          outcome: req.outcome,
          on: req.on,
          procedureLetterOn: req.action === 'WITHDRAW_TACIT' ? req.procedureLetterOn! : null,
        },
      };
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
