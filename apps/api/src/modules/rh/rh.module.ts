import { declaredIndicator } from '../../core/indicators/indicator-definition';
import type { DirectorateModule } from '../../core/module';

/** Ressources et relations humaines: no module yet; the director enters the yearly figures of the report. */
export const rhModule: DirectorateModule = {
  directorate: 'rh',
  indicators: [
    declaredIndicator('rh', { key: 'rh.agents', label: 'Agents sur emploi permanent au 31 décembre', unit: 'count' }),
    declaredIndicator('rh', { key: 'rh.jours_formation', label: 'Jours de formation', unit: 'count' }),
  ],
};
