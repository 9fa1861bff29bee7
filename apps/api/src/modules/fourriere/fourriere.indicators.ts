import { avg, count, median, percent, sum } from '../../core/indicators/cube';
import type { ComputedIndicator, RiseIs } from '../../core/indicators/indicator-definition';
import {
  fourriereAnimals as animals,
  fourriereOutcomes as outcomes,
  fourrierePayments as payments,
} from './fourriere.cubes';

const intakes = (key: string, label: string, description: string, segments: string[], by: string[]) =>
  animals.indicator(key, { label, description, unit: 'count', measure: count(), time: 'intake', segments, by });
const exits = (key: string, label: string, description: string, segments: string[], by: string[], riseIs?: RiseIs) =>
  outcomes.indicator(key, {
    label,
    description,
    unit: 'count',
    measure: count(),
    time: 'outcome',
    segments,
    by,
    riseIs,
  });

const ADOPTION_NOTE =
  'Le rapport compte « passés en adoption » les animaux cédés gratuitement à une association de protection animale disposant d’un refuge ' +
  '(seule habilitée à proposer l’adoption, art. L211-25 du Code rural) et les adoptions enregistrées par la fourrière : cessions + adoptions. ' +
  'La ventilation par type de sortie les distingue.';
const STAY = '({CUBE}.outcome_on - {animal}.intake_on)';

export const FOURRIERE_INDICATORS: ComputedIndicator[] = [
  intakes(
    'fourriere.entrees',
    'Animaux pris en charge par la fourrière',
    'Chiens et chats entrés dans l’année, à la date d’entrée ; chaque petit d’une portée compte pour un animal.',
    [],
    ['species', 'origin', 'commune', 'month'],
  ),
  intakes(
    'fourriere.chiens_entres',
    'Chiens trouvés errants',
    'Chiens entrés dans l’année, réquisitions judiciaires comprises (voir la ventilation par origine : « dont réquisitions »).',
    ['dog'],
    ['origin', 'commune', 'month'],
  ),
  intakes(
    'fourriere.chiens_requisitions',
    'dont chiens en réquisition judiciaire',
    'Chiens placés en fourrière sur réquisition dans une procédure judiciaire (compris dans les chiens trouvés errants).',
    ['dog', 'requisition'],
    ['commune', 'month'],
  ),
  intakes(
    'fourriere.chats_entres',
    'Chats trouvés errants (portées comptabilisées)',
    'Chats entrés dans l’année, de la naissance à l’âge adulte : chaque chaton d’une portée compte pour un animal, comme dans le rapport.',
    ['cat'],
    ['origin', 'commune', 'month'],
  ),
  exits(
    'fourriere.sorties',
    'Sorties de fourrière',
    'Animaux sortis dans l’année (date de sortie), par type de sortie et par espèce.',
    [],
    ['type', 'species', 'commune', 'month'],
  ),
  exits(
    'fourriere.chiens_restitues',
    'Chiens restitués à leurs propriétaires',
    'Restitutions de chiens dans l’année, après paiement des frais de fourrière.',
    ['dog', 'returned'],
    ['commune', 'month'],
    'GOOD',
  ),
  exits(
    'fourriere.chiens_adoption',
    'Chiens passés en adoption',
    ADOPTION_NOTE,
    ['dog', 'adoption'],
    ['type', 'month'],
    'GOOD',
  ),
  exits(
    'fourriere.chats_restitues',
    'Chats restitués à leurs propriétaires',
    'Restitutions de chats dans l’année, après paiement des frais de fourrière.',
    ['cat', 'returned'],
    ['commune', 'month'],
    'GOOD',
  ),
  exits(
    'fourriere.chats_adoption',
    'Chats passés en adoption en association',
    ADOPTION_NOTE,
    ['cat', 'adoption'],
    ['type', 'month'],
    'GOOD',
  ),
  exits(
    'fourriere.euthanasies',
    'Euthanasies sur avis vétérinaire',
    'Euthanasies pratiquées dans l’année, après le délai de garde ou sur décision judiciaire.',
    ['euthanised'],
    ['species', 'month'],
    'BAD',
  ),
  animals.indicator('fourriere.taux_restitution', {
    riseIs: 'GOOD',
    label: 'Taux de restitution',
    unit: 'percent',
    description:
      'Part des animaux entrés dans l’année qui ont été restitués à leur propriétaire (quelle que soit la date de sortie).',
    measure: percent({ sql: '{outcome}.type', op: 'eq', value: 'RETURNED' }),
    time: 'intake',
    by: ['species', 'origin'],
  }),
  outcomes.indicator('fourriere.duree_sejour_moyenne', {
    riseIs: 'BAD',
    label: 'Durée moyenne de séjour',
    unit: 'days',
    description: 'Jours calendaires entre l’entrée et la sortie, pour les animaux sortis dans l’année.',
    measure: avg(STAY),
    time: 'outcome',
    by: ['species', 'type'],
  }),
  outcomes.indicator('fourriere.duree_sejour_mediane', {
    riseIs: 'BAD',
    label: 'Durée médiane de séjour',
    unit: 'days',
    description: 'Médiane des jours calendaires entre l’entrée et la sortie, pour les animaux sortis dans l’année.',
    measure: median(STAY),
    time: 'outcome',
    by: ['species', 'type'],
  }),
  animals.indicator('fourriere.presents_fin_annee', {
    riseIs: 'BAD',
    label: 'Animaux présents au 31 décembre',
    unit: 'count',
    description:
      'Animaux entrés au plus tard le 31 décembre et sans sortie à cette date (une sortie le 31 décembre ne compte pas).',
    measure: count(),
    time: 'present',
    by: ['species', 'origin'],
  }),
  payments.indicator('fourriere.frais_encaisses', {
    riseIs: 'GOOD',
    label: 'Frais de fourrière encaissés',
    unit: 'euros',
    description:
      'Frais payés par les propriétaires lors des restitutions (capture, garde, identification, actes vétérinaires), à la date du paiement.',
    measure: sum('{CUBE}.amount_cents / 100.0'),
    time: 'paid',
    by: ['species', 'commune', 'month'],
  }),
  outcomes.indicator('fourriere.cout_sejours', {
    label: 'Coût des séjours par commune',
    unit: 'euros',
    description:
      'Coût des séjours au tarif de la fourrière (capture, garde, visite et actes vétérinaires) des animaux sortis dans l’année, par commune de capture, que les frais aient été payés par un propriétaire ou non.',
    measure: sum('{CUBE}.stay_cost_cents / 100.0'),
    time: 'outcome',
    by: ['commune', 'species', 'type'],
    drill: [...outcomes.drill.members, { key: 'cost', label: 'Coût (€)', sql: '{CUBE}.stay_cost_cents / 100.0' }],
  }),
];
