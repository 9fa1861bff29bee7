import { FourriereInit1795880592822 } from './1795880592822-fourriere-init';

export const FOURRIERE_MIGRATIONS: Function[] = [FourriereInit1795880592822];
