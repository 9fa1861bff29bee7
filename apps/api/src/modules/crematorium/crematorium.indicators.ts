import { avg, count, sum } from '../../core/indicators/cube';
import type { ComputedIndicator } from '../../core/indicators/indicator-definition';
import {
  crematoriumCremations as cremations,
  crematoriumLineDays as lineDays,
  crematoriumMetalAllocations as allocations,
  crematoriumMetalLots as lots,
  crematoriumScans as scans,
} from './crematorium.cubes';

/** Years the director entered before the module existed keep their declared values. */
const DECLARED_UNTIL = 2021;

export const CREMATORIUM_INDICATORS: ComputedIndicator[] = [
  cremations.indicator('crematorium.cremations', {
    riseIs: 'GOOD',
    label: 'Crémations',
    description: 'Crémations réalisées dans l’année, au jour du créneau, toutes lignes et toutes natures.',
    unit: 'count',
    measure: count(),
    time: 'cremation',
    segments: ['completed'],
    by: ['month', 'line', 'kind', 'deathCommune', 'operator'],
    declaredUntil: DECLARED_UNTIL,
  }),
  cremations.indicator('crematorium.heures_ligne', {
    label: 'Heures de ligne réservées',
    description:
      'Durée des créneaux réservés dans l’année, par ligne (charge des lignes ; le taux d’occupation est sur le planning du crématorium).',
    unit: 'hours',
    measure: sum('EXTRACT(EPOCH FROM ({CUBE}.ends_at - {CUBE}.starts_at)) / 3600.0'),
    time: 'cremation',
    segments: ['booked'],
    by: ['line', 'month'],
  }),
  // the mean of the daily rates equals booked over offered slots as long as a line offers the same slots every day
  lineDays.indicator('crematorium.occupation_lignes', {
    label: 'Taux d’occupation des lignes',
    description:
      'Part des créneaux ouverts qui sont réservés (réservations annulées exclues), par ligne et par mois : la charge qui justifie une troisième ligne.',
    unit: 'percent',
    measure: avg('100.0 * {CUBE}.booked_slots / NULLIF({CUBE}.available_slots, 0)'),
    time: 'day',
    by: ['line', 'month'],
  }),
  scans.indicator('crematorium.detections', {
    label: 'Détections au tunnel radioscopique',
    description: 'Objets incompatibles avec la crémation détectés, chacun suivi d’une ouverture de cercueil.',
    unit: 'count',
    measure: count(),
    time: 'scan',
    segments: ['detection'],
    by: ['objectType', 'month'],
  }),
  scans.indicator('crematorium.retard_detections', {
    riseIs: 'BAD',
    label: 'Retard causé par les détections',
    description: 'Retard des cérémonies et mises à la flamme causé par les protocoles d’ouverture.',
    unit: 'hours',
    measure: sum('COALESCE({CUBE}.delay_minutes, 0) / 60.0'),
    time: 'scan',
    segments: ['detection'],
    by: ['objectType', 'month'],
  }),
  lots.indicator('crematorium.metaux_kg', {
    riseIs: 'GOOD',
    label: 'Métaux collectés (kg)',
    description:
      'Poids des métaux ferreux et non ferreux issus de la crémation, collectés dans l’année (L2223-18-1-1).',
    unit: 'count',
    measure: sum('{CUBE}.weight_kg'),
    time: 'collected',
    by: ['month', 'buyer'],
  }),
  lots.indicator('crematorium.metaux_produit', {
    riseIs: 'GOOD',
    label: 'Produit de la vente des métaux',
    description: 'Produit des cessions de métaux dans l’année.',
    unit: 'euros',
    measure: sum('{CUBE}.proceeds_cents / 100.0'),
    time: 'collected',
    by: ['month', 'buyer'],
  }),
  allocations.indicator('crematorium.metaux_emplois', {
    label: 'Emplois du produit des métaux',
    description:
      'Obsèques de personnes dépourvues de ressources et dons à des organismes d’intérêt général financés dans l’année.',
    unit: 'euros',
    measure: sum('{CUBE}.amount_cents / 100.0'),
    time: 'allocated',
    by: ['purpose', 'month'],
  }),
  cremations.indicator('crematorium.urnes_conservees', {
    label: 'Urnes mises en conservation',
    description: 'Urnes confiées au crématorium dans l’année (un an au plus, L2223-18-1).',
    unit: 'count',
    measure: count(),
    time: 'ashes',
    segments: ['kept'],
    by: ['month'],
  }),
  cremations.indicator('crematorium.dispersions', {
    label: 'Dispersions au jardin du souvenir',
    description: 'Cendres dispersées dans l’année au jardin du souvenir.',
    unit: 'count',
    measure: count(),
    time: 'ashes',
    segments: ['dispersed'],
    by: ['month'],
  }),
];
