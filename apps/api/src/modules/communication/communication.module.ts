import { declaredIndicator } from '../../core/indicators/indicator-definition';
import type { DirectorateModule } from '../../core/module';

/** Communication: no module yet; the director enters the yearly figures of the report. */
export const communicationModule: DirectorateModule = {
  directorate: 'communication',
  indicators: [
    declaredIndicator('communication', {
      key: 'communication.publications',
      label: 'Publications institutionnelles',
      unit: 'count',
    }),
  ],
};
