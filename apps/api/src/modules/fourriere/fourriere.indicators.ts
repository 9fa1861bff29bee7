import {
  ADOPTION_OUTCOMES,
  FOURRIERE_ORIGIN_LABELS,
  FOURRIERE_OUTCOME_LABELS,
  FOURRIERE_SPECIES_LABELS,
} from '@call/domain';
import type {
  ComputedIndicator,
  Dimension,
  DrillMember,
  Filter,
  Join,
} from '../../core/indicators/indicator-definition';

const species = (sql: string): Dimension => ({
  key: 'species',
  label: 'Par espèce',
  sql,
  labels: FOURRIERE_SPECIES_LABELS,
});
const origin = (sql: string): Dimension => ({
  key: 'origin',
  label: 'Par origine',
  sql,
  labels: FOURRIERE_ORIGIN_LABELS,
});
const outcomeType = (sql: string): Dimension => ({
  key: 'type',
  label: 'Par type de sortie',
  sql,
  labels: FOURRIERE_OUTCOME_LABELS,
});
const commune = (sql: string): Dimension => ({ key: 'commune', label: 'Par commune', sql, labelSql: 'c.name' });

const dog: Filter = { sql: 'a.species', op: 'eq', value: 'DOG' };
const cat: Filter = { sql: 'a.species', op: 'eq', value: 'CAT' };

/** Intakes: the animal table itself (alias `a` too, so filters read the same everywhere). */
const ANIMALS = {
  table: 'fourriere_animal',
  joins: [
    { table: 'fourriere_animal', alias: 'a', on: 'a.id = t.id' },
    { table: 'commune', alias: 'c', on: 'c.insee_code = t.commune_insee' },
  ] as Join[],
};
/** Outcomes with their animal. */
const OUTCOMES = {
  table: 'fourriere_outcome',
  joins: [
    { table: 'fourriere_animal', alias: 'a', on: 'a.id = t.animal_id' },
    { table: 'commune', alias: 'c', on: 'c.insee_code = a.commune_insee' },
  ] as Join[],
};

const animalDrill: DrillMember[] = [
  { key: 'reference', label: 'N° de registre', sql: `'FR-' || lpad(a.number::text, 6, '0')` },
  { key: 'intakeOn', label: 'Entrée', sql: 'a.intake_on' },
  { key: 'species', label: 'Espèce', sql: 'a.species', labels: FOURRIERE_SPECIES_LABELS },
  { key: 'origin', label: 'Origine', sql: 'a.origin', labels: FOURRIERE_ORIGIN_LABELS },
  { key: 'commune', label: 'Commune', sql: 'c.name' },
  { key: 'identification', label: 'Identification', sql: `COALESCE(a.identification_number, 'non identifié')` },
];
const outcomeDrill: DrillMember[] = [
  ...animalDrill,
  { key: 'outcomeOn', label: 'Sortie', sql: 't.outcome_on' },
  { key: 'outcome', label: 'Type de sortie', sql: 't.type', labels: FOURRIERE_OUTCOME_LABELS },
  { key: 'stayDays', label: 'Jours de garde', sql: '(t.outcome_on - a.intake_on)' },
];

const base = { directorate: 'fourriere' as const, version: 1 };
const intakes = (
  key: string,
  label: string,
  description: string,
  filters: Filter[],
  dimensions: ComputedIndicator['dimensions'],
): ComputedIndicator => ({
  ...base,
  kind: 'computed',
  key,
  label,
  description,
  unit: 'count',
  source: ANIMALS,
  measure: { type: 'count' },
  time: { kind: 'event', sql: 'a.intake_on' },
  filters,
  dimensions,
  drillMembers: animalDrill,
  drillOrder: 'a.intake_on, a.number',
});
const outcomes = (
  key: string,
  label: string,
  description: string,
  filters: Filter[],
  dimensions: ComputedIndicator['dimensions'],
): ComputedIndicator => ({
  ...base,
  kind: 'computed',
  key,
  label,
  description,
  unit: 'count',
  source: OUTCOMES,
  measure: { type: 'count' },
  time: { kind: 'event', sql: 't.outcome_on' },
  filters,
  dimensions,
  drillMembers: outcomeDrill,
  drillOrder: 't.outcome_on, a.number',
});

const ADOPTION_NOTE =
  'Le rapport compte « passés en adoption » les animaux cédés gratuitement à une association de protection animale disposant d’un refuge ' +
  '(seule habilitée à proposer l’adoption, art. L211-25 du Code rural) et les adoptions enregistrées par la fourrière : cessions + adoptions. ' +
  'La ventilation par type de sortie les distingue.';

export const FOURRIERE_INDICATORS: ComputedIndicator[] = [
  intakes(
    'fourriere.entrees',
    'Animaux pris en charge par la fourrière',
    'Chiens et chats entrés dans l’année, à la date d’entrée ; chaque petit d’une portée compte pour un animal.',
    [],
    [species('a.species'), origin('a.origin'), commune('a.commune_insee'), 'month'],
  ),
  intakes(
    'fourriere.chiens_entres',
    'Chiens trouvés errants',
    'Chiens entrés dans l’année, réquisitions judiciaires comprises (voir la ventilation par origine : « dont réquisitions »).',
    [dog],
    [origin('a.origin'), commune('a.commune_insee'), 'month'],
  ),
  intakes(
    'fourriere.chiens_requisitions',
    'dont chiens en réquisition judiciaire',
    'Chiens placés en fourrière sur réquisition dans une procédure judiciaire (compris dans les chiens trouvés errants).',
    [dog, { sql: 'a.origin', op: 'eq', value: 'REQUISITION' }],
    [commune('a.commune_insee'), 'month'],
  ),
  intakes(
    'fourriere.chats_entres',
    'Chats trouvés errants (portées comptabilisées)',
    'Chats entrés dans l’année, de la naissance à l’âge adulte : chaque chaton d’une portée compte pour un animal, comme dans le rapport.',
    [cat],
    [origin('a.origin'), commune('a.commune_insee'), 'month'],
  ),
  outcomes(
    'fourriere.sorties',
    'Sorties de fourrière',
    'Animaux sortis dans l’année (date de sortie), par type de sortie et par espèce.',
    [],
    [outcomeType('t.type'), species('a.species'), commune('a.commune_insee'), 'month'],
  ),
  outcomes(
    'fourriere.chiens_restitues',
    'Chiens restitués à leurs propriétaires',
    'Restitutions de chiens dans l’année, après paiement des frais de fourrière.',
    [dog, { sql: 't.type', op: 'eq', value: 'RETURNED' }],
    [commune('a.commune_insee'), 'month'],
  ),
  outcomes(
    'fourriere.chiens_adoption',
    'Chiens passés en adoption',
    ADOPTION_NOTE,
    [dog, { sql: 't.type', op: 'in', value: ADOPTION_OUTCOMES }],
    [outcomeType('t.type'), 'month'],
  ),
  outcomes(
    'fourriere.chats_restitues',
    'Chats restitués à leurs propriétaires',
    'Restitutions de chats dans l’année, après paiement des frais de fourrière.',
    [cat, { sql: 't.type', op: 'eq', value: 'RETURNED' }],
    [commune('a.commune_insee'), 'month'],
  ),
  outcomes(
    'fourriere.chats_adoption',
    'Chats passés en adoption en association',
    ADOPTION_NOTE,
    [cat, { sql: 't.type', op: 'in', value: ADOPTION_OUTCOMES }],
    [outcomeType('t.type'), 'month'],
  ),
  outcomes(
    'fourriere.euthanasies',
    'Euthanasies sur avis vétérinaire',
    'Euthanasies pratiquées dans l’année, après le délai de garde ou sur décision judiciaire.',
    [{ sql: 't.type', op: 'eq', value: 'EUTHANISED' }],
    [species('a.species'), 'month'],
  ),
  {
    ...base,
    kind: 'computed',
    key: 'fourriere.taux_restitution',
    label: 'Taux de restitution',
    unit: 'percent',
    description:
      'Part des animaux entrés dans l’année qui ont été restitués à leur propriétaire (quelle que soit la date de sortie).',
    source: {
      table: 'fourriere_animal',
      joins: [...ANIMALS.joins, { table: 'fourriere_outcome', alias: 'o', on: 'o.animal_id = t.id', type: 'left' }],
    },
    measure: { type: 'percent', where: [{ sql: 'o.type', op: 'eq', value: 'RETURNED' }] },
    time: { kind: 'event', sql: 'a.intake_on' },
    dimensions: [species('a.species'), origin('a.origin')],
    drillMembers: animalDrill,
    drillOrder: 'a.intake_on, a.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'fourriere.duree_sejour_moyenne',
    label: 'Durée moyenne de séjour',
    unit: 'days',
    description: 'Jours calendaires entre l’entrée et la sortie, pour les animaux sortis dans l’année.',
    source: OUTCOMES,
    measure: { type: 'avg', sql: '(t.outcome_on - a.intake_on)' },
    time: { kind: 'event', sql: 't.outcome_on' },
    dimensions: [species('a.species'), outcomeType('t.type')],
    drillMembers: outcomeDrill,
    drillOrder: 't.outcome_on, a.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'fourriere.duree_sejour_mediane',
    label: 'Durée médiane de séjour',
    unit: 'days',
    description: 'Médiane des jours calendaires entre l’entrée et la sortie, pour les animaux sortis dans l’année.',
    source: OUTCOMES,
    measure: { type: 'median', sql: '(t.outcome_on - a.intake_on)' },
    time: { kind: 'event', sql: 't.outcome_on' },
    dimensions: [species('a.species'), outcomeType('t.type')],
    drillMembers: outcomeDrill,
    drillOrder: 't.outcome_on, a.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'fourriere.presents_fin_annee',
    label: 'Animaux présents au 31 décembre',
    unit: 'count',
    description:
      'Animaux entrés au plus tard le 31 décembre et sans sortie à cette date (une sortie le 31 décembre ne compte pas).',
    source: {
      table: 'fourriere_animal',
      joins: [...ANIMALS.joins, { table: 'fourriere_outcome', alias: 'o', on: 'o.animal_id = t.id', type: 'left' }],
    },
    measure: { type: 'count' },
    time: { kind: 'snapshot', from: 'a.intake_on', to: 'o.outcome_on', toInclusive: false },
    dimensions: [species('a.species'), origin('a.origin')],
    drillMembers: animalDrill,
    drillOrder: 'a.intake_on, a.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'fourriere.frais_encaisses',
    label: 'Frais de fourrière encaissés',
    unit: 'euros',
    description:
      'Frais payés par les propriétaires lors des restitutions (capture, garde, identification, actes vétérinaires), à la date du paiement.',
    source: {
      table: 'fourriere_payment',
      joins: [
        { table: 'fourriere_animal', alias: 'a', on: 'a.id = t.animal_id' },
        { table: 'commune', alias: 'c', on: 'c.insee_code = a.commune_insee' },
      ],
    },
    measure: { type: 'sum', sql: 't.amount_cents / 100.0' },
    time: { kind: 'event', sql: 't.paid_on' },
    dimensions: [species('a.species'), commune('a.commune_insee'), 'month'],
    drillMembers: [
      ...animalDrill,
      { key: 'paidOn', label: 'Payé le', sql: 't.paid_on' },
      { key: 'amount', label: 'Montant (€)', sql: 't.amount_cents / 100.0' },
    ],
    drillOrder: 't.paid_on, a.number',
  },
  {
    ...base,
    kind: 'computed',
    key: 'fourriere.cout_sejours',
    label: 'Coût des séjours par commune',
    unit: 'euros',
    description:
      'Coût des séjours au tarif de la fourrière (capture, garde, visite et actes vétérinaires) des animaux sortis dans l’année, par commune de capture, que les frais aient été payés par un propriétaire ou non.',
    source: OUTCOMES,
    measure: { type: 'sum', sql: 't.stay_cost_cents / 100.0' },
    time: { kind: 'event', sql: 't.outcome_on' },
    dimensions: [commune('a.commune_insee'), species('a.species'), outcomeType('t.type')],
    drillMembers: [...outcomeDrill, { key: 'cost', label: 'Coût (€)', sql: 't.stay_cost_cents / 100.0' }],
    drillOrder: 't.outcome_on, a.number',
  },
];
