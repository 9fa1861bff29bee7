import { PdlInit1795894151288 } from './1795894151288-pdl-init';
import { PdlPerimeterMembership1795901270529 } from './1795901270529-pdl-perimeter-membership';

export const PDL_MIGRATIONS: Function[] = [PdlInit1795894151288, PdlPerimeterMembership1795901270529];
