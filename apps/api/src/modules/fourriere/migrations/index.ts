import { FourriereInit1795882179038 } from './1795882179038-fourriere-init';
import { FourriereManagerSetting1795890647817 } from './1795890647817-fourriere-manager-setting';
import { FourriereVersion1795892074548 } from './1795892074548-fourriere-version';

export const FOURRIERE_MIGRATIONS: Function[] = [
  FourriereInit1795882179038,
  FourriereManagerSetting1795890647817,
  FourriereVersion1795892074548,
];
