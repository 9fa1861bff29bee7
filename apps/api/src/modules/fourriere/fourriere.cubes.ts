import {
  ADOPTION_OUTCOMES,
  FOURRIERE_ORIGIN_LABELS,
  FOURRIERE_OUTCOME_LABELS,
  FOURRIERE_SPECIES_LABELS,
} from '@call/domain';
import { defineCube, type CubeDimension } from '../../core/indicators/cube';
import type { DrillMember } from '../../core/indicators/indicator-definition';

/** The dimensions and drill members of an animal, wherever it is reached from (`{CUBE}` or `{animal}`). */
const animalOf = (a: string) => ({
  dimensions: {
    species: { label: 'Par espèce', sql: `${a}.species`, labels: FOURRIERE_SPECIES_LABELS },
    origin: { label: 'Par origine', sql: `${a}.origin`, labels: FOURRIERE_ORIGIN_LABELS },
    commune: { label: 'Par commune', sql: `${a}.commune_insee`, labelSql: '{commune}.name' },
  } satisfies Record<string, CubeDimension>,
  segments: {
    dog: { sql: `${a}.species`, op: 'eq', value: 'DOG' },
    cat: { sql: `${a}.species`, op: 'eq', value: 'CAT' },
    requisition: { sql: `${a}.origin`, op: 'eq', value: 'REQUISITION' },
  } as const,
  drill: [
    { key: 'reference', label: 'N° de registre', sql: `'FR-' || lpad(${a}.number::text, 6, '0')` },
    { key: 'intakeOn', label: 'Entrée', sql: `${a}.intake_on` },
    { key: 'species', label: 'Espèce', sql: `${a}.species`, labels: FOURRIERE_SPECIES_LABELS },
    { key: 'origin', label: 'Origine', sql: `${a}.origin`, labels: FOURRIERE_ORIGIN_LABELS },
    { key: 'commune', label: 'Commune', sql: '{commune}.name' },
    { key: 'identification', label: 'Identification', sql: `COALESCE(${a}.identification_number, 'non identifié')` },
  ] satisfies DrillMember[],
});

const own = animalOf('{CUBE}');
const joined = animalOf('{animal}');

/** Animals taken in: counted at intake, or present at the end of a day (no outcome yet). */
export const fourriereAnimals = defineCube({
  name: 'fourriere_animal',
  directorate: 'fourriere',
  table: 'fourriere_animal',
  joins: {
    commune: { table: 'commune', on: '{commune}.insee_code = {CUBE}.commune_insee' },
    // exactly one outcome per animal (unique animal_id): the join never multiplies animals
    outcome: { table: 'fourriere_outcome', on: '{outcome}.animal_id = {CUBE}.id' },
  },
  time: {
    intake: { kind: 'event', sql: '{CUBE}.intake_on' },
    present: { kind: 'snapshot', from: '{CUBE}.intake_on', to: '{outcome}.outcome_on', toInclusive: false },
  },
  dimensions: own.dimensions,
  segments: own.segments,
  drill: {
    members: own.drill,
    order: '{CUBE}.intake_on, {CUBE}.number',
    record: { sql: '{CUBE}.id', path: '/fourriere/animaux/:id' },
  },
});

export const fourriereOutcomes = defineCube({
  name: 'fourriere_outcome',
  directorate: 'fourriere',
  table: 'fourriere_outcome',
  joins: {
    animal: { table: 'fourriere_animal', on: '{animal}.id = {CUBE}.animal_id' },
    commune: { table: 'commune', on: '{commune}.insee_code = {animal}.commune_insee' },
  },
  time: { outcome: { kind: 'event', sql: '{CUBE}.outcome_on' } },
  dimensions: {
    ...joined.dimensions,
    type: { label: 'Par type de sortie', sql: '{CUBE}.type', labels: FOURRIERE_OUTCOME_LABELS },
  },
  segments: {
    ...joined.segments,
    returned: { sql: '{CUBE}.type', op: 'eq', value: 'RETURNED' },
    adoption: { sql: '{CUBE}.type', op: 'in', value: ADOPTION_OUTCOMES },
    euthanised: { sql: '{CUBE}.type', op: 'eq', value: 'EUTHANISED' },
  },
  drill: {
    record: { sql: '{animal}.id', path: '/fourriere/animaux/:id' },
    members: [
      ...joined.drill,
      { key: 'outcomeOn', label: 'Sortie', sql: '{CUBE}.outcome_on' },
      { key: 'outcome', label: 'Type de sortie', sql: '{CUBE}.type', labels: FOURRIERE_OUTCOME_LABELS },
      { key: 'stayDays', label: 'Jours de garde', sql: '({CUBE}.outcome_on - {animal}.intake_on)' },
    ],
    order: '{CUBE}.outcome_on, {animal}.number',
  },
});

export const fourrierePayments = defineCube({
  name: 'fourriere_payment',
  directorate: 'fourriere',
  table: 'fourriere_payment',
  joins: fourriereOutcomes.joins,
  time: { paid: { kind: 'event', sql: '{CUBE}.paid_on' } },
  dimensions: joined.dimensions,
  drill: {
    members: [
      ...joined.drill,
      { key: 'paidOn', label: 'Payé le', sql: '{CUBE}.paid_on' },
      { key: 'amount', label: 'Montant (€)', sql: '{CUBE}.amount_cents / 100.0' },
    ],
    order: '{CUBE}.paid_on, {animal}.number',
  },
});

export const FOURRIERE_CUBES = [fourriereAnimals, fourriereOutcomes, fourrierePayments];
