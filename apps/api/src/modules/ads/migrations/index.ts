import { AdsInit1795880657094 } from './1795880657094-ads-init';

export const ADS_MIGRATIONS: Function[] = [AdsInit1795880657094];
