import { frenchDay, type LocalDate } from '../calendar/local-date';
import { defineChoices } from '../core/choices';
import { PDL_DECISIONS, type PdlDecision, type PdlOutcome } from './permis-louer.choices';
import { apmlDeadline, isApmlLapsed, PDL_DEFAULT_DELAYS, type PdlDelaySettings } from './deadlines';

/** The life of an APML dossier. The decided statuses and the lapse follow from the recorded dates. */
export const PDL_STATUSES = defineChoices([
  { code: 'DEPOSITED', label: 'Déposé (récépissé remis)', open: true },
  { code: 'COMPLETE', label: 'Complet', open: true },
  { code: 'VISIT_PLANNED', label: 'Visite programmée', open: true },
  { code: 'VISITED', label: 'Visité', open: true },
  { code: 'ACCORD', label: 'Accord', open: false },
  { code: 'ACCORD_CONDITIONS', label: 'Accord sous conditions', open: false },
  { code: 'REFUS', label: 'Refus motivé', open: false },
  { code: 'TACITE', label: 'Autorisation tacite', open: false },
  { code: 'LAPSED', label: 'Autorisation caduque (pas de location sous deux ans)', open: false },
]);
export type PdlStatus = (typeof PDL_STATUSES)[number]['code'];

export const PDL_ACTIONS = defineChoices([
  { code: 'DECLARE_COMPLETE', label: 'Déclarer le dossier complet', from: ['DEPOSITED'] },
  { code: 'PLAN_VISIT', label: 'Programmer la visite', from: ['COMPLETE', 'VISIT_PLANNED'] },
  { code: 'RECORD_VISIT', label: 'Enregistrer la visite', from: ['VISIT_PLANNED'] },
  { code: 'DECIDE', label: 'Enregistrer la décision', from: ['COMPLETE', 'VISIT_PLANNED', 'VISITED'] },
  { code: 'TRANSFER', label: 'Transférer à un nouveau propriétaire', from: ['ACCORD', 'ACCORD_CONDITIONS', 'TACITE'] },
  { code: 'RECORD_LETTING', label: 'Enregistrer la mise en location', from: ['ACCORD', 'ACCORD_CONDITIONS', 'TACITE'] },
]);
export type PdlAction = (typeof PDL_ACTIONS)[number]['code'];

export interface PdlDossierDates {
  receivedOn: LocalDate;
  completeOn?: LocalDate | null;
  visitPlannedOn?: LocalDate | null;
  visitedOn?: LocalDate | null;
  decision?: PdlDecision | null;
  decidedOn?: LocalDate | null;
  letOn?: LocalDate | null;
}

/** The outcome of a dossier on `today`: its express decision, or the tacit authorisation once the month passed. */
export function pdlOutcome(d: PdlDossierDates, today: LocalDate, s: PdlDelaySettings = PDL_DEFAULT_DELAYS) {
  if (d.decision && d.decidedOn) return { outcome: d.decision as PdlOutcome, decidedOn: d.decidedOn };
  const { tacitOn } = apmlDeadline(d.receivedOn, s);
  return today >= tacitOn ? { outcome: 'TACITE' as PdlOutcome, decidedOn: tacitOn } : null;
}

/** Derived status: nobody types "tacite" or "caduque", the dates decide (L635-4). */
export function pdlStatus(d: PdlDossierDates, today: LocalDate, s: PdlDelaySettings = PDL_DEFAULT_DELAYS): PdlStatus {
  const out = pdlOutcome(d, today, s);
  if (out) {
    const granted = out.outcome === 'TACITE' || PDL_DECISIONS.of(out.outcome).granted;
    if (granted && isApmlLapsed(out.decidedOn, d.letOn ?? null, today, s)) return 'LAPSED';
    return out.outcome;
  }
  if (d.visitedOn) return 'VISITED';
  if (d.visitPlannedOn) return 'VISIT_PLANNED';
  if (d.completeOn) return 'COMPLETE';
  return 'DEPOSITED';
}

/** French message when an action is not possible in this status, null when it is. */
export function pdlActionRefusal(action: PdlAction, status: PdlStatus): string | null {
  const a = PDL_ACTIONS.of(action);
  if ((a.from as readonly string[]).includes(status)) return null;
  if (status === 'TACITE' && action === 'DECIDE')
    return 'L’autorisation tacite est acquise : une décision expresse serait un retrait, qui suit sa propre procédure.';
  return `« ${a.label} » n’est pas possible pour un dossier au statut « ${PDL_STATUSES.labels[status]} ».`;
}

export interface PdlDecisionInput {
  decision: PdlDecision;
  decidedOn: LocalDate;
  reasons?: string | null;
  works?: readonly string[] | null;
}

export interface PdlFieldError {
  field: 'decidedOn' | 'reasons' | 'works';
  message: string;
}

/** Checks of an express decision (L635-3, L635-4). Returns the errors, empty when it may be recorded. */
export function checkPdlDecision(
  receivedOn: LocalDate,
  input: PdlDecisionInput,
  today: LocalDate,
  s: PdlDelaySettings = PDL_DEFAULT_DELAYS,
): PdlFieldError[] {
  const errors: PdlFieldError[] = [];
  const { decisionDeadline, tacitOn } = apmlDeadline(receivedOn, s);
  if (input.decidedOn < receivedOn)
    errors.push({ field: 'decidedOn', message: `ne peut précéder le récépissé du ${frenchDay(receivedOn)}` });
  else if (input.decidedOn > today) errors.push({ field: 'decidedOn', message: 'ne peut être dans le futur' });
  else if (input.decidedOn > decisionDeadline)
    // L635-4: the authorisation is acquired by silence; deciding later would withdraw it
    errors.push({
      field: 'decidedOn',
      message: `après le ${frenchDay(decisionDeadline)} : l’autorisation tacite est acquise depuis le ${frenchDay(tacitOn)}`,
    });
  const works = (input.works ?? []).filter((w) => w.trim() !== '');
  if (input.decision === 'REFUS') {
    // L635-3: a refusal states its reasons and the works required
    if (!input.reasons?.trim()) errors.push({ field: 'reasons', message: 'un refus doit être motivé (L635-3)' });
    if (works.length === 0)
      errors.push({ field: 'works', message: 'un refus doit préciser les travaux prescrits (L635-3)' });
  }
  if (input.decision === 'ACCORD_CONDITIONS' && works.length === 0)
    errors.push({ field: 'works', message: 'un accord sous conditions doit lister les travaux' });
  return errors;
}
