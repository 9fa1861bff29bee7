import { choicesEnum, labelsEnum } from '../../core/kit/choices-enum';
import {
  COURT_RULINGS,
  FOURRIERE_ORIGINS,
  FOURRIERE_OUTCOMES,
  FOURRIERE_SEXES,
  FOURRIERE_SPECIES,
  IDENTIFICATION_KINDS,
  OWNER_SEARCH_KINDS,
  OWNER_SEARCH_RESULTS,
  PAYMENT_METHODS,
  HOLDING_STATUS_LABELS,
  FOURRIERE_VET_ACT_KINDS,
  FOURRIERE_TARIFF_STATUS_LABELS,
} from '@call/domain';

/** GraphQL enums built from the domain's choice lists (values are the domain codes). */

export const SpeciesEnum = choicesEnum(FOURRIERE_SPECIES, 'FourriereSpecies', 'Espèce (chien, chat)');
export const OriginEnum = choicesEnum(FOURRIERE_ORIGINS, 'FourriereOrigin', 'Origine de l’entrée en fourrière');
export const SexEnum = choicesEnum(FOURRIERE_SEXES, 'FourriereSex', 'Sexe');
export const IdentificationKindEnum = choicesEnum(
  IDENTIFICATION_KINDS,
  'FourriereIdentificationKind',
  'Identification (puce, tatouage, aucune)',
);
export const OutcomeTypeEnum = choicesEnum(FOURRIERE_OUTCOMES, 'FourriereOutcomeType', 'Sortie de fourrière');
export const OwnerSearchKindEnum = choicesEnum(
  OWNER_SEARCH_KINDS,
  'FourriereOwnerSearchKind',
  'Démarche de recherche du propriétaire',
);
export const OwnerSearchResultEnum = choicesEnum(
  OWNER_SEARCH_RESULTS,
  'FourriereOwnerSearchResult',
  'Résultat de la démarche',
);
export const PaymentMethodEnum = choicesEnum(PAYMENT_METHODS, 'FourrierePaymentMethod', 'Moyen de paiement');
export const CourtRulingEnum = choicesEnum(COURT_RULINGS, 'FourriereCourtRuling', 'Décision judiciaire');
export const HoldingStatusEnum = labelsEnum(HOLDING_STATUS_LABELS, 'FourriereHoldingStatus', 'État du délai de garde');
export const VetActKindEnum = choicesEnum(
  FOURRIERE_VET_ACT_KINDS,
  'FourriereVetActKind',
  'Nature de l’acte vétérinaire',
);
export const TariffStatusEnum = labelsEnum(
  FOURRIERE_TARIFF_STATUS_LABELS,
  'FourriereTariffStatus',
  'Situation d’une ligne de la grille tarifaire à ce jour',
);
