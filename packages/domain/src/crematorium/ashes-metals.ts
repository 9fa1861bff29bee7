import { addDays, addMonths, type LocalDate } from '../calendar/local-date';

/**
 * Ashes kept at the crematorium: at most one year from the cremation (CGCT L2223-18-1); after it, if the family has
 * not decided, they are dispersed in the jardin du souvenir. The alert lead time is a local choice (configurable).
 */
export function urnKeptUntil(cremationOn: LocalDate): LocalDate {
  return addMonths(cremationOn, 12);
}

export function urnAlertOn(cremationOn: LocalDate, leadDays = 30): LocalDate {
  return addDays(urnKeptUntil(cremationOn), -leadDays);
}

export type UrnStatus = 'KEPT' | 'ALERT' | 'OVERDUE';

export function urnStatus(cremationOn: LocalDate, today: LocalDate, leadDays = 30): UrnStatus {
  if (today > urnKeptUntil(cremationOn)) return 'OVERDUE';
  return today >= urnAlertOn(cremationOn, leadDays) ? 'ALERT' : 'KEPT';
}

/**
 * Metals proceeds (CGCT L2223-18-1-1) go to the crematorium's budget and may only fund the funerals of people without
 * sufficient resources or donations to public-interest bodies: an allocation never exceeds the balance.
 */
export function metalsBalanceCents(proceedsCents: number, allocatedCents: number): number {
  return proceedsCents - allocatedCents;
}

export function allocationRefusal(balanceCents: number, amountCents: number): string | null {
  if (amountCents <= 0) return 'Le montant doit être positif.';
  if (amountCents > balanceCents)
    return `Le montant dépasse le solde disponible du produit des métaux (${(balanceCents / 100).toFixed(2)} €).`;
  return null;
}
