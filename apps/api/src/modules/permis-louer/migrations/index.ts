import { PdlInit1795894151288 } from './1795894151288-pdl-init';
import { PdlPerimeterMembership1795901270529 } from './1795901270529-pdl-perimeter-membership';
import { PdlIndicatorDates1795903192000 } from './1795903192000-pdl-indicator-dates';

export const PDL_MIGRATIONS: Function[] = [
  PdlInit1795894151288,
  PdlPerimeterMembership1795901270529,
  PdlIndicatorDates1795903192000,
];
