import type { FieldLabels } from '../../core/kit/field-labels';

const SLOT = { lineCode: 'Ligne', startsAt: 'Début du créneau', derogationRef: 'Dérogation préfectorale' };

export const CREMATORIUM_FIELD_LABELS: FieldLabels = {
  CrematoriumBookingInput: {
    ...SLOT,
    kind: 'Nature',
    deceasedLastName: 'Nom du défunt',
    deceasedFirstNames: 'Prénoms du défunt',
    birthOn: 'Date de naissance',
    deathAt: 'Date et heure du décès',
    deathCommuneInsee: 'Commune du décès (INSEE)',
    deathCommuneName: 'Commune du décès',
    residenceCommuneName: 'Commune de résidence',
    operatorName: 'Opérateur funéraire',
    authorisationOn: 'Date de l’autorisation du maire',
    authorisationCommune: 'Commune de l’autorisation',
    prosthesisCertificate: 'Attestation de retrait des prothèses à pile',
    ceremonyRoom: 'Salle de cérémonie',
  },
  CrematoriumRescheduleInput: { ...SLOT, cremationId: 'Crémation', expectedVersion: 'Version', reason: 'Motif' },
  CrematoriumCancelInput: { cremationId: 'Crémation', expectedVersion: 'Version', reason: 'Motif de l’annulation' },
  CrematoriumScanInput: {
    cremationId: 'Crémation',
    scannedAt: 'Passage au tunnel',
    result: 'Résultat',
    objectType: 'Objet détecté',
  },
  CrematoriumProtocolInput: {
    scanId: 'Détection',
    authorisedBy: 'Ouverture autorisée par',
    witnesses: 'Témoins',
    familyInformedAt: 'Famille informée le',
    openedAt: 'Ouverture du cercueil',
    objectRemoved: 'Objet retiré',
    delayMinutes: 'Retard causé (minutes)',
    close: 'Clore la détection',
  },
  CrematoriumCompleteInput: {
    cremationId: 'Crémation',
    expectedVersion: 'Version',
    completedAt: 'Fin de la crémation',
  },
  CrematoriumAshesInput: {
    cremationId: 'Crémation',
    expectedVersion: 'Version',
    fate: 'Destination des cendres',
    on: 'Date',
    person: 'Personne',
  },
  CrematoriumMetalLotInput: {
    collectedOn: 'Date de collecte',
    weightKg: 'Poids (kg)',
    buyer: 'Acheteur',
    proceedsCents: 'Produit de la vente',
  },
  CrematoriumMetalAllocationInput: {
    allocatedOn: 'Date',
    purpose: 'Emploi',
    beneficiary: 'Bénéficiaire',
    amountCents: 'Montant',
  },
};
