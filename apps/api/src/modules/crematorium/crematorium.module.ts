import { declaredIndicator } from '../../core/indicators/indicator-definition';
import type { DirectorateModule } from '../../core/module';

/** Crématorium: no module yet; the director enters the yearly figures of the report. */
export const crematoriumModule: DirectorateModule = {
  directorate: 'crematorium',
  indicators: [declaredIndicator('crematorium', { key: 'crematorium.cremations', label: 'Crémations', unit: 'count' })],
};
