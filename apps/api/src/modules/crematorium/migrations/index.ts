import { CrematoriumInit1795895080616 } from './1795895080616-crematorium-init';

export const CREMATORIUM_MIGRATIONS: Function[] = [CrematoriumInit1795895080616];
