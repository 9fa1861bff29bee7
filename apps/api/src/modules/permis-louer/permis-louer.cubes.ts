import {
  PDL_AUTHORITIES,
  PDL_CONTACT_CHANNELS,
  PDL_CONTACT_PERSONS,
  PDL_CONTACT_PURPOSES,
  PDL_CONTACT_SUBJECTS,
  PDL_CONTROL_OUTCOMES,
  PDL_DEFECT_CATEGORIES,
  PDL_DEFECT_SEVERITIES,
  PDL_DWELLING_TYPES,
  PDL_OFFENCES,
  PDL_OUTCOMES,
} from '@call/domain';
import { defineCube } from '../../core/indicators/cube';
import type { Filter } from '../../core/indicators/indicator-definition';

const commune = (col: string) => ({
  commune: { table: 'commune', on: `{commune}.insee_code = ${col}` },
});
const byCommune = (col: string) => ({ label: 'Par commune', sql: col, labelSql: '{commune}.name' });

/** The tacit authorisation is no record: an undecided dossier is decided by silence on its tacit day (L635-4). */
const OUTCOME = "COALESCE({CUBE}.decision, 'TACITE')";
const DECIDED_ON = 'COALESCE({CUBE}.decided_on, {CUBE}.tacit_on)';

/** A visited dwelling with at least one defect on its grid, or one of at least this severity (décret 2002-120). */
export const WITH_DEFECT: Filter = {
  sql: '(EXISTS (SELECT 1 FROM pdl_defect x WHERE x.dossier_id = {CUBE}.id))',
  op: 'eq',
  value: true,
};
export const WITH_SERIOUS_DEFECT: Filter = {
  sql: "(EXISTS (SELECT 1 FROM pdl_defect x WHERE x.dossier_id = {CUBE}.id AND x.severity IN ('MAJOR', 'CRITICAL')))",
  op: 'eq',
  value: true,
};
/** The worst defect found, by severity rank: the breakdown of visited dwellings by how bad they were. */
const WORST_DEFECT = `COALESCE((SELECT x.severity FROM pdl_defect x WHERE x.dossier_id = {CUBE}.id
  ORDER BY CASE x.severity WHEN 'CRITICAL' THEN 3 WHEN 'MAJOR' THEN 2 ELSE 1 END DESC LIMIT 1), 'NONE')`;

export const pdlApml = defineCube({
  name: 'pdl_apml_dossier',
  directorate: 'permis_louer',
  table: 'pdl_apml_dossier',
  joins: commune('{CUBE}.commune_insee'),
  time: {
    received: { kind: 'event', sql: '{CUBE}.received_on', drillOrder: '{CUBE}.received_on, {CUBE}.number' },
    decided: { kind: 'event', sql: DECIDED_ON, drillOrder: `${DECIDED_ON}, {CUBE}.number` },
    visited: { kind: 'event', sql: '{CUBE}.visited_on' },
    // every dossier received since the scheme began, counted at the end of each year
    sinceStart: { kind: 'snapshot', from: '{CUBE}.received_on', to: 'NULL', toInclusive: false },
  },
  dimensions: {
    commune: byCommune('{CUBE}.commune_insee'),
    outcome: { label: 'Par décision', sql: OUTCOME, labels: PDL_OUTCOMES.labels },
    dwellingType: { label: 'Par type de logement', sql: '{CUBE}.dwelling_type', labels: PDL_DWELLING_TYPES.labels },
    worstDefect: {
      label: 'Par désordre le plus grave',
      sql: WORST_DEFECT,
      labels: { NONE: 'Aucun désordre', ...PDL_DEFECT_SEVERITIES.labels },
    },
  },
  segments: {
    anah: { sql: '{CUBE}.anah_joint', op: 'eq', value: true },
    tacit: { sql: '{CUBE}.decision', op: 'isNull' },
    refused: { sql: '{CUBE}.decision', op: 'eq', value: 'REFUS' },
  },
  drill: {
    record: { sql: '{CUBE}.id', path: '/permis-louer/apml/:id' },
    members: [
      { key: 'number', label: 'N° de dossier', sql: '{CUBE}.number' },
      { key: 'receivedOn', label: 'Récépissé', sql: '{CUBE}.received_on' },
      { key: 'commune', label: 'Commune', sql: '{commune}.name' },
      { key: 'street', label: 'Adresse', sql: '{CUBE}.street' },
      { key: 'outcome', label: 'Décision', sql: OUTCOME, labels: PDL_OUTCOMES.labels },
    ],
    order: '{CUBE}.received_on, {CUBE}.number',
  },
});

export const pdlDefects = defineCube({
  name: 'pdl_defect',
  directorate: 'permis_louer',
  table: 'pdl_defect',
  joins: {
    dossier: { table: 'pdl_apml_dossier', on: '{dossier}.id = {CUBE}.dossier_id' },
    commune: { table: 'commune', on: '{commune}.insee_code = {dossier}.commune_insee' },
  },
  time: { visited: { kind: 'event', sql: '{dossier}.visited_on' } },
  dimensions: {
    severity: { label: 'Par gravité', sql: '{CUBE}.severity', labels: PDL_DEFECT_SEVERITIES.labels },
    category: { label: 'Par nature', sql: '{CUBE}.category', labels: PDL_DEFECT_CATEGORIES.labels },
    commune: byCommune('{dossier}.commune_insee'),
  },
  drill: {
    members: [
      { key: 'number', label: 'N° de dossier', sql: '{dossier}.number' },
      { key: 'visitedOn', label: 'Visite', sql: '{dossier}.visited_on' },
      { key: 'category', label: 'Nature', sql: '{CUBE}.category', labels: PDL_DEFECT_CATEGORIES.labels },
      { key: 'severity', label: 'Gravité', sql: '{CUBE}.severity', labels: PDL_DEFECT_SEVERITIES.labels },
    ],
    order: '{dossier}.visited_on, {dossier}.number',
  },
});

export const pdlPerimeters = defineCube({
  name: 'pdl_perimeter',
  directorate: 'permis_louer',
  table: 'pdl_perimeter',
  joins: commune('{CUBE}.commune_insee'),
  time: { inForce: { kind: 'snapshot', from: '{CUBE}.valid_from', to: '{CUBE}.valid_to', toInclusive: true } },
  dimensions: { commune: byCommune('{CUBE}.commune_insee') },
  drill: {
    members: [
      { key: 'commune', label: 'Commune', sql: '{commune}.name' },
      { key: 'validFrom', label: 'Depuis', sql: '{CUBE}.valid_from' },
      { key: 'kind', label: 'Étendue', sql: '{CUBE}.kind' },
    ],
    order: '{commune}.name, {CUBE}.valid_from',
  },
});

export const pdlControls = defineCube({
  name: 'pdl_control',
  directorate: 'permis_louer',
  table: 'pdl_control',
  joins: commune('{CUBE}.commune_insee'),
  time: { controlled: { kind: 'event', sql: '{CUBE}.controlled_on' } },
  dimensions: {
    outcome: { label: 'Par résultat', sql: '{CUBE}.outcome', labels: PDL_CONTROL_OUTCOMES.labels },
    commune: byCommune('{CUBE}.commune_insee'),
  },
  drill: {
    members: [
      { key: 'controlledOn', label: 'Contrôle', sql: '{CUBE}.controlled_on' },
      { key: 'street', label: 'Adresse', sql: '{CUBE}.street' },
      { key: 'commune', label: 'Commune', sql: '{commune}.name' },
      { key: 'outcome', label: 'Résultat', sql: '{CUBE}.outcome', labels: PDL_CONTROL_OUTCOMES.labels },
    ],
    order: '{CUBE}.controlled_on, {CUBE}.street',
  },
});

export const pdlSanctions = defineCube({
  name: 'pdl_sanction',
  directorate: 'permis_louer',
  table: 'pdl_sanction',
  joins: commune('{CUBE}.commune_insee'),
  time: {
    reported: { kind: 'event', sql: '{CUBE}.reported_on' },
    ordered: { kind: 'event', sql: '{CUBE}.ordered_on' },
    revenueOrder: { kind: 'event', sql: '{CUBE}.revenue_order_on' },
  },
  dimensions: {
    authority: { label: 'Par autorité', sql: '{CUBE}.authority', labels: PDL_AUTHORITIES.labels },
    offence: { label: 'Par manquement', sql: '{CUBE}.offence', labels: PDL_OFFENCES.labels },
    commune: byCommune('{CUBE}.commune_insee'),
  },
  drill: {
    members: [
      { key: 'foundOn', label: 'Constat', sql: '{CUBE}.found_on' },
      { key: 'owner', label: 'Propriétaire', sql: '{CUBE}.owner_name' },
      { key: 'commune', label: 'Commune', sql: '{commune}.name' },
      { key: 'authority', label: 'Autorité', sql: '{CUBE}.authority', labels: PDL_AUTHORITIES.labels },
      { key: 'amount', label: 'Montant', sql: '{CUBE}.amount' },
    ],
    order: '{CUBE}.found_on, {CUBE}.owner_name',
  },
});

export const pdlApd = defineCube({
  name: 'pdl_apd_dossier',
  directorate: 'permis_louer',
  table: 'pdl_apd_dossier',
  joins: commune('{CUBE}.commune_insee'),
  time: {
    received: { kind: 'event', sql: '{CUBE}.received_on' },
    finalApproval: { kind: 'event', sql: '{CUBE}.final_approval_on' },
  },
  dimensions: { commune: byCommune('{CUBE}.commune_insee') },
  drill: {
    members: [
      { key: 'number', label: 'N° de dossier', sql: '{CUBE}.number' },
      { key: 'receivedOn', label: 'Récépissé', sql: '{CUBE}.received_on' },
      { key: 'commune', label: 'Commune', sql: '{commune}.name' },
      { key: 'finalApprovalOn', label: 'Accord final', sql: '{CUBE}.final_approval_on' },
    ],
    order: '{CUBE}.received_on, {CUBE}.number',
  },
});

export const pdlContacts = defineCube({
  name: 'pdl_contact',
  directorate: 'permis_louer',
  table: 'pdl_contact',
  time: { contact: { kind: 'event', sql: '{CUBE}.contact_on' } },
  dimensions: {
    channel: { label: 'Par canal', sql: '{CUBE}.channel', labels: PDL_CONTACT_CHANNELS.labels },
    person: { label: 'Par type de personne', sql: '{CUBE}.person_type', labels: PDL_CONTACT_PERSONS.labels },
    subject: { label: 'Par objet', sql: '{CUBE}.subject', labels: PDL_CONTACT_SUBJECTS.labels },
    purpose: { label: 'Par motif', sql: '{CUBE}.purpose', labels: PDL_CONTACT_PURPOSES.labels },
  },
  segments: {
    phone: { sql: '{CUBE}.channel', op: 'eq', value: 'PHONE' },
    walkIn: { sql: '{CUBE}.channel', op: 'eq', value: 'WALK_IN' },
    permisLouer: { sql: '{CUBE}.subject', op: 'eq', value: 'PERMIS_LOUER' },
  },
  drill: {
    members: [
      { key: 'contactOn', label: 'Date', sql: '{CUBE}.contact_on' },
      { key: 'channel', label: 'Canal', sql: '{CUBE}.channel', labels: PDL_CONTACT_CHANNELS.labels },
      { key: 'subject', label: 'Objet', sql: '{CUBE}.subject', labels: PDL_CONTACT_SUBJECTS.labels },
    ],
    order: '{CUBE}.contact_on',
  },
});

export const PDL_CUBES = [pdlApml, pdlDefects, pdlPerimeters, pdlControls, pdlSanctions, pdlApd, pdlContacts];
