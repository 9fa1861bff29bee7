import type { DirectorateModule } from '../core/module';

/** The directorate modules of the product: add a manifest here to plug a directorate in. */
export const MODULES: DirectorateModule[] = [];
