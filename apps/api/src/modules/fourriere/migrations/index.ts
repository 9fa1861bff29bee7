import { FourriereInit1795879434244 } from './1795879434244-fourriere-init';

export const FOURRIERE_MIGRATIONS: Function[] = [FourriereInit1795879434244];
