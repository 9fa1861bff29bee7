import { declaredIndicator } from '../../core/indicators/indicator-definition';
import type { DirectorateModule } from '../../core/module';

/** Finances et comptabilité: no module yet; the director enters the yearly figures of the report. */
export const financesModule: DirectorateModule = {
  directorate: 'finances',
  indicators: [
    declaredIndicator('finances', { key: 'finances.budget_total', label: 'Budget total voté', unit: 'euros' }),
    declaredIndicator('finances', { key: 'finances.mandats', label: 'Mandats émis', unit: 'count' }),
  ],
};
