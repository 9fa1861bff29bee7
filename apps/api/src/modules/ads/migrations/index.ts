import { AdsInit1795880657094 } from './1795880657094-ads-init';
import { AdsNumberCounter1795891633867 } from './1795891633867-ads-number-counter';

export const ADS_MIGRATIONS: Function[] = [AdsInit1795880657094, AdsNumberCounter1795891633867];
