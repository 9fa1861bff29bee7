import {
  PRET_HANDOVERS,
  PRET_INTERVENTION_KINDS,
  PRET_MOVEMENTS,
  PRET_REPAIR_CAUSES,
  PRET_REPAIR_OUTCOMES,
  PRET_STATUSES,
} from '@call/domain';
import { defineCube } from '../../core/indicators/cube';

const commune = { table: 'commune', on: '{commune}.insee_code = {CUBE}.commune_insee' };
const kind = { table: 'pret_kind', on: '{kind}.id = {CUBE}.kind_id' };
// by name: a kind's id is drawn at random, its name is unique and stable
const byKind = { label: 'Par type de matériel', sql: '{kind}.name' };

/* drill orders never end on an id: ids are drawn at random, the demo's records must list the same every time */

/** Requests of the communes: handled when answered (approved or refused), counted on the day of the answer. */
export const pretRequests = defineCube({
  name: 'pret_request',
  directorate: 'pret_materiel',
  table: 'pret_request',
  joins: { commune },
  time: {
    answered: { kind: 'event', sql: '{CUBE}.answered_on' },
    requested: { kind: 'event', sql: '{CUBE}.requested_on' },
  },
  dimensions: {
    commune: { label: 'Par commune', sql: '{CUBE}.commune_insee', labelSql: '{commune}.name' },
    status: { label: 'Par statut', sql: '{CUBE}.status', labels: PRET_STATUSES.labels },
    handover: { label: 'Livraison ou retrait', sql: '{CUBE}.handover', labels: PRET_HANDOVERS.labels },
  },
  drill: {
    record: { sql: '{CUBE}.id', path: '/pret-materiel/demandes/:id' },
    members: [
      { key: 'commune', label: 'Commune', sql: '{commune}.name' },
      { key: 'event', label: 'Manifestation', sql: '{CUBE}.event_name' },
      { key: 'startOn', label: 'Du', sql: '{CUBE}.start_on' },
      { key: 'endOn', label: 'Au', sql: '{CUBE}.end_on' },
      { key: 'status', label: 'Statut', sql: '{CUBE}.status', labels: PRET_STATUSES.labels },
      { key: 'answeredOn', label: 'Réponse le', sql: '{CUBE}.answered_on' },
    ],
    order: '{CUBE}.start_on, {CUBE}.event_name, {CUBE}.commune_insee',
  },
});

/** What was actually lent (handed over, whether back yet or not), counted on the event's first day. */
export const pretLoans = defineCube({
  name: 'pret_request_line',
  directorate: 'pret_materiel',
  table: 'pret_request_line',
  joins: {
    request: { table: 'pret_request', on: '{request}.id = {CUBE}.request_id' },
    commune: { table: 'commune', on: '{commune}.insee_code = {request}.commune_insee' },
    kind,
  },
  time: { lent: { kind: 'event', sql: '{request}.start_on' } },
  dimensions: {
    kind: byKind,
    commune: { label: 'Par commune', sql: '{request}.commune_insee', labelSql: '{commune}.name' },
  },
  segments: { lent: { sql: '{request}.status', op: 'in', value: ['HANDED_OVER', 'RETURNED', 'CLOSED'] } },
  drill: {
    members: [
      { key: 'commune', label: 'Commune', sql: '{commune}.name' },
      { key: 'event', label: 'Manifestation', sql: '{request}.event_name' },
      { key: 'kind', label: 'Matériel', sql: '{kind}.name' },
      { key: 'approved', label: 'Quantité', sql: '{CUBE}.approved' },
      { key: 'days', label: 'Jours', sql: '({request}.end_on - {request}.start_on + 1)' },
    ],
    order: '{request}.start_on, {request}.event_name, {request}.commune_insee, {kind}.name',
  },
});

export const pretInterventions = defineCube({
  name: 'pret_intervention',
  directorate: 'pret_materiel',
  table: 'pret_intervention',
  time: { done: { kind: 'event', sql: '{CUBE}.done_on' } },
  dimensions: {
    service: { label: 'Par service', sql: '{CUBE}.service' },
    kind: { label: 'Par nature', sql: '{CUBE}.kind', labels: PRET_INTERVENTION_KINDS.labels },
  },
  drill: {
    members: [
      { key: 'doneOn', label: 'Date', sql: '{CUBE}.done_on' },
      { key: 'service', label: 'Service', sql: '{CUBE}.service' },
      { key: 'kind', label: 'Nature', sql: '{CUBE}.kind', labels: PRET_INTERVENTION_KINDS.labels },
      { key: 'agents', label: 'Agents', sql: '{CUBE}.agent_count' },
      { key: 'hours', label: 'Heures', sql: '{CUBE}.hours' },
    ],
    order: '{CUBE}.done_on, {CUBE}.service, {CUBE}.kind, {CUBE}.hours, {CUBE}.agent_count',
  },
});

export const pretRepairs = defineCube({
  name: 'pret_repair',
  directorate: 'pret_materiel',
  table: 'pret_repair',
  joins: { kind },
  time: {
    opened: { kind: 'event', sql: '{CUBE}.opened_on' },
    closed: { kind: 'event', sql: '{CUBE}.closed_on' },
  },
  dimensions: {
    kind: byKind,
    cause: { label: 'Par cause', sql: '{CUBE}.cause', labels: PRET_REPAIR_CAUSES.labels },
    outcome: { label: 'Par issue', sql: '{CUBE}.outcome', labels: PRET_REPAIR_OUTCOMES.labels },
  },
  drill: {
    members: [
      { key: 'kind', label: 'Matériel', sql: '{kind}.name' },
      { key: 'quantity', label: 'Quantité', sql: '{CUBE}.quantity' },
      { key: 'cause', label: 'Cause', sql: '{CUBE}.cause', labels: PRET_REPAIR_CAUSES.labels },
      { key: 'openedOn', label: 'Ouverte le', sql: '{CUBE}.opened_on' },
      { key: 'closedOn', label: 'Terminée le', sql: '{CUBE}.closed_on' },
      { key: 'cost', label: 'Coût (€)', sql: '{CUBE}.cost_cents / 100.0' },
    ],
    order: '{CUBE}.opened_on, {kind}.name, {CUBE}.quantity',
  },
});

export const pretMovements = defineCube({
  name: 'pret_stock_movement',
  directorate: 'pret_materiel',
  table: 'pret_stock_movement',
  joins: { kind },
  time: { moved: { kind: 'event', sql: '{CUBE}.moved_on' } },
  dimensions: { kind: byKind },
  segments: {
    acquisition: { sql: '{CUBE}.movement', op: 'eq', value: 'ACQUISITION' },
    m2: { sql: '{kind}.unit', op: 'eq', value: 'M2' },
    pieces: { sql: '{kind}.unit', op: 'eq', value: 'PIECE' },
  },
  drill: {
    members: [
      { key: 'movedOn', label: 'Date', sql: '{CUBE}.moved_on' },
      { key: 'kind', label: 'Matériel', sql: '{kind}.name' },
      { key: 'movement', label: 'Mouvement', sql: '{CUBE}.movement', labels: PRET_MOVEMENTS.labels },
      { key: 'quantity', label: 'Quantité', sql: '{CUBE}.quantity' },
    ],
    order: '{CUBE}.moved_on, {kind}.name, {CUBE}.movement, {CUBE}.quantity',
  },
});

export const PRET_MATERIEL_CUBES = [pretRequests, pretLoans, pretInterventions, pretRepairs, pretMovements];
