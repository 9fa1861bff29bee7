import { addMonths, frenchDay, type LocalDate } from '../calendar/local-date';
import { defineChoices } from '../core/choices';
import { inForceOn } from '../core/in-force';
import type { PdlAuthority, PdlOffence } from './permis-louer.choices';

/**
 * Who orders the fine of L635-7 and to whom it is paid, by date. Before the law n° 2024-322 of 9 April 2024
 * (habitat dégradé) the préfet ordered it on the DDTM's report, paid to the ANAH; since its entry into force
 * (published 10 April 2024, so 11 April) the mayor or the EPCI president orders it, paid to the EPCI.
 * Data, so a later change is one more dated row.
 */
export interface PdlSanctionRegime {
  validFrom: LocalDate;
  authority: PdlAuthority;
  paidTo: string;
  /** L635-7 first paragraph. */
  maxFine: number;
  /** L635-7: repeat within three years, or letting despite a refusal. */
  maxFineAggravated: number;
  repeatWindowYears: number;
}

export const PDL_SANCTION_REGIMES: readonly PdlSanctionRegime[] = [
  {
    validFrom: '2017-01-01',
    authority: 'PREFET',
    paidTo: 'ANAH',
    maxFine: 5000,
    maxFineAggravated: 15000,
    repeatWindowYears: 3,
  },
  {
    validFrom: '2024-04-11',
    authority: 'EPCI_PRESIDENT',
    paidTo: 'CALL',
    maxFine: 5000,
    maxFineAggravated: 15000,
    repeatWindowYears: 3,
  },
];

/** The regime in force on the day the offence is found (the report goes to its authority). */
export function sanctionRegimeOn(foundOn: LocalDate, regimes = PDL_SANCTION_REGIMES): PdlSanctionRegime {
  const r = inForceOn(regimes, foundOn);
  if (!r) throw new Error(`Aucun régime de sanction au ${foundOn}`);
  return r;
}

/** A repeat: a previous order against the same owner within the window before this finding (L635-7). */
export function isRepeatOffence(
  previousOrderDates: readonly LocalDate[],
  foundOn: LocalDate,
  windowYears = 3,
): boolean {
  const from = addMonths(foundOn, -12 * windowYears);
  return previousOrderDates.some((d) => d >= from && d < foundOn);
}

export function maxFineFor(regime: PdlSanctionRegime, offence: PdlOffence, repeat: boolean): number {
  return offence === 'LET_DESPITE_REFUSAL' || repeat ? regime.maxFineAggravated : regime.maxFine;
}

/** Last day for the owner's observations after the invitation (one month by default). */
export function observationsDueOn(invitedOn: LocalDate, months = 1): LocalDate {
  return addMonths(invitedOn, months);
}

/** Checks of an order (arrêté): amount within the ceiling, after the observations delay. */
export function checkSanctionOrder(a: {
  amount: number;
  max: number;
  orderedOn: LocalDate;
  invitedOn: LocalDate | null;
  observationMonths?: number;
}): { field: 'amount' | 'orderedOn'; message: string }[] {
  const errors: { field: 'amount' | 'orderedOn'; message: string }[] = [];
  if (!(a.amount > 0)) errors.push({ field: 'amount', message: 'doit être positif' });
  else if (a.amount > a.max)
    errors.push({ field: 'amount', message: `ne peut dépasser ${a.max.toLocaleString('fr-FR')} € (L635-7)` });
  if (!a.invitedOn)
    errors.push({
      field: 'orderedOn',
      message: 'le propriétaire doit d’abord être invité à présenter ses observations',
    });
  else {
    const due = observationsDueOn(a.invitedOn, a.observationMonths);
    if (a.orderedOn <= due)
      errors.push({ field: 'orderedOn', message: `doit suivre la fin du délai d’observations (${frenchDay(due)})` });
  }
  return errors;
}

/** Where a procedure stands: the first step of L635-7's pipeline not yet dated. */
export const PDL_SANCTION_STAGES = defineChoices([
  { code: 'TO_REPORT', label: 'À signaler', next: 'REPORT' },
  { code: 'TO_INVITE', label: 'Observations à demander', next: 'INVITE' },
  { code: 'TO_ORDER', label: 'Arrêté à prendre', next: 'ORDER' },
  { code: 'TO_ISSUE', label: 'Titre de perception à émettre', next: 'REVENUE_ORDER' },
  { code: 'TO_COLLECT', label: 'Amende à encaisser', next: 'PAID' },
  { code: 'CLOSED', label: 'Close (amende payée)', next: null },
]);
export type PdlSanctionStage = (typeof PDL_SANCTION_STAGES)[number]['code'];

export interface PdlSanctionDates {
  reportedOn: LocalDate | null;
  observationsInvitedOn: LocalDate | null;
  orderedOn: LocalDate | null;
  revenueOrderOn: LocalDate | null;
  paidOn: LocalDate | null;
}

export function sanctionStage(s: PdlSanctionDates): PdlSanctionStage {
  if (!s.reportedOn) return 'TO_REPORT';
  if (!s.observationsInvitedOn) return 'TO_INVITE';
  if (!s.orderedOn) return 'TO_ORDER';
  if (!s.revenueOrderOn) return 'TO_ISSUE';
  if (!s.paidOn) return 'TO_COLLECT';
  return 'CLOSED';
}
