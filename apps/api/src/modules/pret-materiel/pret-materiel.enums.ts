import {
  PRET_HANDOVERS,
  PRET_INTERVENTION_KINDS,
  PRET_MOVEMENTS,
  PRET_REPAIR_CAUSES,
  PRET_REPAIR_OUTCOMES,
  PRET_STATUSES,
  PRET_UNITS,
} from '@call/domain';
import { choicesEnum } from '../../core/kit/choices-enum';

/** GraphQL enums built from the domain's choice lists (values are the domain codes). */
export const PretUnitEnum = choicesEnum(PRET_UNITS, 'PretUnit', 'Unité de prêt (pièce, m²)');
export const PretMovementEnum = choicesEnum(PRET_MOVEMENTS, 'PretMovement', 'Mouvement de stock');
export const PretHandoverEnum = choicesEnum(PRET_HANDOVERS, 'PretHandover', 'Livraison ou retrait');
export const PretStatusEnum = choicesEnum(PRET_STATUSES, 'PretStatus', 'Statut d’une demande de prêt');
export const PretRepairCauseEnum = choicesEnum(PRET_REPAIR_CAUSES, 'PretRepairCause', 'Cause de la réparation');
export const PretRepairOutcomeEnum = choicesEnum(PRET_REPAIR_OUTCOMES, 'PretRepairOutcome', 'Issue de la réparation');
export const PretInterventionKindEnum = choicesEnum(
  PRET_INTERVENTION_KINDS,
  'PretInterventionKind',
  'Nature de l’intervention',
);
