/**
 * The choice lists of the fourrière, shared by the API (enums, validation), the indicators (labels)
 * and the web forms: one place, never retyped.
 */
import { defineChoices } from '../core/choices';

export const FOURRIERE_SPECIES = defineChoices([
  { code: 'DOG', label: 'Chien' },
  { code: 'CAT', label: 'Chat' },
]);
export type FourriereSpecies = (typeof FOURRIERE_SPECIES)[number]['code'];
export const FOURRIERE_SPECIES_LABELS = FOURRIERE_SPECIES.labels;

/** How the animal came in. A judicial requisition escapes the 8-day clock: the court decides. */
export const FOURRIERE_ORIGINS = defineChoices([
  { code: 'CAPTURE_MAYOR', label: 'Capture à la demande du maire' },
  { code: 'REQUISITION', label: 'Réquisition judiciaire' },
  { code: 'BROUGHT', label: 'Apporté par un particulier' },
]);
export type FourriereOrigin = (typeof FOURRIERE_ORIGINS)[number]['code'];
export const FOURRIERE_ORIGIN_LABELS = FOURRIERE_ORIGINS.labels;

export const FOURRIERE_SEXES = defineChoices([
  { code: 'MALE', label: 'Mâle' },
  { code: 'FEMALE', label: 'Femelle' },
  { code: 'UNKNOWN', label: 'Indéterminé' },
]);
export type FourriereSex = (typeof FOURRIERE_SEXES)[number]['code'];
export const FOURRIERE_SEX_LABELS = FOURRIERE_SEXES.labels;

export const IDENTIFICATION_KINDS = defineChoices([
  { code: 'CHIP', label: 'Puce électronique' },
  { code: 'TATTOO', label: 'Tatouage' },
  { code: 'NONE', label: 'Non identifié' },
]);
export type IdentificationKind = (typeof IDENTIFICATION_KINDS)[number]['code'];
export const IDENTIFICATION_KIND_LABELS = IDENTIFICATION_KINDS.labels;

/** One outcome per animal; every one of them ends the custody. */
export const FOURRIERE_OUTCOMES = defineChoices([
  { code: 'RETURNED', label: 'Restitution au propriétaire' },
  { code: 'CEDED', label: 'Cession gratuite à une association (refuge)' },
  { code: 'ADOPTED', label: 'Adoption' },
  { code: 'RELEASED', label: 'Relâché sur site (chat libre)' },
  { code: 'EUTHANISED', label: 'Euthanasie sur avis vétérinaire' },
  { code: 'DIED', label: 'Décès' },
  { code: 'ESCAPED', label: 'Évasion' },
]);
export type FourriereOutcomeType = (typeof FOURRIERE_OUTCOMES)[number]['code'];
export const FOURRIERE_OUTCOME_LABELS = FOURRIERE_OUTCOMES.labels;

/** The report's "passés en adoption": cessions to an association (which offers adoption) plus adoptions. */
export const ADOPTION_OUTCOMES: readonly FourriereOutcomeType[] = ['CEDED', 'ADOPTED'];

export const OWNER_SEARCH_KINDS = defineChoices([
  { code: 'ICAD_LOOKUP', label: 'Consultation I-CAD' },
  { code: 'PHONE_CALL', label: 'Appel téléphonique' },
  { code: 'LETTER', label: 'Courrier' },
  { code: 'EMAIL', label: 'Courriel' },
  { code: 'OTHER', label: 'Autre démarche' },
]);
export type OwnerSearchKind = (typeof OWNER_SEARCH_KINDS)[number]['code'];
export const OWNER_SEARCH_KIND_LABELS = OWNER_SEARCH_KINDS.labels;

export const OWNER_SEARCH_RESULTS = defineChoices([
  { code: 'OWNER_FOUND', label: 'Propriétaire identifié' },
  { code: 'NOT_FOUND', label: 'Aucun propriétaire trouvé' },
  { code: 'NO_ANSWER', label: 'Sans réponse' },
  { code: 'OUTDATED_CONTACT', label: 'Coordonnées périmées' },
]);
export type OwnerSearchResult = (typeof OWNER_SEARCH_RESULTS)[number]['code'];
export const OWNER_SEARCH_RESULT_LABELS = OWNER_SEARCH_RESULTS.labels;

export const PAYMENT_METHODS = defineChoices([
  { code: 'CARD', label: 'Carte bancaire' },
  { code: 'CHEQUE', label: 'Chèque' },
  { code: 'CASH', label: 'Espèces' },
  { code: 'TRANSFER', label: 'Virement' },
]);
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]['code'];
export const PAYMENT_METHOD_LABELS = PAYMENT_METHODS.labels;

/** What the court ordered for an animal seized on judicial requisition. */
export const COURT_RULINGS = defineChoices([
  { code: 'RESTITUTION', label: 'Restitution au propriétaire' },
  { code: 'CONFISCATION', label: 'Confiscation et remise à une association' },
  { code: 'EUTHANASIA', label: 'Euthanasie ordonnée' },
]);
export type CourtRuling = (typeof COURT_RULINGS)[number]['code'];
export const COURT_RULING_LABELS = COURT_RULINGS.labels;

/** Veterinary acts during the stay, charged to the owner on return (L211-24: frais de soins). */
export const FOURRIERE_VET_ACT_KINDS = defineChoices([
  { code: 'VACCINATION', label: 'Vaccination' },
  { code: 'ANTIPARASITIC', label: 'Traitement antiparasitaire' },
  { code: 'CARE', label: 'Soins' },
  { code: 'TESTS', label: 'Examens et analyses' },
  { code: 'SURGERY', label: 'Chirurgie' },
  { code: 'STERILISATION', label: 'Stérilisation' },
  { code: 'OTHER', label: 'Autre acte' },
]);
export type FourriereVetActKind = (typeof FOURRIERE_VET_ACT_KINDS)[number]['code'];
export const FOURRIERE_VET_ACT_KIND_LABELS = FOURRIERE_VET_ACT_KINDS.labels;
