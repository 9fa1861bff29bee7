/** The choice lists of the prêt de matériel, shared by the API (enums), the indicators (labels) and the web. */
import { defineChoices } from '../core/choices';

export const PRET_UNITS = defineChoices([
  { code: 'PIECE', label: 'pièce', plural: 'pièces' },
  { code: 'M2', label: 'm²', plural: 'm²' },
]);
export type PretUnit = (typeof PRET_UNITS)[number]['code'];

/** What changes the stock of a kind from a date: the sign says whether it adds or removes units. */
export const PRET_MOVEMENTS = defineChoices([
  { code: 'ACQUISITION', label: 'Acquisition', sign: 1 },
  { code: 'OUT_OF_SERVICE', label: 'Mise hors service (réparation)', sign: -1 },
  { code: 'BACK_IN_SERVICE', label: 'Remise en service', sign: 1 },
  { code: 'LOST', label: 'Perte (non rendu)', sign: -1 },
  { code: 'SCRAPPED', label: 'Mise au rebut', sign: -1 },
]);
export type PretMovementKind = (typeof PRET_MOVEMENTS)[number]['code'];

export const PRET_HANDOVERS = defineChoices([
  { code: 'DELIVERY', label: 'Livraison par la CALL' },
  { code: 'PICKUP', label: 'Retrait par la commune' },
]);
export type PretHandover = (typeof PRET_HANDOVERS)[number]['code'];

/** A request's life; `books` says whether its approved quantities hold stock. */
export const PRET_STATUSES = defineChoices([
  { code: 'REQUESTED', label: 'Demandée', books: false },
  { code: 'APPROVED', label: 'Accordée', books: true },
  { code: 'REFUSED', label: 'Refusée', books: false },
  { code: 'PREPARED', label: 'Préparée', books: true },
  { code: 'HANDED_OVER', label: 'Livrée / retirée', books: true },
  { code: 'RETURNED', label: 'Rendue', books: false },
  { code: 'CLOSED', label: 'Clôturée', books: false },
]);
export type PretStatus = (typeof PRET_STATUSES)[number]['code'];
export const PRET_BOOKING_STATUSES = PRET_STATUSES.filter((s) => s.books).map((s) => s.code);
/** A request is handled once the service has answered it (approved or refused). */
export const PRET_HANDLED_STATUSES = PRET_STATUSES.filter((s) => s.code !== 'REQUESTED').map((s) => s.code);

export const PRET_REPAIR_CAUSES = defineChoices([
  { code: 'LOAN_DAMAGE', label: 'Dégât lors d’un prêt' },
  { code: 'WEAR', label: 'Usure' },
]);
export type PretRepairCause = (typeof PRET_REPAIR_CAUSES)[number]['code'];

export const PRET_REPAIR_OUTCOMES = defineChoices([
  { code: 'BACK_IN_SERVICE', label: 'Remis en service' },
  { code: 'SCRAPPED', label: 'Mis au rebut' },
]);
export type PretRepairOutcome = (typeof PRET_REPAIR_OUTCOMES)[number]['code'];

export const PRET_INTERVENTION_KINDS = defineChoices([
  { code: 'EVENT_SUPPORT', label: 'Appui à un événement' },
  { code: 'OFFICE_MOVE', label: 'Déménagement de bureaux' },
  { code: 'SETUP', label: 'Aménagement / installation' },
]);
export type PretInterventionKind = (typeof PRET_INTERVENTION_KINDS)[number]['code'];
