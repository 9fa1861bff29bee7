import type { FieldLabels } from '../../core/kit/field-labels';

const request = { requestId: 'Demande', expectedVersion: 'Version chargée' };

/** French labels of the prêt de matériel's input fields, by GraphQL input type (validation messages name them). */
export const PRET_MATERIEL_FIELD_LABELS: FieldLabels = {
  PretKindInput: { name: 'Désignation', unit: 'Unité' },
  PretStockMovementInput: {
    kindId: 'Type de matériel',
    movedOn: 'Date du mouvement',
    movement: 'Mouvement',
    quantity: 'Quantité',
    costCents: 'Coût',
    notes: 'Motif',
  },
  PretRequestLineInput: { kindId: 'Type de matériel', quantity: 'Quantité demandée' },
  PretRequestInput: {
    communeInsee: 'Commune',
    eventName: 'Manifestation',
    eventPlace: 'Lieu',
    startOn: 'Premier jour',
    endOn: 'Dernier jour',
    handover: 'Livraison ou retrait',
    lateAccepted: 'Demande tardive acceptée',
    lines: 'Matériel demandé',
  },
  PretApprovedLineInput: { kindId: 'Type de matériel', approved: 'Quantité accordée' },
  PretApproveInput: { ...request, lines: 'Quantités accordées' },
  PretRefuseInput: { ...request, reason: 'Motif du refus' },
  PretAdvanceInput: { ...request, to: 'Étape' },
  PretReturnLineInput: {
    kindId: 'Type de matériel',
    returned: 'Rendu en bon état',
    missing: 'Manquant',
    damaged: 'Abîmé',
  },
  PretReturnInput: { ...request, returnedOn: 'Date de retour', lines: 'Contrôle au retour' },
  PretRepairCloseInput: {
    repairId: 'Réparation',
    expectedVersion: 'Version chargée',
    closedOn: 'Date de fin',
    outcome: 'Issue',
    hours: 'Temps passé (heures)',
    costCents: 'Coût',
  },
  PretInterventionInput: {
    service: 'Service demandeur',
    kind: 'Nature',
    doneOn: 'Date',
    agentCount: 'Nombre d’agents',
    hours: 'Heures',
    notes: 'Observations',
  },
};
