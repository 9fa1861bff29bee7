import {
  ADS_CHANNEL_LABELS,
  ADS_DOSSIER_TYPES,
  ADS_OUTCOMES,
  ADS_OUTCOME_LABELS,
  ADS_STATUS_LABELS,
} from '@call/domain';
import type {
  ComputedIndicator,
  Dimension,
  DrillMember,
  Filter,
  Join,
} from '../../core/indicators/indicator-definition';

const COMMUNE: Join = { table: 'commune', alias: 'c', on: 'c.insee_code = t.commune_insee' };
const TYPE_LABELS = Object.fromEntries(ADS_DOSSIER_TYPES.map((t) => [t.code, `${t.code} — ${t.label}`]));
const TACIT_CODES = ADS_OUTCOMES.filter((o) => o.tacit).map((o) => o.code);

const byType: Dimension = { key: 'type', label: 'Par type', sql: 't.type', labels: TYPE_LABELS };
const byCommune: Dimension = { key: 'commune', label: 'Par commune', sql: 't.commune_insee', labelSql: 'c.name' };
const byChannel: Dimension = {
  key: 'channel',
  label: 'Par mode de dépôt',
  sql: 't.channel',
  labels: ADS_CHANNEL_LABELS,
};
const byOutcome: Dimension = { key: 'outcome', label: 'Par décision', sql: 't.outcome', labels: ADS_OUTCOME_LABELS };

// cancelled = registered by mistake / without object: never counted
const NOT_CANCELLED: Filter = { sql: 't.status', op: 'neq', value: 'CANCELLED' };

const DRILL: DrillMember[] = [
  { key: 'number', label: 'Numéro', sql: 't.number' },
  { key: 'type', label: 'Type', sql: 't.type' },
  { key: 'commune', label: 'Commune', sql: 'c.name' },
  { key: 'depositedOn', label: 'Dépôt', sql: 't.deposited_on' },
  { key: 'channel', label: 'Mode', sql: 't.channel', labels: ADS_CHANNEL_LABELS },
  { key: 'status', label: 'Statut', sql: 't.status', labels: ADS_STATUS_LABELS },
  { key: 'outcome', label: 'Décision', sql: 't.outcome', labels: ADS_OUTCOME_LABELS },
  { key: 'decidedOn', label: 'Décision le', sql: 't.decided_on' },
];

const DOSSIERS = { table: 'ads_dossier', joins: [COMMUNE] };
const base = { directorate: 'ads' as const, version: 1, drillMembers: DRILL };
const DEPOSIT_YEAR =
  'Un dossier compte dans l’année de sa date de dépôt, quel que soit son sort (décidé, tacite, retiré ou encore en cours) ; les dossiers annulés ne comptent pas.';

export const ADS_INDICATORS: ComputedIndicator[] = [
  {
    ...base,
    kind: 'computed',
    key: 'ads.dossiers_instructed',
    label: 'Dossiers instruits',
    unit: 'count',
    description: `Autorisations d’urbanisme (CUa, CUb, DP, PCMI, PC, PA, PD, modificatifs et transferts compris) déposées pour les communes de l’option 1 et instruites par le service. ${DEPOSIT_YEAR}`,
    source: DOSSIERS,
    measure: { type: 'count' },
    time: { kind: 'event', sql: 't.deposited_on' },
    filters: [NOT_CANCELLED],
    dimensions: ['month', byType, byCommune, byChannel],
    drillOrder: 't.deposited_on, t.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'ads.dossiers_electronic',
    label: 'Dossiers déposés par voie dématérialisée',
    unit: 'count',
    description: `Dossiers instruits déposés sur le guichet numérique (GNAU). ${DEPOSIT_YEAR}`,
    source: DOSSIERS,
    measure: { type: 'count' },
    time: { kind: 'event', sql: 't.deposited_on' },
    filters: [NOT_CANCELLED, { sql: 't.channel', op: 'eq', value: 'ELECTRONIC' }],
    dimensions: ['month', byType, byCommune],
    drillOrder: 't.deposited_on, t.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'ads.electronic_share',
    label: 'Part des dépôts dématérialisés',
    unit: 'percent',
    description: `Dossiers déposés sur le GNAU rapportés aux dossiers instruits. ${DEPOSIT_YEAR}`,
    source: DOSSIERS,
    measure: { type: 'percent', where: [{ sql: 't.channel', op: 'eq', value: 'ELECTRONIC' }] },
    time: { kind: 'event', sql: 't.deposited_on' },
    filters: [NOT_CANCELLED],
    dimensions: [byType, byCommune],
  },
  {
    ...base,
    kind: 'computed',
    key: 'ads.decisions',
    label: 'Décisions rendues',
    unit: 'count',
    description:
      'Décisions expresses et tacites, comptées dans l’année de la décision (ou du jour où la décision tacite est acquise).',
    source: DOSSIERS,
    measure: { type: 'count' },
    time: { kind: 'event', sql: 't.decided_on' },
    filters: [{ sql: 't.outcome', op: 'notNull' }],
    dimensions: [byOutcome, byType, 'month', byCommune],
    drillOrder: 't.decided_on, t.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'ads.tacit_decisions',
    label: 'Décisions tacites',
    unit: 'count',
    description:
      'Décisions nées du silence à l’échéance (accord, non-opposition, certificat, refus ou opposition tacites), comptées dans l’année où elles sont acquises.',
    source: DOSSIERS,
    measure: { type: 'count' },
    time: { kind: 'event', sql: 't.decided_on' },
    filters: [{ sql: 't.outcome', op: 'in', value: TACIT_CODES }],
    dimensions: [byOutcome, byType],
    drillOrder: 't.decided_on, t.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'ads.tacit_withdrawals',
    label: 'Retraits de décisions tacites',
    unit: 'count',
    description:
      'Permis et non-oppositions tacites retirés dans les trois mois, après procédure contradictoire (art. L424-5), comptés dans l’année du retrait ; la décision tacite reste comptée parmi les décisions tacites.',
    source: DOSSIERS,
    measure: { type: 'count' },
    time: { kind: 'event', sql: 't.after_tacit_on' },
    filters: [{ sql: 't.after_tacit_kind', op: 'eq', value: 'WITHDRAWAL' }],
    dimensions: [
      { key: 'outcome', label: 'Par décision de retrait', sql: 't.after_tacit_outcome', labels: ADS_OUTCOME_LABELS },
      byType,
    ],
    drillOrder: 't.after_tacit_on, t.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'ads.instruction_time_avg',
    label: 'Durée moyenne d’instruction',
    unit: 'days',
    description:
      'Jours entre le dossier complet (dépôt, ou réception des pièces manquantes) et la décision, pour les décisions de l’année.',
    source: DOSSIERS,
    measure: { type: 'avg', sql: '(t.decided_on - t.complete_on)' },
    time: { kind: 'event', sql: 't.decided_on' },
    filters: [
      { sql: 't.complete_on', op: 'notNull' },
      { sql: 't.outcome', op: 'notNull' },
    ],
    dimensions: [byType],
    drillOrder: 't.decided_on, t.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'ads.instruction_time_median',
    label: 'Durée médiane d’instruction',
    unit: 'days',
    description: 'Médiane des jours entre le dossier complet et la décision, pour les décisions de l’année.',
    source: DOSSIERS,
    measure: { type: 'median', sql: '(t.decided_on - t.complete_on)' },
    time: { kind: 'event', sql: 't.decided_on' },
    filters: [
      { sql: 't.complete_on', op: 'notNull' },
      { sql: 't.outcome', op: 'notNull' },
    ],
    dimensions: [byType],
    drillOrder: 't.decided_on, t.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'ads.open_year_end',
    label: 'Dossiers en cours au 31 décembre',
    unit: 'count',
    description: 'Dossiers déposés et sans décision (ni retrait) à la fin du 31 décembre.',
    source: DOSSIERS,
    measure: { type: 'count' },
    time: { kind: 'snapshot', from: 't.deposited_on', to: 't.closed_on', toInclusive: false },
    filters: [NOT_CANCELLED],
    dimensions: [byType, byCommune],
    drillOrder: 't.deposited_on, t.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'ads.weighted_acts',
    label: 'Actes quantifiés (équivalent PC)',
    unit: 'count',
    description: `Dossiers instruits pondérés par type selon le barème du service (PC = 1) en vigueur à leur date de dépôt : un nouveau barème daté ne modifie pas les années passées. ${DEPOSIT_YEAR}`,
    source: {
      table: 'ads_dossier',
      joins: [
        COMMUNE,
        {
          table: 'ads_act_weight',
          alias: 'w',
          // the scale in force on the deposit day: a new dated scale never rewrites a past year
          on: 'w.dossier_type = t.type AND w.valid_from = (SELECT max(w2.valid_from) FROM ads_act_weight w2 WHERE w2.dossier_type = t.type AND w2.valid_from <= t.deposited_on)',
        },
      ],
    },
    measure: { type: 'sum', sql: 'w.weight' },
    time: { kind: 'event', sql: 't.deposited_on' },
    filters: [NOT_CANCELLED],
    dimensions: [byCommune, byType],
    drillOrder: 't.deposited_on, t.number',
  },
  ...(['instruction', 'gnau'] as const).map((option): ComputedIndicator => ({
    kind: 'computed',
    directorate: 'ads',
    version: 1,
    key: option === 'instruction' ? 'ads.communes_option1' : 'ads.communes_option2',
    label:
      option === 'instruction'
        ? 'Communes adhérentes à l’option 1 (instruction)'
        : 'Communes adhérentes à l’option 2 (GNAU)',
    unit: 'count',
    description: 'Communes dont l’adhésion à cette option du service ADS est en vigueur au 31 décembre.',
    source: {
      table: 'service_membership',
      joins: [{ table: 'commune', alias: 'c', on: 'c.insee_code = t.commune_insee' }],
    },
    measure: { type: 'countDistinct', sql: 't.commune_insee' },
    time: { kind: 'snapshot', from: 't.valid_from', to: 't.valid_to', toInclusive: true },
    filters: [
      { sql: 't.service', op: 'eq', value: 'ads' },
      { sql: 't.option', op: 'eq', value: option },
    ],
    dimensions: [],
    drillMembers: [
      { key: 'commune', label: 'Commune', sql: 'c.name' },
      { key: 'validFrom', label: 'Depuis le', sql: 't.valid_from' },
      { key: 'validTo', label: 'Jusqu’au', sql: 't.valid_to' },
    ],
    drillOrder: 'c.name',
  })),
];
