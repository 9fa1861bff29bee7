import { PdlInit1795894151288 } from './1795894151288-pdl-init';

export const PDL_MIGRATIONS: Function[] = [PdlInit1795894151288];
