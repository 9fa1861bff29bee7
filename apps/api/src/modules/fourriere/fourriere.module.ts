import type { DirectorateModule } from '../../core/module';
import { FOURRIERE_ENTITIES } from './entities';
import { FourriereCalendarResolver } from './fourriere-calendar.resolver';
import { FourriereCalendarService } from './fourriere-calendar.service';
import { FourriereCommands } from './fourriere-commands.service';
import { FOURRIERE_CUBES } from './fourriere.cubes';
import { FourriereSetupResolver } from './fourriere-setup.resolver';
import { FourriereSetupService } from './fourriere-setup.service';
import { FOURRIERE_INDICATORS } from './fourriere.indicators';
import { FourriereResolver } from './fourriere.resolver';
import { seedFourriere } from './fourriere.seed';
import { seedFourriereProduction } from './fourriere.production-seed';
import { FOURRIERE_FIELD_LABELS } from './fourriere.field-labels';
import { FourriereService } from './fourriere.service';
import { FOURRIERE_MIGRATIONS } from './migrations';
import { fourrierePersonalData } from './fourriere.personal-data';
import { FOURRIERE_ALARMS } from './fourriere.alarms';

/**
 * Fourrière animale: stray dogs and cats from capture to outcome (Code rural L211-24 to L211-26).
 * The core's clock says which day it is in the pound (holding periods, alerts, tariff in force).
 */
export const fourriereModule: DirectorateModule = {
  directorate: 'fourriere',
  entities: FOURRIERE_ENTITIES,
  migrations: FOURRIERE_MIGRATIONS,
  resolvers: [FourriereResolver, FourriereCalendarResolver, FourriereSetupResolver],
  createResolvers: ({ db, audit, clock, figures }) =>
    new Map<Function, object>([
      [
        FourriereResolver,
        new FourriereResolver(new FourriereService(db, clock), new FourriereCommands(db, audit, clock, figures)),
      ],
      [
        FourriereCalendarResolver,
        new FourriereCalendarResolver(new FourriereCalendarService(db, audit, clock, figures)),
      ],
      [FourriereSetupResolver, new FourriereSetupResolver(new FourriereSetupService(db, audit, clock, figures))],
    ]),
  cubes: FOURRIERE_CUBES,
  personalData: fourrierePersonalData,
  alarms: FOURRIERE_ALARMS,
  indicators: FOURRIERE_INDICATORS,
  fieldLabels: FOURRIERE_FIELD_LABELS,
  seed: seedFourriere,
  seedProduction: seedFourriereProduction,
};
