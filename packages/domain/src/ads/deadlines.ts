import { defineChoices } from '../core/choices';
import { addMonths, type LocalDate } from '../calendar/local-date';
import type { AdsOpinion } from './consultations';
import { adsTypeFamily, adsTypeInfo, type AdsDossierType } from './dossier-types';
import { frenchDay } from '../calendar/local-date';
import type { AdsOutcome } from './outcomes';

/**
 * Legal instruction deadlines of the Code de l'urbanisme (articles R*423-17 to R*423-47, R*424-1 to R*424-3),
 * in the version in force since the 2007 reform (décret 2007-18), checked for 2023. Pure: no clock, no I/O.
 */
export const ADS_MAJORATIONS = defineChoices([
  // R*423-24: +1 month, e.g. project in the abords of a monument historique or a site patrimonial remarquable (ABF)
  { code: 'R423_24', label: 'Majoration d’un mois (R*423-24, ex. abords ABF)', article: 'R*423-24' },
  // R*423-28: delay set to 5 months for a listed building, an ERP or an IGH (permits only)
  { code: 'R423_28', label: 'Délai porté à cinq mois (R*423-28 : immeuble classé, ERP, IGH)', article: 'R*423-28' },
  // R*423-35: +2 months when an appeal against the ABF's opinion is possible (recours devant le préfet de région)
  { code: 'R423_35', label: 'Majoration de deux mois (R*423-35, recours contre l’avis ABF)', article: 'R*423-35' },
]);
export type AdsMajorationKind = (typeof ADS_MAJORATIONS)[number]['code'];
export const ADS_MAJORATION_CODES: readonly AdsMajorationKind[] = ADS_MAJORATIONS.codes;
export const ADS_MAJORATION_LABELS = ADS_MAJORATIONS.labels;

export interface AdsDeadlineInput {
  type: AdsDossierType;
  depositedOn: LocalDate;
  /** Date the missing pieces were notified to the applicant (R*423-38), if any. */
  piecesRequestedOn?: LocalDate | null;
  /** Date the last missing piece was received in mairie. */
  piecesReceivedOn?: LocalDate | null;
  majorations?: readonly { kind: AdsMajorationKind; notifiedOn: LocalDate }[];
  /** The ABF's recorded opinion, when consulted. */
  abfOpinion?: AdsOpinion | null;
  /** One of the R*424-2 cases where silence is a refusal (e.g. listed building, site classé). */
  tacitRefusalCase?: boolean;
}

export interface AdsMajorationCheck {
  kind: AdsMajorationKind;
  notifiedOn: LocalDate;
  applied: boolean;
  /** Why a majoration is ignored, in French. */
  reason: string | null;
}

export type AdsDeadlineState = 'RUNNING' | 'AWAITING_PIECES' | 'PIECES_EXPIRED';

export interface AdsDeadline {
  baseMonths: number;
  months: number;
  /** Last day to request missing pieces or notify a majoration: one month after deposit (R*423-38, R*423-42). */
  completenessLimit: LocalDate;
  /** A request notified after that month changes nothing (R*423-41). */
  piecesRequestLate: boolean;
  majorations: AdsMajorationCheck[];
  state: AdsDeadlineState;
  /** The day the instruction delay runs from (null while awaiting pieces). */
  startsOn: LocalDate | null;
  /** Last day for the applicant to send the missing pieces: three months (R*423-39). */
  piecesDueOn: LocalDate | null;
  /** End of the instruction delay: the last day to notify an express decision (null while awaiting pieces). */
  deadline: LocalDate | null;
  /** The day silence gives a decision, and which one. */
  tacitOn: LocalDate;
  tacitOutcome: AdsOutcome;
}

/** Does a majoration exist for this type? (none for certificates; R*423-28 only for permits) */
function majorationAppliesTo(kind: AdsMajorationKind, type: AdsDossierType): boolean {
  const family = adsTypeFamily(type);
  if (family === 'CU') return false;
  if (kind === 'R423_28') return family === 'PERMIT';
  return true;
}

/** The tacit decision born of silence at the end of the delay (R*424-1 to R*424-3, R*410-12). */
export function tacitOutcomeFor(
  type: AdsDossierType,
  abfOpinion?: AdsOpinion | null,
  tacitRefusalCase = false,
): AdsOutcome {
  const family = adsTypeFamily(type);
  if (family === 'CU') return 'TACIT_CU';
  // R*424-3: an unfavourable ABF opinion, or one with prescriptions, turns silence into a refusal / opposition
  const refusal = tacitRefusalCase || abfOpinion === 'UNFAVOURABLE' || abfOpinion === 'PRESCRIPTIONS';
  if (family === 'DP') return refusal ? 'TACIT_OPPOSITION' : 'TACIT_NON_OPPOSITION';
  return refusal ? 'TACIT_REFUS' : 'TACIT_ACCORD';
}

/** Missing pieces never received: tacit rejection of a request, tacit opposition to a declaration (R*423-39 b). */
export function missingPiecesOutcomeFor(type: AdsDossierType): AdsOutcome {
  return adsTypeFamily(type) === 'DP' ? 'TACIT_OPPOSITION' : 'TACIT_REFUS';
}

export function computeAdsDeadline(input: AdsDeadlineInput): AdsDeadline {
  const { type, depositedOn } = input;
  const baseMonths = adsTypeInfo(type).baseMonths; // R*423-23
  const completenessLimit = addMonths(depositedOn, 1);

  const majorations: AdsMajorationCheck[] = (input.majorations ?? []).map((m) => {
    if (!majorationAppliesTo(m.kind, type))
      return { ...m, applied: false, reason: `Cette majoration ne s’applique pas à un dossier ${type}.` };
    // R*423-42 / R*423-43: a majoration not notified within the month keeps the ordinary delay
    if (m.notifiedOn > completenessLimit)
      return {
        ...m,
        applied: false,
        reason: `Notifiée après le ${frenchDay(completenessLimit)} (plus d’un mois après le dépôt) : sans effet sur le délai.`,
      };
    if (m.notifiedOn < depositedOn)
      return { ...m, applied: false, reason: 'Notifiée avant le dépôt : date incohérente.' };
    return { ...m, applied: true, reason: null };
  });
  const has = (k: AdsMajorationKind) => majorations.some((m) => m.applied && m.kind === k);
  let months = baseMonths + (has('R423_24') ? 1 : 0);
  if (has('R423_28')) months = Math.max(months, 5); // "porté à cinq mois": a total, not an addition
  if (has('R423_35')) months += 2;

  const tacitOutcome = tacitOutcomeFor(type, input.abfOpinion, input.tacitRefusalCase);
  const requested = input.piecesRequestedOn ?? null;
  const piecesRequestLate = requested !== null && requested > completenessLimit;
  const base = { baseMonths, months, completenessLimit, piecesRequestLate, majorations };

  if (requested === null || piecesRequestLate) {
    // R*423-22: without a request within the month the dossier is deemed complete as deposited,
    // so the delay runs from the deposit (R*423-19); a late request does not move it (R*423-41)
    const deadline = addMonths(depositedOn, months);
    return {
      ...base,
      state: 'RUNNING',
      startsOn: depositedOn,
      piecesDueOn: null,
      deadline,
      tacitOn: deadline,
      tacitOutcome,
    };
  }
  const piecesDueOn = addMonths(requested, 3); // R*423-39 a
  const received = input.piecesReceivedOn ?? null;
  if (received === null || received > piecesDueOn) {
    // R*423-39 b: pieces never (or too late) received → tacit rejection / opposition when the 3 months end
    return {
      ...base,
      state: received === null ? 'AWAITING_PIECES' : 'PIECES_EXPIRED',
      startsOn: null,
      piecesDueOn,
      deadline: null,
      tacitOn: piecesDueOn,
      tacitOutcome: missingPiecesOutcomeFor(type),
    };
  }
  // R*423-19: the delay runs from the receipt of the complete dossier
  const deadline = addMonths(received, months);
  return { ...base, state: 'RUNNING', startsOn: received, piecesDueOn, deadline, tacitOn: deadline, tacitOutcome };
}
