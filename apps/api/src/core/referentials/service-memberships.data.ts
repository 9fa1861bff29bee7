/**
 * Dated memberships stated by the 2023 activity report ("SERVICE MUTUALISÉ ADS", "LE PERMIS DE LOUER").
 * Names are matched against the official list, so a typo here fails the seed instead of inventing a commune.
 */
export interface MembershipSeed {
  service: string;
  option: string | null;
  commune: string;
  validFrom: string;
  validTo?: string;
  source: string;
}

// The service mutualisé ADS started when the State stopped instructing for communes of EPCIs over 10,000
// inhabitants (loi ALUR, 1 July 2015); earlier dates of each commune are not in the report (to confirm).
const ADS_START = '2015-07-01';
const RA2023 = 'Rapport d’activités 2023';

const adsInstruction = [
  'Ablain-Saint-Nazaire',
  'Aix-Noulette',
  'Bénifontaine',
  'Carency',
  'Fouquières-lès-Lens',
  'Givenchy-en-Gohelle',
  'Gouy-Servins',
  'Harnes',
  'Hulluch',
  'Lens',
  'Loos-en-Gohelle',
  'Mazingarbe',
  'Meurchin',
  'Noyelles-sous-Lens',
  'Sains-en-Gohelle',
  'Sallaumines',
  'Souchez',
  'Vendin-le-Vieil',
  'Villers-au-Bois',
  'Vimy',
  'Wingles',
];
const adsGnau = ['Bully-les-Mines', 'Éleu-dit-Leauwette', 'Estevelles', 'Loison-sous-Lens', 'Pont-à-Vendin'];

export const MEMBERSHIP_SEEDS: MembershipSeed[] = [
  ...adsInstruction.map((commune) => ({
    service: 'ads',
    option: 'instruction',
    commune,
    validFrom: ADS_START,
    source: RA2023,
  })),
  { service: 'ads', option: 'instruction', commune: 'Acheville', validFrom: '2023-01-01', source: RA2023 },
  { service: 'ads', option: 'gnau', commune: 'Servins', validFrom: ADS_START, validTo: '2023-06-30', source: RA2023 },
  { service: 'ads', option: 'instruction', commune: 'Servins', validFrom: '2023-07-01', source: RA2023 },
  ...adsGnau.map((commune) => ({ service: 'ads', option: 'gnau', commune, validFrom: ADS_START, source: RA2023 })),
  // Permis de louer: the report names only the communes that joined in 2022 and 2023; the 13 earlier ones
  // (since 2020) are not named, so an administrator records them (mutation addServiceMembership).
  ...['Harnes', 'Mazingarbe', 'Noyelles-sous-Lens', 'Pont-à-Vendin', 'Vendin-le-Vieil'].map((commune) => ({
    service: 'permis_louer',
    option: null,
    commune,
    validFrom: '2022-01-01',
    source: RA2023,
  })),
  ...['Vimy', 'Grenay'].map((commune) => ({
    service: 'permis_louer',
    option: null,
    commune,
    validFrom: '2023-01-01',
    source: RA2023,
  })),
];
