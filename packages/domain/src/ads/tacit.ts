import { addDays, addMonths, frenchDay, type LocalDate } from '../calendar/local-date';
import { adsTypeFamily, type AdsDossierType } from './dossier-types';
import {
  ADS_OUTCOME_LABELS,
  expressOutcomesFor,
  isFavourableOutcome,
  isTacitOutcome,
  type AdsOutcome,
} from './outcomes';

/**
 * What silence decides, and what may still follow (Code de l'urbanisme R*424-1 to R*424-3, L424-5, L410-1).
 * The deadline (tacitOn) is the last day to notify an express decision; once it is over the tacit decision
 * exists by law, dated that day, without anyone recording it.
 */
export const isTacitAcquired = (tacitOn: LocalDate | null | undefined, today: LocalDate): boolean =>
  !!tacitOn && tacitOn < today;

/** "Décision tacite acquise le 01/05/2026 (non-opposition tacite)": how lists, detail and exports show it. */
export const tacitAcquiredLabel = (outcome: AdsOutcome, on: LocalDate): string =>
  `Décision tacite acquise le ${frenchDay(on)} (${ADS_OUTCOME_LABELS[outcome].toLowerCase()})`;

/** L424-5: a tacit permit or non-opposition may be withdrawn only within three months of its date. */
export const tacitWithdrawalLimit = (tacitOn: LocalDate): LocalDate => addMonths(tacitOn, 3);

/**
 * L121-1 and L122-1 CRPA: the applicant is invited to present observations before the withdrawal; the law sets
 * no length (a "délai raisonnable"). The default only requires the withdrawal to come after the letter — to confirm
 * with the service, which may raise it.
 */
export const ADS_WITHDRAWAL_MIN_OBSERVATION_DAYS = 1;

export interface AdsTacitContext {
  type: AdsDossierType;
  tacitOutcome: AdsOutcome;
  tacitOn: LocalDate;
}

/** Why an ordinary express decision cannot be recorded once a tacit one exists (what to do instead, in French). */
export function lateExpressDecisionMessage(t: AdsTacitContext): string {
  const acquired = tacitAcquiredLabel(t.tacitOutcome, t.tacitOn);
  if (adsTypeFamily(t.type) === 'CU')
    return `${acquired}. Un certificat exprès peut encore être délivré : enregistrez « Délivrer un certificat exprès après le certificat tacite ».`;
  if (!isFavourableOutcome(t.tacitOutcome))
    return `${acquired} (R*424-2, R*424-3). Une décision expresse postérieure n’est pas une nouvelle décision : communiquez les motifs si le pétitionnaire les demande (art. L232-4 du CRPA) ou instruisez une nouvelle demande.`;
  return `${acquired} : une décision expresse postérieure n’est pas une décision mais un retrait (art. L424-5 du code de l’urbanisme). Enregistrez « Retirer la décision tacite » avec la date du courrier engageant la procédure contradictoire (art. L121-1 et L122-1 du CRPA), au plus tard le ${frenchDay(tacitWithdrawalLimit(t.tacitOn))}.`;
}

export interface AdsWithdrawalRequest {
  /** The express decision that withdraws the tacit one (refusal, opposition, prescriptions, sursis). */
  outcome: AdsOutcome;
  /** Date of the withdrawal (the arrêté). */
  on: LocalDate;
  /** Date of the letter inviting the applicant's observations (contradictory procedure). */
  procedureLetterOn: LocalDate | null | undefined;
}

/** Checks a withdrawal of a tacit permit or non-opposition (L424-5); returns the French refusal or null. */
export function checkTacitWithdrawal(
  t: AdsTacitContext,
  r: AdsWithdrawalRequest,
  minObservationDays = ADS_WITHDRAWAL_MIN_OBSERVATION_DAYS,
): { field: string; message: string } | null {
  if (adsTypeFamily(t.type) === 'CU')
    return {
      field: 'action',
      message:
        'Un certificat d’urbanisme tacite ne se retire pas : délivrez un certificat exprès après le certificat tacite (art. L410-1).',
    };
  if (!isTacitOutcome(t.tacitOutcome) || !isFavourableOutcome(t.tacitOutcome))
    return { field: 'action', message: lateExpressDecisionMessage(t) };
  if (!expressOutcomesFor(t.type).includes(r.outcome))
    return {
      field: 'outcome',
      message: `La décision « ${ADS_OUTCOME_LABELS[r.outcome]} » ne s’applique pas à un dossier ${t.type}.`,
    };
  if (r.outcome === 'ACCORD' || r.outcome === 'NON_OPPOSITION')
    return {
      field: 'outcome',
      message: `${tacitAcquiredLabel(t.tacitOutcome, t.tacitOn)} : un accord exprès postérieur est sans objet. Si le pétitionnaire le demande, enregistrez la délivrance du certificat de décision tacite (R*424-13).`,
    };
  if (r.on <= t.tacitOn)
    return {
      field: 'on',
      message: `Le retrait suit la décision tacite acquise le ${frenchDay(t.tacitOn)} : datez-le après ce jour (avant, c’est une décision ordinaire).`,
    };
  if (!r.procedureLetterOn)
    return {
      field: 'procedureLetterOn',
      message:
        'Indiquez la date du courrier engageant la procédure contradictoire : le retrait ne peut intervenir qu’après que le pétitionnaire a pu présenter ses observations (art. L121-1 et L122-1 du CRPA).',
    };
  if (r.procedureLetterOn < t.tacitOn)
    return {
      field: 'procedureLetterOn',
      message: `Le courrier de procédure contradictoire ne peut pas précéder la décision tacite du ${frenchDay(t.tacitOn)}.`,
    };
  if (r.on < addDays(r.procedureLetterOn, minObservationDays))
    return {
      field: 'on',
      message: `Le retrait doit suivre le courrier de procédure contradictoire du ${frenchDay(r.procedureLetterOn)} (observations du pétitionnaire, art. L122-1 du CRPA).`,
    };
  const limit = tacitWithdrawalLimit(t.tacitOn);
  if (r.on > limit)
    return {
      field: 'on',
      message: `Retrait impossible : une décision tacite ne peut être retirée que dans les trois mois suivant sa date, soit jusqu’au ${frenchDay(limit)} (art. L424-5 du code de l’urbanisme).`,
    };
  return null;
}

/** L410-1: a tacit CU only guarantees the rules in force; an express certificate may still be delivered after it. */
export function checkCuAfterTacit(
  t: AdsTacitContext,
  outcome: AdsOutcome,
  on: LocalDate,
): { field: string; message: string } | null {
  if (adsTypeFamily(t.type) !== 'CU')
    return { field: 'action', message: 'Seul un certificat d’urbanisme peut être délivré après un certificat tacite.' };
  if (!expressOutcomesFor(t.type).includes(outcome))
    return {
      field: 'outcome',
      message: `Choisissez un certificat exprès (${expressOutcomesFor(t.type)
        .map((o) => ADS_OUTCOME_LABELS[o])
        .join(', ')}).`,
    };
  if (on <= t.tacitOn)
    return {
      field: 'on',
      message: `Le certificat tacite est acquis le ${frenchDay(t.tacitOn)} : le certificat exprès est daté après ce jour.`,
    };
  return null;
}
