import type { FieldLabels } from '../../core/kit/field-labels';

/** French names of the dossier's fields: validation messages, correction summaries, import reports. */
export const ADS_FIELD_LABELS: Record<string, string> = {
  number: 'Numéro du dossier',
  type: 'Type de dossier',
  communeInsee: 'Commune',
  depositedOn: 'Date de dépôt',
  channel: 'Mode de dépôt',
  applicantKind: 'Type de demandeur',
  applicantName: 'Demandeur',
  landAddress: 'Adresse du terrain',
  cadastralParcels: 'Parcelles cadastrales',
  projectNature: 'Nature du projet',
  floorAreaCreated: 'Surface de plancher créée',
  dwellingsCreated: 'Logements créés',
  instructorId: 'Instructeur',
  tacitRefusalCase: 'Cas de refus tacite (R*424-2)',
  on: 'Date',
  outcome: 'Décision',
  comment: 'Commentaire',
  service: 'Service consulté',
  serviceDetail: 'Précision sur le service',
  sentOn: 'Date d’envoi',
  dueOn: 'Échéance de l’avis',
  opinion: 'Avis',
  opinionOn: 'Date de l’avis',
  kind: 'Majoration',
  notifiedOn: 'Date de notification',
  withinDays: 'Nombre de jours',
  weight: 'Poids',
  weights: 'Barème',
  validFrom: 'Date d’application',
  dossierType: 'Type de dossier',
  filename: 'Fichier',
  base64: 'Contenu du fichier',
  queue: 'Corbeille',
  search: 'Recherche',
  statuses: 'Statuts',
  year: 'Année de dépôt',
  action: 'Étape',
  expectedVersion: 'Version chargée',
};

const pick = (...fields: string[]) => Object.fromEntries(fields.map((f) => [f, ADS_FIELD_LABELS[f]]));
const DOSSIER = [
  'number',
  'type',
  'communeInsee',
  'channel',
  'applicantKind',
  'applicantName',
  'landAddress',
  'cadastralParcels',
  'projectNature',
  'floorAreaCreated',
  'dwellingsCreated',
];

/** The same labels by GraphQL input type, registered by the manifest. */
export const ADS_INPUT_LABELS: FieldLabels = {
  CreateAdsDossierInput: pick(...DOSSIER, 'depositedOn', 'instructorId', 'tacitRefusalCase'),
  UpdateAdsDossierInput: pick(...DOSSIER, 'expectedVersion'),
  AdsTransitionInput: {
    ...pick('action', 'on', 'outcome', 'comment', 'expectedVersion'),
    procedureLetterOn: 'Date du courrier de procédure contradictoire',
  },
  AddAdsConsultationInput: pick('service', 'serviceDetail', 'sentOn', 'dueOn'),
  RecordAdsOpinionInput: pick('opinion', 'opinionOn', 'comment', 'expectedVersion'),
  AddAdsMajorationInput: pick('kind', 'notifiedOn'),
  AdsDossierFilter: {
    ...pick('communeInsee', 'instructorId', 'queue', 'search', 'statuses', 'withinDays', 'year'),
    type: 'Type de dossier',
  },
  AdsActWeightInput: pick('dossierType', 'weight'),
};
