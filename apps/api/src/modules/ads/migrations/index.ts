import { AdsInit1795880657094 } from './1795880657094-ads-init';
import { AdsTacitAfter1795892446773 } from './1795892446773-ads-tacit-after';

export const ADS_MIGRATIONS: Function[] = [AdsInit1795880657094, AdsTacitAfter1795892446773];
