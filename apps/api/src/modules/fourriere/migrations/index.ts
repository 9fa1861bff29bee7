import { FourriereInit1795882179038 } from './1795882179038-fourriere-init';

export const FOURRIERE_MIGRATIONS: Function[] = [FourriereInit1795882179038];
