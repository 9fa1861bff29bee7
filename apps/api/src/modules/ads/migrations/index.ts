import { AdsInit1795879491875 } from './1795879491875-ads-init';

export const ADS_MIGRATIONS: Function[] = [AdsInit1795879491875];
