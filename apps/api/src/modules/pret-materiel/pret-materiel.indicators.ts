import { count, countDistinct, sum } from '../../core/indicators/cube';
import type { ComputedIndicator } from '../../core/indicators/indicator-definition';
import {
  pretInterventions as interventions,
  pretLoans as loans,
  pretMovements as movements,
  pretRepairs as repairs,
  pretRequests as requests,
} from './pret-materiel.cubes';

const SOURCE = 'Jusqu’en 2022 : valeurs déclarées d’après les rapports d’activités de la CALL (2016-2022).';

export const PRET_MATERIEL_INDICATORS: ComputedIndicator[] = [
  requests.indicator('pret_materiel.demandes', {
    riseIs: 'GOOD',
    label: 'Demandes de prêt de matériel',
    description:
      'Demandes des communes traitées dans l’année (accordées, même en partie, ou refusées), à la date de la réponse.',
    unit: 'count',
    measure: count(),
    time: 'answered',
    by: ['status', 'commune', 'month'],
    declaredUntil: 2021,
  }),
  requests.indicator('pret_materiel.communes_interessees', {
    riseIs: 'GOOD',
    label: 'Communes ayant fait au moins une demande',
    description: `Communes ayant adressé au moins une demande de prêt dans l’année (date de la demande). ${SOURCE}`,
    unit: 'count',
    measure: countDistinct('{CUBE}.commune_insee'),
    time: 'requested',
    by: ['month'],
    declaredUntil: 2022,
    declaredSource: 'Rapports d’activités de la CALL (2016-2022)',
  }),
  loans.indicator('pret_materiel.unites_jours', {
    riseIs: 'GOOD',
    label: 'Matériel prêté (unités × jours)',
    description: 'Quantités prêtées multipliées par les jours de la manifestation, au premier jour de celle-ci.',
    unit: 'count',
    measure: sum('{CUBE}.approved * ({request}.end_on - {request}.start_on + 1)'),
    time: 'lent',
    segments: ['lent'],
    by: ['kind', 'commune', 'month'],
  }),
  interventions.indicator('pret_materiel.interventions', {
    label: 'Interventions auprès des services de la CALL',
    description: 'Appui aux événements, déménagements et aménagements de bureaux, à la date de l’intervention.',
    unit: 'count',
    measure: count(),
    time: 'done',
    by: ['service', 'kind', 'month'],
  }),
  interventions.indicator('pret_materiel.heures_intervention', {
    label: 'Heures d’intervention',
    description: 'Heures passées par l’équipe pour les services de la CALL.',
    unit: 'hours',
    measure: sum('{CUBE}.hours'),
    time: 'done',
    by: ['service', 'kind', 'month'],
  }),
  repairs.indicator('pret_materiel.reparations', {
    riseIs: 'BAD',
    label: 'Réparations ouvertes',
    description: 'Matériel mis en réparation dans l’année (dégâts lors d’un prêt ou usure).',
    unit: 'count',
    measure: count(),
    time: 'opened',
    by: ['kind', 'cause'],
  }),
  repairs.indicator('pret_materiel.cout_reparations', {
    riseIs: 'BAD',
    label: 'Coût des réparations',
    description: 'Coût des réparations terminées dans l’année.',
    unit: 'euros',
    measure: sum('{CUBE}.cost_cents / 100.0'),
    time: 'closed',
    by: ['kind', 'outcome'],
  }),
  movements.indicator('pret_materiel.acquisitions_m2', {
    label: 'Acquisitions de matériel au m² (podium)',
    unit: 'm2',
    measure: sum('{CUBE}.quantity'),
    time: 'moved',
    segments: ['acquisition', 'm2'],
    by: ['kind'],
  }),
  movements.indicator('pret_materiel.acquisitions_pieces', {
    label: 'Acquisitions de matériel à la pièce',
    description: 'Tables, chaises, grilles d’exposition, tonnelles… achetées dans l’année.',
    unit: 'count',
    measure: sum('{CUBE}.quantity'),
    time: 'moved',
    segments: ['acquisition', 'pieces'],
    by: ['kind'],
  }),
];
