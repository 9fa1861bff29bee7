import type { FieldLabels } from '../../core/kit/field-labels';

const animal = { animalId: 'Animal' };
const owner = { ownerName: 'Propriétaire', ownerPhone: 'Téléphone', ownerAddress: 'Adresse' };

/** French labels of the fourrière's input fields, by GraphQL input type (validation messages name them). */
export const FOURRIERE_FIELD_LABELS: FieldLabels = {
  FourriereIntakeInput: {
    species: 'Espèce',
    origin: 'Origine',
    intakeAt: 'Date et heure d’entrée',
    communeInsee: 'Commune de capture',
    place: 'Lieu',
    breed: 'Race',
    sex: 'Sexe',
    colour: 'Robe',
    estimatedAge: 'Âge estimé',
    litterSize: 'Nombre d’animaux (portée)',
    identificationKind: 'Identification',
    identificationNumber: 'Numéro d’identification',
    healthNotes: 'Observations sanitaires',
    contractorRef: 'Référence SACPA',
    requisitionRef: 'Référence de la procédure',
  },
  FourriereOwnerSearchInput: {
    ...animal,
    ...owner,
    doneOn: 'Date de la démarche',
    kind: 'Démarche',
    result: 'Résultat',
    notes: 'Notes',
  },
  FourrierePaymentInput: {
    amountCents: 'Montant payé',
    method: 'Moyen de paiement',
    receiptNumber: 'Numéro de quittance',
    payerName: 'Payeur',
  },
  FourriereOutcomeInput: {
    ...animal,
    type: 'Sortie',
    outcomeOn: 'Date de sortie',
    ownerName: 'Propriétaire',
    ownerContact: 'Coordonnées du propriétaire',
    associationName: 'Association',
    adopterName: 'Adoptant',
    reason: 'Motif',
    identificationNumber: 'Numéro d’identification',
    payment: 'Paiement',
  },
  FourriereCourtDecisionInput: {
    ...animal,
    decidedOn: 'Date de la décision',
    ruling: 'Décision',
    content: 'Contenu de la décision',
    expectedVersion: 'Version chargée',
  },
  FourriereVetActInput: {
    ...animal,
    actOn: 'Date de l’acte',
    kind: 'Nature de l’acte',
    amountCents: 'Montant',
    notes: 'Notes',
  },
  FourriereTariffInput: {
    validFrom: 'En vigueur à partir du',
    species: 'Espèce',
    captureCents: 'Capture',
    boardingPerDayCents: 'Garde par jour',
    identificationCents: 'Identification',
    vetVisitCents: 'Visite vétérinaire',
    note: 'Note',
  },
  FourriereAnimalFilter: {
    present: 'Présents seulement',
    identification: 'Identification',
    species: 'Espèce',
  },
  FourriereCalendarInput: {
    validFrom: 'En vigueur à partir du',
    workedHolidays: 'Jours fériés travaillés',
    extraClosedDays: 'Jours de fermeture supplémentaires',
  },
  FourriereManagerSettingInput: {
    validFrom: 'En vigueur à partir du',
    managerName: 'Gestionnaire de la fourrière',
    refugeAssociation: 'Association disposant d’un refuge',
    note: 'Note',
  },
};
