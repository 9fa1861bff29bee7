import { addDays, addMonths, daysBetween, type LocalDate } from '../calendar/local-date';

/**
 * Legal delays of the permis de louer (Code de la construction et de l'habitation, version in force in 2023).
 * The delays are settings so a different reading of the texts is a change of data, not of code.
 */
export interface PdlDelaySettings {
  /** L635-4: silence kept one month after the deposit (the récépissé) is an authorisation. */
  apmlMonths: number;
  /** L126-19 (ex L111-6-1-2): silence kept fifteen days is an authorisation to divide (to confirm with the service). */
  apdDays: number;
  /** L635-4: the authorisation lapses when no letting follows within two years of its issue. */
  lapseYears: number;
  /** L635-7: the owner is invited to submit observations within a set delay (one month in practice). */
  observationMonths: number;
}

export const PDL_DEFAULT_DELAYS: PdlDelaySettings = { apmlMonths: 1, apdDays: 15, lapseYears: 2, observationMonths: 1 };

export interface PdlDeadline {
  /** Last day to notify an express decision. */
  decisionDeadline: LocalDate;
  /** The day the tacit authorisation is acquired when nothing was notified: the day after the deadline. */
  tacitOn: LocalDate;
}

/** APML: one month from the récépissé (L635-4). */
export function apmlDeadline(receivedOn: LocalDate, s: PdlDelaySettings = PDL_DEFAULT_DELAYS): PdlDeadline {
  const decisionDeadline = addMonths(receivedOn, s.apmlMonths);
  return { decisionDeadline, tacitOn: addDays(decisionDeadline, 1) };
}

/** APD: fifteen days from the deposit (L126-19, configurable). */
export function apdDeadline(receivedOn: LocalDate, s: PdlDelaySettings = PDL_DEFAULT_DELAYS): PdlDeadline {
  const decisionDeadline = addDays(receivedOn, s.apdDays);
  return { decisionDeadline, tacitOn: addDays(decisionDeadline, 1) };
}

/** The last day an authorisation issued on `grantedOn` stays valid without a letting (L635-4, two years). */
export function apmlLapsesAfter(grantedOn: LocalDate, s: PdlDelaySettings = PDL_DEFAULT_DELAYS): LocalDate {
  return addDays(addMonths(grantedOn, 12 * s.lapseYears), -1);
}

/** Is an authorisation lapsed on `today`: issued, never followed by a letting within two years. */
export function isApmlLapsed(
  grantedOn: LocalDate | null,
  letOn: LocalDate | null,
  today: LocalDate,
  s: PdlDelaySettings = PDL_DEFAULT_DELAYS,
): boolean {
  if (!grantedOn) return false;
  const last = apmlLapsesAfter(grantedOn, s);
  if (letOn && letOn <= last) return false;
  return today > last;
}

export type PdlUrgency = 'OVERDUE' | 'RED' | 'NORMAL';

/** The service's rule: an undecided dossier turns red when silence will decide in fewer than seven days. */
export const PDL_TACIT_RED_UNDER_DAYS = 7;

/** Place of an undecided dossier in the "tacit within N days" queue: red under seven days (the service's rule). */
export function tacitQueueEntry(
  tacitOn: LocalDate,
  today: LocalDate,
  redUnderDays = PDL_TACIT_RED_UNDER_DAYS,
): { daysLeft: number; urgency: PdlUrgency } {
  const daysLeft = daysBetween(today, tacitOn);
  return { daysLeft, urgency: daysLeft <= 0 ? 'OVERDUE' : daysLeft < redUnderDays ? 'RED' : 'NORMAL' };
}
