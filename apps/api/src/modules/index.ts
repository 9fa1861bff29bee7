import type { DirectorateModule } from '../core/module';
import { adsModule } from './ads/ads.module';
import { communicationModule } from './communication/communication.module';
import { crematoriumModule } from './crematorium/crematorium.module';
import { financesModule } from './finances/finances.module';
import { fourriereModule } from './fourriere/fourriere.module';
import { juridiqueModule } from './juridique/juridique.module';
import { permisLouerModule } from './permis-louer/permis-louer.module';
import { pretMaterielModule } from './pret-materiel/pret-materiel.module';
import { rhModule } from './rh/rh.module';

/**
 * The directorates' manifests: add one here to plug a directorate in. Directorates without a module have a light
 * manifest declaring their declared indicators. The report follows the order of the directorates, not this list.
 */
export const MODULES: DirectorateModule[] = [
  fourriereModule,
  adsModule,
  permisLouerModule,
  crematoriumModule,
  pretMaterielModule,
  rhModule,
  financesModule,
  juridiqueModule,
  communicationModule,
];
