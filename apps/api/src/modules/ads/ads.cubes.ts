import {
  ADS_CHANNEL_LABELS,
  ADS_DOSSIER_TYPES,
  ADS_OUTCOMES,
  ADS_OUTCOME_LABELS,
  ADS_STATUS_LABELS,
} from '@call/domain';
import { defineCube } from '../../core/indicators/cube';

const TYPE_LABELS = Object.fromEntries(ADS_DOSSIER_TYPES.map((t) => [t.code, `${t.code} — ${t.label}`]));
const TACIT_CODES = ADS_OUTCOMES.filter((o) => o.tacit).map((o) => o.code);

/** The dossiers instructed by the service: what the ADS indicators count. */
export const adsDossiers = defineCube({
  name: 'ads_dossier',
  directorate: 'ads',
  table: 'ads_dossier',
  joins: {
    commune: { table: 'commune', on: '{commune}.insee_code = {CUBE}.commune_insee' },
    // the scale in force on the deposit day: a new dated scale never rewrites a past year
    weight: {
      table: 'ads_act_weight',
      on: '{weight}.dossier_type = {CUBE}.type',
      inForceOn: { day: '{CUBE}.deposited_on', validFrom: 'valid_from', partitionBy: ['dossier_type'] },
    },
  },
  time: {
    deposited: { kind: 'event', sql: '{CUBE}.deposited_on', drillOrder: '{CUBE}.deposited_on, {CUBE}.number' },
    decided: { kind: 'event', sql: '{CUBE}.decided_on', drillOrder: '{CUBE}.decided_on, {CUBE}.number' },
    // an act after a tacit decision (a withdrawal, L424-5; an express CU after a tacit one)
    afterTacit: {
      kind: 'event',
      sql: '{CUBE}.after_tacit_on',
      drillOrder: '{CUBE}.after_tacit_on, {CUBE}.number',
    },
    open: {
      kind: 'snapshot',
      from: '{CUBE}.deposited_on',
      to: '{CUBE}.closed_on',
      toInclusive: false,
      drillOrder: '{CUBE}.deposited_on, {CUBE}.number',
    },
  },
  dimensions: {
    type: { label: 'Par type', sql: '{CUBE}.type', labels: TYPE_LABELS },
    commune: { label: 'Par commune', sql: '{CUBE}.commune_insee', labelSql: '{commune}.name' },
    channel: { label: 'Par mode de dépôt', sql: '{CUBE}.channel', labels: ADS_CHANNEL_LABELS },
    outcome: { label: 'Par décision', sql: '{CUBE}.outcome', labels: ADS_OUTCOME_LABELS },
    withdrawalOutcome: {
      label: 'Par décision de retrait',
      sql: '{CUBE}.after_tacit_outcome',
      labels: ADS_OUTCOME_LABELS,
    },
  },
  segments: {
    // cancelled = registered by mistake / without object: never counted
    notCancelled: { sql: '{CUBE}.status', op: 'neq', value: 'CANCELLED' },
    electronic: { sql: '{CUBE}.channel', op: 'eq', value: 'ELECTRONIC' },
    decided: { sql: '{CUBE}.outcome', op: 'notNull' },
    tacit: { sql: '{CUBE}.outcome', op: 'in', value: TACIT_CODES },
    complete: { sql: '{CUBE}.complete_on', op: 'notNull' },
    withdrawal: { sql: '{CUBE}.after_tacit_kind', op: 'eq', value: 'WITHDRAWAL' },
  },
  drill: {
    record: { sql: '{CUBE}.id', path: '/ads/dossiers/:id' },
    members: [
      { key: 'number', label: 'Numéro', sql: '{CUBE}.number' },
      { key: 'type', label: 'Type', sql: '{CUBE}.type' },
      { key: 'commune', label: 'Commune', sql: '{commune}.name' },
      { key: 'depositedOn', label: 'Dépôt', sql: '{CUBE}.deposited_on' },
      { key: 'channel', label: 'Mode', sql: '{CUBE}.channel', labels: ADS_CHANNEL_LABELS },
      { key: 'status', label: 'Statut', sql: '{CUBE}.status', labels: ADS_STATUS_LABELS },
      { key: 'outcome', label: 'Décision', sql: '{CUBE}.outcome', labels: ADS_OUTCOME_LABELS },
      { key: 'decidedOn', label: 'Décision le', sql: '{CUBE}.decided_on' },
    ],
    order: '{CUBE}.number',
  },
});

/** The communes' dated memberships of the service's options (a core referential, read by ADS figures). */
export const adsMemberships = defineCube({
  name: 'ads_membership',
  directorate: 'ads',
  table: 'service_membership',
  joins: { commune: { table: 'commune', on: '{commune}.insee_code = {CUBE}.commune_insee' } },
  time: { inForce: { kind: 'snapshot', from: '{CUBE}.valid_from', to: '{CUBE}.valid_to', toInclusive: true } },
  segments: {
    ads: { sql: '{CUBE}.service', op: 'eq', value: 'ads' },
    option1: { sql: '{CUBE}.option', op: 'eq', value: 'instruction' },
    option2: { sql: '{CUBE}.option', op: 'eq', value: 'gnau' },
  },
  drill: {
    members: [
      { key: 'commune', label: 'Commune', sql: '{commune}.name' },
      { key: 'validFrom', label: 'Depuis le', sql: '{CUBE}.valid_from' },
      { key: 'validTo', label: 'Jusqu’au', sql: '{CUBE}.valid_to' },
    ],
    order: '{commune}.name',
  },
});

export const ADS_CUBES = [adsDossiers, adsMemberships];
