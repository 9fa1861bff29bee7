import { AdsInit1795880657094 } from './1795880657094-ads-init';
import { AdsClosedIndex1795892519787 } from './1795892519787-ads-closed-index';

export const ADS_MIGRATIONS: Function[] = [AdsInit1795880657094, AdsClosedIndex1795892519787];
