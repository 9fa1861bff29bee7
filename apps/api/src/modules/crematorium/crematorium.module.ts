import type { DirectorateModule } from '../../core/module';
import { CREMATORIUM_ALARMS } from './crematorium.alarms';
import { CrematoriumCommands } from './crematorium-commands.service';
import { CREMATORIUM_CUBES } from './crematorium.cubes';
import { CREMATORIUM_FIELD_LABELS } from './crematorium.field-labels';
import { CREMATORIUM_INDICATORS } from './crematorium.indicators';
import { CrematoriumResolver } from './crematorium.resolver';
import { seedCrematorium } from './crematorium.seed';
import { CrematoriumService } from './crematorium.service';
import { CREMATORIUM_ENTITIES } from './entities';
import { CREMATORIUM_MIGRATIONS } from './migrations';

/**
 * Crématorium de Vendin-le-Vieil: planning of the lines, the cremation record and its legal window (CGCT R2213-34
 * and R2213-35), the X-ray tunnel and its opening protocol, ashes (L2223-18-1) and metals (L2223-18-1-1).
 */
export const crematoriumModule: DirectorateModule = {
  directorate: 'crematorium',
  entities: CREMATORIUM_ENTITIES,
  migrations: CREMATORIUM_MIGRATIONS,
  resolvers: [CrematoriumResolver],
  createResolvers: ({ db, audit, clock }) =>
    new Map<Function, object>([
      [
        CrematoriumResolver,
        new CrematoriumResolver(new CrematoriumService(db, clock), new CrematoriumCommands(db, audit, clock)),
      ],
    ]),
  cubes: CREMATORIUM_CUBES,
  indicators: CREMATORIUM_INDICATORS,
  fieldLabels: CREMATORIUM_FIELD_LABELS,
  alarms: CREMATORIUM_ALARMS,
  seed: seedCrematorium,
};
