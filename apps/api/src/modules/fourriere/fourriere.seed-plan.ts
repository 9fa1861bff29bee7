import type { FourriereOutcomeType } from '@call/domain';

/** What the demo seed creates for a year: outcome counts per population ("PRESENT" = still there on 31 December). */
export type PlanKind = FourriereOutcomeType | 'PRESENT';
export interface YearPlan {
  year: number;
  dogRequisitions: Partial<Record<PlanKind, number>>;
  dogs: Partial<Record<PlanKind, number>>;
  cats: Partial<Record<PlanKind, number>>;
  catLitters: number[];
}

/**
 * 2023 reproduces the report: 386 dogs (27 on requisition), 239 returned, 123 "passés en adoption"
 * (cessions to associations + adoptions), 86 cats counting each kitten of a litter, 6 returned,
 * 14 "passés en adoption en association" (cessions). 2022 is a plausible previous year for the evolution.
 */
export const SEED_PLANS: YearPlan[] = [
  {
    year: 2022,
    dogRequisitions: { RETURNED: 12, CEDED: 15, EUTHANISED: 4 },
    dogs: { RETURNED: 241, CEDED: 95, ADOPTED: 21, EUTHANISED: 9, DIED: 4, ESCAPED: 3 },
    cats: { RETURNED: 5, CEDED: 11, RELEASED: 41, EUTHANISED: 19, DIED: 22 },
    catLitters: [5, 4, 6, 3, 5, 4],
  },
  {
    year: 2023,
    // 10 + 229 = 239 returned; 12 + 83 + 28 = 123 to adoption; 27 requisitions; 27 + 359 = 386 dogs
    dogRequisitions: { RETURNED: 10, CEDED: 12, EUTHANISED: 2, PRESENT: 3 },
    dogs: { RETURNED: 229, CEDED: 83, ADOPTED: 28, EUTHANISED: 6, DIED: 3, ESCAPED: 2, PRESENT: 8 },
    // 6 + 14 + 38 + 12 + 12 + 4 = 86 cats, 22 of them kittens of 5 litters
    cats: { RETURNED: 6, CEDED: 14, RELEASED: 38, EUTHANISED: 12, DIED: 12, PRESENT: 4 },
    catLitters: [4, 5, 3, 6, 4],
  },
];

export const SURNAMES = [
  'Martin',
  'Lefebvre',
  'Dubois',
  'Leroy',
  'Moreau',
  'Lemaire',
  'Dupont',
  'Duhamel',
  'Lecomte',
  'Carpentier',
  'Delattre',
  'Wojcik',
  'Kowalski',
  'Caron',
  'Petit',
  'Fontaine',
  'Vasseur',
  'Bernard',
  'Dumont',
  'Lambert',
];
export const FIRST_NAMES = [
  'Julie',
  'Kevin',
  'Sandrine',
  'Laurent',
  'Nathalie',
  'Mickaël',
  'Céline',
  'Jérôme',
  'Sabrina',
  'David',
  'Isabelle',
  'Thomas',
  'Aurélie',
  'Franck',
];
export const ASSOCIATIONS = [
  'SPA de Lens',
  'Refuge du Pays de l’Artois',
  'Association Les 4 Pattes de Liévin',
  'Fondation 30 Millions d’Amis (refuge partenaire)',
  'École du Chat du Bassin minier',
];
export const DOG_BREEDS = [
  'Croisé',
  'Berger allemand',
  'Malinois',
  'Staffordshire',
  'Labrador',
  'Jack Russell',
  'Yorkshire',
  'Beagle',
  'Husky',
  'Border collie',
  'Chihuahua',
  'Golden retriever',
];
export const CAT_BREEDS = ['Européen', 'Européen', 'Européen', 'Siamois', 'Maine coon', 'Persan'];
export const COLOURS = [
  'Noir',
  'Blanc',
  'Fauve',
  'Bringé',
  'Tricolore',
  'Noir et blanc',
  'Tigré',
  'Roux',
  'Gris',
  'Crème',
];
export const PLACES = [
  'rue Jean Jaurès',
  'place de la République',
  'cité des Provinces',
  'rue Émile Zola',
  'chemin du Marais',
  'parc municipal',
  'zone commerciale',
  'rue Pasteur',
  'cité minière n° 4',
  'route départementale',
];
export const EUTHANASIA_REASONS = [
  'Avis vétérinaire : animal en souffrance, pathologie incurable',
  'Avis vétérinaire : comportement dangereux, inadoptable',
  'Avis vétérinaire : état sanitaire grave (FIV/FeLV positif)',
];
export const DEATH_REASONS = [
  'Décès lié à l’état de santé à l’arrivée',
  'Chaton non sevré, décès malgré les soins',
  'Décès des suites d’un accident de la voie publique',
];
