import { declaredIndicator } from '../../core/indicators/indicator-definition';
import type { DirectorateModule } from '../../core/module';

/** Permis de louer: no module yet; the director enters the yearly figures of the report. */
export const permisLouerModule: DirectorateModule = {
  directorate: 'permis_louer',
  indicators: [
    declaredIndicator('permis_louer', {
      key: 'permis_louer.apml_dossiers',
      label: 'Dossiers APML suivis',
      unit: 'count',
    }),
    declaredIndicator('permis_louer', {
      key: 'permis_louer.adresses_controlees',
      label: 'Adresses contrôlées (partenariat CAF)',
      unit: 'count',
    }),
    declaredIndicator('permis_louer', {
      key: 'permis_louer.signalements_ddtm',
      label: 'Signalements envoyés à la DDTM',
      unit: 'count',
    }),
  ],
};
