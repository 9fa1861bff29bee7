import { declaredIndicator } from '../../core/indicators/indicator-definition';
import type { DirectorateModule } from '../../core/module';

/** Prêt de matériel: no module yet; the director enters the yearly figures of the report. */
export const pretMaterielModule: DirectorateModule = {
  directorate: 'pret_materiel',
  indicators: [
    declaredIndicator('pret_materiel', {
      key: 'pret_materiel.demandes',
      label: 'Demandes de prêt de matériel',
      unit: 'count',
    }),
    declaredIndicator('pret_materiel', {
      key: 'pret_materiel.communes_interessees',
      label: 'Communes ayant fait au moins une demande',
      unit: 'count',
    }),
  ],
};
