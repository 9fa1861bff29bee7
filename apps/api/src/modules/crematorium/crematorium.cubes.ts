import { ASHES_FATES, CREMATION_KINDS, DETECTED_OBJECTS, METAL_PURPOSES } from '@call/domain';
import { defineCube } from '../../core/indicators/cube';

const REFERENCE = `'CR-' || lpad({CUBE}.number::text, 6, '0')`;

/** Cremations, counted on the day of their slot once completed (segment `completed`). */
export const crematoriumCremations = defineCube({
  name: 'crematorium_cremation',
  directorate: 'crematorium',
  table: 'crematorium_cremation',
  joins: { line: { table: 'crematorium_line', on: '{line}.code = {CUBE}.line_code' } },
  time: {
    cremation: { kind: 'event', sql: '{CUBE}.cremation_on' },
    ashes: { kind: 'event', sql: '{CUBE}.ashes_on' },
  },
  dimensions: {
    line: { label: 'Par ligne', sql: '{CUBE}.line_code', labelSql: '{line}.name' },
    kind: { label: 'Par nature', sql: '{CUBE}.kind', labels: CREMATION_KINDS.labels },
    deathCommune: { label: 'Par commune de décès', sql: '{CUBE}.death_commune_name' },
    operator: { label: 'Par opérateur funéraire', sql: '{CUBE}.operator_name' },
    ashesFate: { label: 'Par destination des cendres', sql: '{CUBE}.ashes_fate', labels: ASHES_FATES.labels },
  },
  segments: {
    completed: { sql: '{CUBE}.completed_at', op: 'notNull' },
    booked: { sql: '{CUBE}.cancelled_at', op: 'isNull' },
    kept: { sql: '{CUBE}.ashes_fate', op: 'eq', value: 'KEPT' },
    dispersed: { sql: '{CUBE}.ashes_fate', op: 'eq', value: 'DISPERSED' },
  },
  drill: {
    record: { sql: '{CUBE}.id', path: '/crematorium/cremations/:id' },
    members: [
      { key: 'reference', label: 'N°', sql: REFERENCE },
      { key: 'cremationOn', label: 'Date', sql: '{CUBE}.cremation_on' },
      { key: 'line', label: 'Ligne', sql: '{line}.name' },
      { key: 'kind', label: 'Nature', sql: '{CUBE}.kind', labels: CREMATION_KINDS.labels },
      { key: 'deathCommune', label: 'Commune de décès', sql: '{CUBE}.death_commune_name' },
      { key: 'operator', label: 'Opérateur funéraire', sql: '{CUBE}.operator_name' },
    ],
    order: '{CUBE}.cremation_on, {CUBE}.number',
  },
});

/** Passes in the X-ray tunnel, with the detections and the delay their protocol caused. */
export const crematoriumScans = defineCube({
  name: 'crematorium_scan',
  directorate: 'crematorium',
  table: 'crematorium_scan',
  joins: { cremation: { table: 'crematorium_cremation', on: '{cremation}.id = {CUBE}.cremation_id' } },
  time: { scan: { kind: 'event', sql: '{CUBE}.scanned_on' } },
  dimensions: {
    objectType: { label: 'Par type d’objet', sql: '{CUBE}.object_type', labels: DETECTED_OBJECTS.labels },
  },
  segments: { detection: { sql: '{CUBE}.result', op: 'eq', value: 'DETECTION' } },
  drill: {
    members: [
      { key: 'reference', label: 'Crémation', sql: `'CR-' || lpad({cremation}.number::text, 6, '0')` },
      { key: 'scannedOn', label: 'Passage', sql: '{CUBE}.scanned_on' },
      { key: 'objectType', label: 'Objet', sql: '{CUBE}.object_type', labels: DETECTED_OBJECTS.labels },
      { key: 'delay', label: 'Retard (min)', sql: '{CUBE}.delay_minutes' },
    ],
    order: '{CUBE}.scanned_on, {CUBE}.scanned_at',
  },
});

export const crematoriumMetalLots = defineCube({
  name: 'crematorium_metal_lot',
  directorate: 'crematorium',
  table: 'crematorium_metal_lot',
  time: { collected: { kind: 'event', sql: '{CUBE}.collected_on' } },
  dimensions: { buyer: { label: 'Par acheteur', sql: '{CUBE}.buyer' } },
  drill: {
    members: [
      { key: 'collectedOn', label: 'Collecte', sql: '{CUBE}.collected_on' },
      { key: 'weight', label: 'Poids (kg)', sql: '{CUBE}.weight_kg' },
      { key: 'buyer', label: 'Acheteur', sql: '{CUBE}.buyer' },
      { key: 'proceeds', label: 'Produit (€)', sql: '{CUBE}.proceeds_cents / 100.0' },
    ],
    order: '{CUBE}.collected_on',
  },
});

export const crematoriumMetalAllocations = defineCube({
  name: 'crematorium_metal_allocation',
  directorate: 'crematorium',
  table: 'crematorium_metal_allocation',
  time: { allocated: { kind: 'event', sql: '{CUBE}.allocated_on' } },
  dimensions: { purpose: { label: 'Par emploi', sql: '{CUBE}.purpose', labels: METAL_PURPOSES.labels } },
  drill: {
    members: [
      { key: 'allocatedOn', label: 'Date', sql: '{CUBE}.allocated_on' },
      { key: 'purpose', label: 'Emploi', sql: '{CUBE}.purpose', labels: METAL_PURPOSES.labels },
      { key: 'beneficiary', label: 'Bénéficiaire', sql: '{CUBE}.beneficiary' },
      { key: 'amount', label: 'Montant (€)', sql: '{CUBE}.amount_cents / 100.0' },
    ],
    order: '{CUBE}.allocated_on',
  },
});

/** Days of each line: slots offered and slots booked (view `crematorium_line_day`). */
export const crematoriumLineDays = defineCube({
  name: 'crematorium_line_day',
  directorate: 'crematorium',
  table: 'crematorium_line_day',
  joins: { line: { table: 'crematorium_line', on: '{line}.code = {CUBE}.line_code' } },
  time: { day: { kind: 'event', sql: '{CUBE}.day' } },
  dimensions: { line: { label: 'Par ligne', sql: '{CUBE}.line_code', labelSql: '{line}.name' } },
  drill: {
    members: [
      { key: 'day', label: 'Jour', sql: '{CUBE}.day' },
      { key: 'line', label: 'Ligne', sql: '{line}.name' },
      { key: 'booked', label: 'Créneaux réservés', sql: '{CUBE}.booked_slots' },
      { key: 'available', label: 'Créneaux ouverts', sql: '{CUBE}.available_slots' },
    ],
    order: '{CUBE}.day, {CUBE}.line_code',
  },
});

export const CREMATORIUM_CUBES = [
  crematoriumCremations,
  crematoriumScans,
  crematoriumMetalLots,
  crematoriumMetalAllocations,
  crematoriumLineDays,
];
