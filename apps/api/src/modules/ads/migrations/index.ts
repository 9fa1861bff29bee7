import { AdsInit1795880657094 } from './1795880657094-ads-init';
import { AdsNumberCounter1795891633867 } from './1795891633867-ads-number-counter';
import { AdsCommuneDepositIndex1795891693929 } from './1795891693929-ads-commune-deposit-index';
import { AdsVersion1795892070981 } from './1795892070981-ads-version';
import { AdsTacitAfter1795892446773 } from './1795892446773-ads-tacit-after';
import { AdsClosedIndex1795892519787 } from './1795892519787-ads-closed-index';
import { AdsDepositedNumberIndex1795900000000 } from './1795900000000-ads-deposited-number-index';

export const ADS_MIGRATIONS: Function[] = [
  AdsInit1795880657094,
  AdsNumberCounter1795891633867,
  AdsCommuneDepositIndex1795891693929,
  AdsVersion1795892070981,
  AdsTacitAfter1795892446773,
  AdsClosedIndex1795892519787,
  AdsDepositedNumberIndex1795900000000,
];
