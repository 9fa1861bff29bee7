import { declaredIndicator } from '../../core/indicators/indicator-definition';
import type { DirectorateModule } from '../../core/module';

/** Affaires juridiques et commande publique: no module yet; the director enters the yearly figures of the report. */
export const juridiqueModule: DirectorateModule = {
  directorate: 'juridique',
  indicators: [
    declaredIndicator('juridique', {
      key: 'juridique.contentieux_nouveaux',
      label: 'Nouveaux contentieux',
      unit: 'count',
    }),
    declaredIndicator('juridique', { key: 'juridique.marches_notifies', label: 'Marchés notifiés', unit: 'count' }),
  ],
};
