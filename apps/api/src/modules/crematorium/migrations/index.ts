import { CrematoriumInit1795895080616 } from './1795895080616-crematorium-init';
import { CrematoriumCancelAndLineDays1795900996248 } from './1795900996248-crematorium-cancel-and-line-days';
import { CrematoriumAshesIndex1795903215553 } from './1795903215553-crematorium-ashes-index';

export const CREMATORIUM_MIGRATIONS: Function[] = [
  CrematoriumInit1795895080616,
  CrematoriumCancelAndLineDays1795900996248,
  CrematoriumAshesIndex1795903215553,
];
