import { PretMaterielInit1795895335840 } from './1795895335840-pret-materiel-init';
import { PretIndicatorDates1795903236362 } from './1795903236362-pret-indicator-dates';

export const PRET_MIGRATIONS: Function[] = [PretMaterielInit1795895335840, PretIndicatorDates1795903236362];
