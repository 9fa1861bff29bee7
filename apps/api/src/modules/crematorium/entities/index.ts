import { CrematoriumCremation } from './crematorium-cremation.entity';
import { CrematoriumLine } from './crematorium-line.entity';
import { CrematoriumLineDay } from './crematorium-line-day.entity';
import { CrematoriumMetalAllocation, CrematoriumMetalLot } from './crematorium-metals.entity';
import { CrematoriumReschedule } from './crematorium-reschedule.entity';
import { CrematoriumScan } from './crematorium-scan.entity';

export {
  CrematoriumCremation,
  CrematoriumLine,
  CrematoriumMetalAllocation,
  CrematoriumMetalLot,
  CrematoriumReschedule,
  CrematoriumScan,
};
export const CREMATORIUM_ENTITIES = [
  CrematoriumLine,
  CrematoriumCremation,
  CrematoriumReschedule,
  CrematoriumScan,
  CrematoriumMetalLot,
  CrematoriumMetalAllocation,
  CrematoriumLineDay,
];
