import type { FieldLabels } from '../../core/kit/field-labels';

const step = { dossierId: 'Dossier', expectedVersion: 'Version chargée', on: 'Date' };

/** French labels of the permis de louer's input fields, by GraphQL input type. */
export const PDL_FIELD_LABELS: FieldLabels = {
  PdlPerimeterInput: {
    communeInsee: 'Commune',
    kind: 'Étendue',
    streets: 'Rues',
    publishedOn: 'Publication de la délibération',
    validFrom: 'Début d’application',
    validTo: 'Fin d’application',
  },
  PdlApmlDepositInput: {
    ownerKind: 'Type de propriétaire',
    ownerName: 'Propriétaire',
    ownerContact: 'Contact du propriétaire',
    street: 'Adresse',
    communeInsee: 'Commune',
    dwellingType: 'Type de logement',
    surfaceM2: 'Surface (m²)',
    floor: 'Étage',
    rooms: 'Nombre de pièces',
    lettingContext: 'Contexte',
    depositedOn: 'Date de dépôt',
    receivedOn: 'Date du récépissé',
    anahJoint: 'Suivi conjoint ANAH',
  },
  PdlApmlStepInput: step,
  PdlPlanVisitInput: { ...step, on: 'Date de visite', inspector: 'Inspecteur' },
  PdlDefectInput: { category: 'Nature du désordre', severity: 'Gravité', description: 'Description' },
  PdlRecordVisitInput: { ...step, on: 'Date de visite', notes: 'Observations', defects: 'Désordres' },
  PdlDecideInput: {
    ...step,
    on: 'Date de décision',
    decision: 'Décision',
    reasons: 'Motifs',
    works: 'Travaux prescrits',
  },
  PdlApmlFilter: { tacitQueue: 'File des tacites', communeInsee: 'Commune' },
  PdlControlImportInput: { fileName: 'Nom du fichier', receivedOn: 'Date de réception', csv: 'Fichier' },
  PdlOffenceInput: {
    ownerName: 'Propriétaire',
    street: 'Adresse',
    communeInsee: 'Commune',
    offence: 'Manquement',
    foundOn: 'Date du constat',
  },
  PdlSanctionStepInput: {
    sanctionId: 'Procédure',
    expectedVersion: 'Version chargée',
    step: 'Étape',
    on: 'Date',
    amount: 'Montant',
  },
};
