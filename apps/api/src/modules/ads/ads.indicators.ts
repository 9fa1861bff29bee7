import { avg, count, countDistinct, median, percent, sum } from '../../core/indicators/cube';
import type { ComputedIndicator } from '../../core/indicators/indicator-definition';
import { adsDossiers as dossiers, adsMemberships as memberships } from './ads.cubes';

const DEPOSIT_YEAR =
  'Un dossier compte dans l’année de sa date de dépôt, quel que soit son sort (décidé, tacite, retiré ou encore en cours) ; les dossiers annulés ne comptent pas.';
const DURATION = '({CUBE}.decided_on - {CUBE}.complete_on)';

export const ADS_INDICATORS: ComputedIndicator[] = [
  dossiers.indicator('ads.dossiers_instructed', {
    riseIs: 'GOOD',
    label: 'Dossiers instruits',
    unit: 'count',
    description: `Autorisations d’urbanisme (CUa, CUb, DP, PCMI, PC, PA, PD, modificatifs et transferts compris) déposées pour les communes de l’option 1 et instruites par le service. ${DEPOSIT_YEAR}`,
    measure: count(),
    time: 'deposited',
    segments: ['notCancelled'],
    by: ['month', 'type', 'commune', 'channel'],
  }),
  dossiers.indicator('ads.dossiers_electronic', {
    riseIs: 'GOOD',
    label: 'Dossiers déposés par voie dématérialisée',
    unit: 'count',
    description: `Dossiers instruits déposés sur le guichet numérique (GNAU). ${DEPOSIT_YEAR}`,
    measure: count(),
    time: 'deposited',
    segments: ['notCancelled', 'electronic'],
    by: ['month', 'type', 'commune'],
  }),
  dossiers.indicator('ads.electronic_share', {
    riseIs: 'GOOD',
    label: 'Part des dépôts dématérialisés',
    unit: 'percent',
    description: `Dossiers déposés sur le GNAU rapportés aux dossiers instruits. ${DEPOSIT_YEAR}`,
    measure: percent({ sql: '{CUBE}.channel', op: 'eq', value: 'ELECTRONIC' }),
    time: 'deposited',
    segments: ['notCancelled'],
    by: ['type', 'commune'],
    drillOrder: '{CUBE}.number',
  }),
  dossiers.indicator('ads.decisions', {
    riseIs: 'GOOD',
    label: 'Décisions rendues',
    unit: 'count',
    description:
      'Décisions expresses et tacites, comptées dans l’année de la décision (ou du jour où la décision tacite est acquise).',
    measure: count(),
    time: 'decided',
    segments: ['decided'],
    by: ['outcome', 'type', 'month', 'commune'],
  }),
  dossiers.indicator('ads.tacit_decisions', {
    riseIs: 'BAD',
    label: 'Décisions tacites',
    unit: 'count',
    description:
      'Décisions nées du silence à l’échéance (accord, non-opposition, certificat, refus ou opposition tacites), comptées dans l’année où elles sont acquises.',
    measure: count(),
    time: 'decided',
    segments: ['tacit'],
    by: ['outcome', 'type'],
  }),
  dossiers.indicator('ads.tacit_withdrawals', {
    riseIs: 'BAD',
    label: 'Retraits de décisions tacites',
    unit: 'count',
    description:
      'Permis et non-oppositions tacites retirés dans les trois mois, après procédure contradictoire (art. L424-5), comptés dans l’année du retrait ; la décision tacite reste comptée parmi les décisions tacites.',
    measure: count(),
    time: 'afterTacit',
    segments: ['withdrawal'],
    by: ['withdrawalOutcome', 'type'],
  }),
  dossiers.indicator('ads.instruction_time_avg', {
    riseIs: 'BAD',
    label: 'Durée moyenne d’instruction',
    unit: 'days',
    description:
      'Jours entre le dossier complet (dépôt, ou réception des pièces manquantes) et la décision, pour les décisions de l’année.',
    measure: avg(DURATION),
    time: 'decided',
    segments: ['complete', 'decided'],
    by: ['type'],
  }),
  dossiers.indicator('ads.instruction_time_median', {
    riseIs: 'BAD',
    label: 'Durée médiane d’instruction',
    unit: 'days',
    description: 'Médiane des jours entre le dossier complet et la décision, pour les décisions de l’année.',
    measure: median(DURATION),
    time: 'decided',
    segments: ['complete', 'decided'],
    by: ['type'],
  }),
  dossiers.indicator('ads.open_year_end', {
    riseIs: 'BAD',
    label: 'Dossiers en cours au 31 décembre',
    unit: 'count',
    description: 'Dossiers déposés et sans décision (ni retrait) à la fin du 31 décembre.',
    measure: count(),
    time: 'open',
    segments: ['notCancelled'],
    by: ['type', 'commune'],
  }),
  dossiers.indicator('ads.weighted_acts', {
    riseIs: 'GOOD',
    label: 'Actes quantifiés (équivalent PC)',
    unit: 'count',
    description: `Dossiers instruits pondérés par type selon le barème du service (PC = 1) en vigueur à leur date de dépôt : un nouveau barème daté ne modifie pas les années passées. ${DEPOSIT_YEAR}`,
    measure: sum('{weight}.weight'),
    time: 'deposited',
    segments: ['notCancelled'],
    by: ['commune', 'type'],
  }),
  ...(['option1', 'option2'] as const).map((option) =>
    memberships.indicator(option === 'option1' ? 'ads.communes_option1' : 'ads.communes_option2', {
      label:
        option === 'option1'
          ? 'Communes adhérentes à l’option 1 (instruction)'
          : 'Communes adhérentes à l’option 2 (GNAU)',
      unit: 'count',
      description: 'Communes dont l’adhésion à cette option du service ADS est en vigueur au 31 décembre.',
      measure: countDistinct('{CUBE}.commune_insee'),
      time: 'inForce',
      segments: ['ads', option],
    }),
  ),
];
