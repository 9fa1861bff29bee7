import { PretMaterielInit1795895335840 } from './1795895335840-pret-materiel-init';

export const PRET_MIGRATIONS: Function[] = [PretMaterielInit1795895335840];
