import type { DirectorateModule } from '../../core/module';
import { PDL_ENTITIES } from './entities';
import { PDL_MIGRATIONS } from './migrations';
import { PDL_ALARMS } from './permis-louer.alarms';
import { PermisLouerCommands } from './permis-louer-commands.service';
import { PermisLouerListsResolver } from './permis-louer-lists.resolver';
import { PermisLouerListsService } from './permis-louer-lists.service';
import { PDL_CUBES } from './permis-louer.cubes';
import { PDL_FIELD_LABELS } from './permis-louer.field-labels';
import { PDL_INDICATORS } from './permis-louer.indicators';
import { PermisLouerResolver } from './permis-louer.resolver';
import { seedPermisLouerProduction } from './permis-louer.production-seed';
import { seedPermisLouer } from './permis-louer.seed';
import { PermisLouerService } from './permis-louer.service';

/**
 * Permis de louer (Maison de l'Habitat Durable): APML in dated perimeters (CCH L635-1 to L635-11), APD, CAF
 * controls, sanctions (L635-7) and the front desk's contacts. Its indicators take over the declared keys.
 */
export const permisLouerModule: DirectorateModule = {
  directorate: 'permis_louer',
  entities: PDL_ENTITIES,
  migrations: PDL_MIGRATIONS,
  resolvers: [PermisLouerResolver, PermisLouerListsResolver],
  createResolvers: ({ db, audit, clock, figures }) =>
    new Map<Function, object>([
      [
        PermisLouerResolver,
        new PermisLouerResolver(new PermisLouerService(db, clock), new PermisLouerCommands(db, audit, clock, figures)),
      ],
      [PermisLouerListsResolver, new PermisLouerListsResolver(new PermisLouerListsService(db, clock))],
    ]),
  cubes: PDL_CUBES,
  indicators: PDL_INDICATORS,
  fieldLabels: PDL_FIELD_LABELS,
  uniqueKeys: {
    'pdl_apml_dossier.number': { field: 'number', label: 'N° de dossier' },
  },
  seed: seedPermisLouer,
  seedProduction: seedPermisLouerProduction,
  alarms: PDL_ALARMS,
};
