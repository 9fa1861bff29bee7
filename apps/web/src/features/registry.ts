import type { DirectorateKey } from '@call/domain';
import { adminFeature } from './admin';
import { adsFeature } from './ads';
import { crematoriumFeature } from './crematorium';
import { dashboardsFeature } from './dashboards';
import { fourriereFeature } from './fourriere';
import { homeFeature } from './home';
import { indicatorsFeature } from './indicators';
import { journalFeature } from './journal';
import { permisLouerFeature } from './permis-louer';
import { pretMaterielFeature } from './pret-materiel';
import { reportFeature } from './report';
import type { CoreFeature, FeatureModule } from './types';

/** Always registered; the nav lists them in this order (home first). */
export const coreFeatures: CoreFeature[] = [
  homeFeature,
  dashboardsFeature,
  indicatorsFeature,
  reportFeature,
  journalFeature,
  adminFeature,
];

/**
 * One entry per directorate that has screens: `import { adsFeature } from './ads'` then `ads: adsFeature`.
 * The drawer shows an entry only if it is registered here AND `canReadDirectorate` allows the user.
 */
export const directorateFeatures: Partial<Record<DirectorateKey, FeatureModule>> = {
  ads: adsFeature,
  crematorium: crematoriumFeature,
  fourriere: fourriereFeature,
  permis_louer: permisLouerFeature,
  pret_materiel: pretMaterielFeature,
};
