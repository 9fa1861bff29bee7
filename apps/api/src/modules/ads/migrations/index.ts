import { AdsInit1795880657094 } from './1795880657094-ads-init';
import { AdsNumberCounter1795891633867 } from './1795891633867-ads-number-counter';
import { AdsVersion1795892070981 } from './1795892070981-ads-version';
import { AdsClosedIndex1795892519787 } from './1795892519787-ads-closed-index';

export const ADS_MIGRATIONS: Function[] = [
  AdsInit1795880657094,
  AdsNumberCounter1795891633867,
  AdsVersion1795892070981,
  AdsClosedIndex1795892519787,
];
