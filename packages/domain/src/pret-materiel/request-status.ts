import { PRET_STATUSES, type PretStatus } from './pret-materiel.choices';

/** The request's life: answered (accordée, possibly partly, or refusée with a reason), prepared, handed over, back. */
const NEXT: Record<PretStatus, readonly PretStatus[]> = {
  REQUESTED: ['APPROVED', 'REFUSED'],
  APPROVED: ['PREPARED'],
  PREPARED: ['HANDED_OVER'],
  HANDED_OVER: ['RETURNED'],
  RETURNED: ['CLOSED'],
  REFUSED: [],
  CLOSED: [],
};

export function allowedPretTransitions(from: PretStatus): readonly PretStatus[] {
  return NEXT[from];
}

/** Null when allowed, else the French reason. */
export function checkPretTransition(from: PretStatus, to: PretStatus): string | null {
  if (NEXT[from].includes(to)) return null;
  return `Une demande « ${PRET_STATUSES.labels[from]} » ne peut pas passer à « ${PRET_STATUSES.labels[to]} ».`;
}

export interface ApprovedLine {
  requested: number;
  approved: number;
}

/** Partly approved when a line gets less than asked (the stock was short); fully refused lines are still partial. */
export function isPartialApproval(lines: readonly ApprovedLine[]): boolean {
  return lines.some((l) => l.approved < l.requested);
}

/** Null when the approved quantities are acceptable, else the French reason. */
export function checkApprovedQuantities(lines: readonly ApprovedLine[]): string | null {
  if (lines.some((l) => !Number.isInteger(l.approved) || l.approved < 0 || l.approved > l.requested))
    return 'La quantité accordée doit être comprise entre 0 et la quantité demandée.';
  if (lines.every((l) => l.approved === 0))
    return 'Aucune quantité accordée : refusez la demande en indiquant le motif.';
  return null;
}

export interface ReturnLine {
  lent: number;
  returned: number;
  missing: number;
  damaged: number;
}

/** What is counted back must add up to what was lent: returned in good state + damaged + missing. */
export function checkReturnLine(l: ReturnLine): string | null {
  if ([l.returned, l.missing, l.damaged].some((q) => !Number.isInteger(q) || q < 0))
    return 'Les quantités rendues, manquantes et abîmées doivent être des entiers positifs.';
  if (l.returned + l.missing + l.damaged !== l.lent)
    return `Rendu en bon état + abîmé + manquant doit faire ${l.lent} (quantité prêtée).`;
  return null;
}
