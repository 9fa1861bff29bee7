import { defineChoices } from '../core/choices';

/**
 * The choice lists of the permis de louer (APML, APD, controls, sanctions, front desk), shared by the API (enums,
 * validation), the indicators (labels) and the web forms.
 */
export const PDL_OWNER_KINDS = defineChoices([
  { code: 'PERSON', label: 'Particulier' },
  { code: 'COMPANY', label: 'Personne morale (SCI, société)' },
]);
export type PdlOwnerKind = (typeof PDL_OWNER_KINDS)[number]['code'];

export const PDL_DWELLING_TYPES = defineChoices([
  { code: 'HOUSE', label: 'Maison' },
  { code: 'APARTMENT', label: 'Appartement' },
  { code: 'ROOM', label: 'Chambre / studio' },
]);
export type PdlDwellingType = (typeof PDL_DWELLING_TYPES)[number]['code'];

/** Why the dossier is filed (CERFA 15652): a first letting or a change of tenant. */
export const PDL_LETTING_CONTEXTS = defineChoices([
  { code: 'FIRST_LETTING', label: 'Première mise en location' },
  { code: 'NEW_TENANT', label: 'Changement de locataire' },
]);
export type PdlLettingContext = (typeof PDL_LETTING_CONTEXTS)[number]['code'];

/** Grounds of the visit: decency (décret 2002-120) and safety/salubrity (L635-3). */
export const PDL_DEFECT_CATEGORIES = defineChoices([
  { code: 'ELECTRICITY', label: 'Installation électrique' },
  { code: 'GAS_HEATING', label: 'Gaz et chauffage' },
  { code: 'HUMIDITY', label: 'Humidité, infiltrations' },
  { code: 'VENTILATION', label: 'Aération, ventilation' },
  { code: 'SANITARY', label: 'Équipements sanitaires, eau' },
  { code: 'STRUCTURE', label: 'Gros œuvre, couverture, garde-corps' },
  { code: 'SURFACE', label: 'Surface ou hauteur habitable insuffisante' },
  { code: 'LEAD_ASBESTOS', label: 'Plomb, amiante' },
  { code: 'OTHER', label: 'Autre' },
]);
export type PdlDefectCategory = (typeof PDL_DEFECT_CATEGORIES)[number]['code'];

export const PDL_DEFECT_SEVERITIES = defineChoices([
  { code: 'MINOR', label: 'Mineur (à corriger)', rank: 1 },
  { code: 'MAJOR', label: 'Majeur (non-décence)', rank: 2 },
  { code: 'CRITICAL', label: 'Grave (atteinte à la sécurité ou à la salubrité)', rank: 3 },
]);
export type PdlDefectSeverity = (typeof PDL_DEFECT_SEVERITIES)[number]['code'];

/** Express decisions; the tacit authorisation is never recorded, it follows from the dates (L635-4). */
export const PDL_DECISIONS = defineChoices([
  { code: 'ACCORD', label: 'Accord', granted: true },
  { code: 'ACCORD_CONDITIONS', label: 'Accord sous conditions (travaux)', granted: true },
  { code: 'REFUS', label: 'Refus motivé', granted: false },
]);
export type PdlDecision = (typeof PDL_DECISIONS)[number]['code'];

/** Decision outcomes as counted by the indicators, the tacit one included. */
export const PDL_OUTCOMES = defineChoices([
  ...PDL_DECISIONS,
  { code: 'TACITE', label: 'Autorisation tacite', granted: true },
]);
export type PdlOutcome = (typeof PDL_OUTCOMES)[number]['code'];

/** What a control of a dwelling let without APML (CAF batch) ends with. */
export const PDL_CONTROL_OUTCOMES = defineChoices([
  { code: 'PENDING', label: 'À contrôler' },
  { code: 'ALREADY_AUTHORISED', label: 'Déjà autorisé' },
  { code: 'FILED_AFTER_CONTACT', label: 'Dossier déposé après contact' },
  { code: 'NO_ANSWER', label: 'Sans réponse (signalement)' },
  { code: 'NOT_LET', label: 'Non loué' },
  { code: 'OUT_OF_PERIMETER', label: 'Hors périmètre' },
]);
export type PdlControlOutcome = (typeof PDL_CONTROL_OUTCOMES)[number]['code'];

/** The offences of L635-7. */
export const PDL_OFFENCES = defineChoices([
  { code: 'LET_WITHOUT_AUTHORISATION', label: 'Mise en location sans autorisation' },
  { code: 'LET_DESPITE_REFUSAL', label: 'Mise en location malgré un refus' },
]);
export type PdlOffence = (typeof PDL_OFFENCES)[number]['code'];

export const PDL_AUTHORITIES = defineChoices([
  { code: 'PREFET', label: 'Préfet (signalement à la DDTM)' },
  { code: 'EPCI_PRESIDENT', label: 'Président de la CALL' },
]);
export type PdlAuthority = (typeof PDL_AUTHORITIES)[number]['code'];

export const PDL_CONTACT_CHANNELS = defineChoices([
  { code: 'PHONE', label: 'Appel téléphonique' },
  { code: 'WALK_IN', label: 'Passage spontané' },
]);
export type PdlContactChannel = (typeof PDL_CONTACT_CHANNELS)[number]['code'];

export const PDL_CONTACT_PERSONS = defineChoices([
  { code: 'OWNER_OCCUPIER', label: 'Propriétaire occupant' },
  { code: 'LANDLORD', label: 'Propriétaire bailleur' },
  { code: 'TENANT', label: 'Locataire' },
  { code: 'OTHER', label: 'Autre' },
]);
export type PdlContactPerson = (typeof PDL_CONTACT_PERSONS)[number]['code'];

export const PDL_CONTACT_SUBJECTS = defineChoices([
  { code: 'PERMIS_LOUER', label: 'Permis de louer' },
  { code: 'ANAH', label: 'Aides ANAH' },
  { code: 'ADIL', label: 'ADIL' },
  { code: 'OTHER', label: 'Autre' },
]);
export type PdlContactSubject = (typeof PDL_CONTACT_SUBJECTS)[number]['code'];

export const PDL_CONTACT_PURPOSES = defineChoices([
  { code: 'INFORMATION', label: 'Demande d’information' },
  { code: 'APPOINTMENT', label: 'Prise de rendez-vous' },
  { code: 'FOLLOW_UP', label: 'Suivi de dossier' },
  { code: 'OTHER', label: 'Autre' },
]);
export type PdlContactPurpose = (typeof PDL_CONTACT_PURPOSES)[number]['code'];
