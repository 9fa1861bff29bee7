import { registerEnumType } from 'type-graphql';
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

/** GraphQL enums built from the domain's choice lists (values are the domain keys). */
function enumOf<K extends string>(
  list: readonly { key: K; label: string }[],
  name: string,
  description: string,
): { [P in K]: P } {
  const e = Object.fromEntries(list.map((x) => [x.key, x.key])) as { [P in K]: P };
  const valuesConfig = Object.fromEntries(list.map((x) => [x.key, { description: x.label }]));
  registerEnumType(e, { name, description, valuesConfig: valuesConfig as never });
  return e;
}

export const SpeciesEnum = enumOf(FOURRIERE_SPECIES, 'FourriereSpecies', 'Espèce (chien, chat)');
export const OriginEnum = enumOf(FOURRIERE_ORIGINS, 'FourriereOrigin', 'Origine de l’entrée en fourrière');
export const SexEnum = enumOf(FOURRIERE_SEXES, 'FourriereSex', 'Sexe');
export const IdentificationKindEnum = enumOf(
  IDENTIFICATION_KINDS,
  'FourriereIdentificationKind',
  'Identification (puce, tatouage, aucune)',
);
export const OutcomeTypeEnum = enumOf(FOURRIERE_OUTCOMES, 'FourriereOutcomeType', 'Sortie de fourrière');
export const OwnerSearchKindEnum = enumOf(
  OWNER_SEARCH_KINDS,
  'FourriereOwnerSearchKind',
  'Démarche de recherche du propriétaire',
);
export const OwnerSearchResultEnum = enumOf(
  OWNER_SEARCH_RESULTS,
  'FourriereOwnerSearchResult',
  'Résultat de la démarche',
);
export const PaymentMethodEnum = enumOf(PAYMENT_METHODS, 'FourrierePaymentMethod', 'Moyen de paiement');
export const CourtRulingEnum = enumOf(COURT_RULINGS, 'FourriereCourtRuling', 'Décision judiciaire');
export const HoldingStatusEnum = enumOf(
  Object.entries(HOLDING_STATUS_LABELS).map(([key, label]) => ({
    key: key as keyof typeof HOLDING_STATUS_LABELS,
    label,
  })),
  'FourriereHoldingStatus',
  'État du délai de garde',
);
export const VetActKindEnum = enumOf(FOURRIERE_VET_ACT_KINDS, 'FourriereVetActKind', 'Nature de l’acte vétérinaire');
export const TariffStatusEnum = enumOf(
  Object.entries(FOURRIERE_TARIFF_STATUS_LABELS).map(([key, label]) => ({
    key: key as keyof typeof FOURRIERE_TARIFF_STATUS_LABELS,
    label,
  })),
  'FourriereTariffStatus',
  'Situation d’une ligne de la grille tarifaire à ce jour',
);
