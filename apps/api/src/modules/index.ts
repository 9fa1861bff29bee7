import type { DirectorateModule } from '../core/module';
import { adsModule } from './ads/ads.module';
import { fourriereModule } from './fourriere/fourriere.module';

/** The directorate modules of the product: add a manifest here to plug a directorate in. */
export const MODULES: DirectorateModule[] = [fourriereModule, adsModule];
