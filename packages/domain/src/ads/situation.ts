import { frenchDay, type LocalDate } from '../calendar/local-date';
import { ADS_OUTCOME_LABELS, isTacitOutcome, type AdsOutcome } from './outcomes';
import { tacitAcquiredLabel } from './tacit';
import { ADS_STATUS_LABELS, type AdsAfterTacitKind, type AdsStatus } from './workflow';

/** Where a dossier stands, in one French phrase, for lists, detail, queues and exports. */
export function adsSituationLabel(d: {
  status: AdsStatus;
  outcome: AdsOutcome | null;
  decidedOn: LocalDate | null;
  afterTacitKind?: AdsAfterTacitKind | null;
  afterTacitOutcome?: AdsOutcome | null;
  afterTacitOn?: LocalDate | null;
}): string {
  const tacit =
    d.outcome && d.decidedOn && isTacitOutcome(d.outcome) ? tacitAcquiredLabel(d.outcome, d.decidedOn) : null;
  const after =
    d.afterTacitKind && d.afterTacitOutcome
      ? d.afterTacitKind === 'WITHDRAWAL'
        ? ` ; retirée le ${frenchDay(d.afterTacitOn)} (${ADS_OUTCOME_LABELS[d.afterTacitOutcome].toLowerCase()}, L424-5)`
        : ` ; certificat exprès le ${frenchDay(d.afterTacitOn)} (${ADS_OUTCOME_LABELS[d.afterTacitOutcome].toLowerCase()})`
      : '';
  if (d.status === 'TACIT' || d.status === 'TACIT_WITHDRAWN') return `${tacit ?? ADS_STATUS_LABELS[d.status]}${after}`;
  if (d.status === 'DECIDED' && d.outcome) return `${ADS_OUTCOME_LABELS[d.outcome]} le ${frenchDay(d.decidedOn)}`;
  return tacit ? `${ADS_STATUS_LABELS[d.status]} — ${tacit}` : ADS_STATUS_LABELS[d.status];
}
