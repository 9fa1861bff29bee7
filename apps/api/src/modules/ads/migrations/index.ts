import { AdsInit1795880657094 } from './1795880657094-ads-init';
import { AdsCommuneDepositIndex1795891693929 } from './1795891693929-ads-commune-deposit-index';

export const ADS_MIGRATIONS: Function[] = [AdsInit1795880657094, AdsCommuneDepositIndex1795891693929];
