/**
 * The choice lists of the fourrière, shared by the API (enums, validation), the indicators (labels)
 * and the web forms: one place, never retyped.
 */
const labels = <K extends string>(list: readonly { key: K; label: string }[]) =>
  Object.fromEntries(list.map((x) => [x.key, x.label])) as Record<K, string>;

export const FOURRIERE_SPECIES = [
  { key: 'DOG', label: 'Chien' },
  { key: 'CAT', label: 'Chat' },
] as const;
export type FourriereSpecies = (typeof FOURRIERE_SPECIES)[number]['key'];
export const FOURRIERE_SPECIES_LABELS = labels(FOURRIERE_SPECIES);

/** How the animal came in. A judicial requisition escapes the 8-day clock: the court decides. */
export const FOURRIERE_ORIGINS = [
  { key: 'CAPTURE_MAYOR', label: 'Capture à la demande du maire' },
  { key: 'REQUISITION', label: 'Réquisition judiciaire' },
  { key: 'BROUGHT', label: 'Apporté par un particulier' },
] as const;
export type FourriereOrigin = (typeof FOURRIERE_ORIGINS)[number]['key'];
export const FOURRIERE_ORIGIN_LABELS = labels(FOURRIERE_ORIGINS);

export const FOURRIERE_SEXES = [
  { key: 'MALE', label: 'Mâle' },
  { key: 'FEMALE', label: 'Femelle' },
  { key: 'UNKNOWN', label: 'Indéterminé' },
] as const;
export type FourriereSex = (typeof FOURRIERE_SEXES)[number]['key'];
export const FOURRIERE_SEX_LABELS = labels(FOURRIERE_SEXES);

export const IDENTIFICATION_KINDS = [
  { key: 'CHIP', label: 'Puce électronique' },
  { key: 'TATTOO', label: 'Tatouage' },
  { key: 'NONE', label: 'Non identifié' },
] as const;
export type IdentificationKind = (typeof IDENTIFICATION_KINDS)[number]['key'];
export const IDENTIFICATION_KIND_LABELS = labels(IDENTIFICATION_KINDS);

/** One outcome per animal; every one of them ends the custody. */
export const FOURRIERE_OUTCOMES = [
  { key: 'RETURNED', label: 'Restitution au propriétaire' },
  { key: 'CEDED', label: 'Cession gratuite à une association (refuge)' },
  { key: 'ADOPTED', label: 'Adoption' },
  { key: 'RELEASED', label: 'Relâché sur site (chat libre)' },
  { key: 'EUTHANISED', label: 'Euthanasie sur avis vétérinaire' },
  { key: 'DIED', label: 'Décès' },
  { key: 'ESCAPED', label: 'Évasion' },
] as const;
export type FourriereOutcomeType = (typeof FOURRIERE_OUTCOMES)[number]['key'];
export const FOURRIERE_OUTCOME_LABELS = labels(FOURRIERE_OUTCOMES);

/** The report's "passés en adoption": cessions to an association (which offers adoption) plus adoptions. */
export const ADOPTION_OUTCOMES: readonly FourriereOutcomeType[] = ['CEDED', 'ADOPTED'];

export const OWNER_SEARCH_KINDS = [
  { key: 'ICAD_LOOKUP', label: 'Consultation I-CAD' },
  { key: 'PHONE_CALL', label: 'Appel téléphonique' },
  { key: 'LETTER', label: 'Courrier' },
  { key: 'EMAIL', label: 'Courriel' },
  { key: 'OTHER', label: 'Autre démarche' },
] as const;
export type OwnerSearchKind = (typeof OWNER_SEARCH_KINDS)[number]['key'];
export const OWNER_SEARCH_KIND_LABELS = labels(OWNER_SEARCH_KINDS);

export const OWNER_SEARCH_RESULTS = [
  { key: 'OWNER_FOUND', label: 'Propriétaire identifié' },
  { key: 'NOT_FOUND', label: 'Aucun propriétaire trouvé' },
  { key: 'NO_ANSWER', label: 'Sans réponse' },
  { key: 'OUTDATED_CONTACT', label: 'Coordonnées périmées' },
] as const;
export type OwnerSearchResult = (typeof OWNER_SEARCH_RESULTS)[number]['key'];
export const OWNER_SEARCH_RESULT_LABELS = labels(OWNER_SEARCH_RESULTS);

export const PAYMENT_METHODS = [
  { key: 'CARD', label: 'Carte bancaire' },
  { key: 'CHEQUE', label: 'Chèque' },
  { key: 'CASH', label: 'Espèces' },
  { key: 'TRANSFER', label: 'Virement' },
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]['key'];
export const PAYMENT_METHOD_LABELS = labels(PAYMENT_METHODS);

/** What the court ordered for an animal seized on judicial requisition. */
export const COURT_RULINGS = [
  { key: 'RESTITUTION', label: 'Restitution au propriétaire' },
  { key: 'CONFISCATION', label: 'Confiscation et remise à une association' },
  { key: 'EUTHANASIA', label: 'Euthanasie ordonnée' },
] as const;
export type CourtRuling = (typeof COURT_RULINGS)[number]['key'];
export const COURT_RULING_LABELS = labels(COURT_RULINGS);

/** Veterinary acts during the stay, charged to the owner on return (L211-24: frais de soins). */
export const FOURRIERE_VET_ACT_KINDS = [
  { key: 'VACCINATION', label: 'Vaccination' },
  { key: 'ANTIPARASITIC', label: 'Traitement antiparasitaire' },
  { key: 'CARE', label: 'Soins' },
  { key: 'TESTS', label: 'Examens et analyses' },
  { key: 'SURGERY', label: 'Chirurgie' },
  { key: 'STERILISATION', label: 'Stérilisation' },
  { key: 'OTHER', label: 'Autre acte' },
] as const;
export type FourriereVetActKind = (typeof FOURRIERE_VET_ACT_KINDS)[number]['key'];
export const FOURRIERE_VET_ACT_KIND_LABELS = labels(FOURRIERE_VET_ACT_KINDS);
