import { FourriereAnimal } from './fourriere-animal.entity';
import { FOURRIERE_CALENDAR_TABLE, FourriereCalendarRow } from './fourriere-calendar.entity';
import { FOURRIERE_MANAGER_SETTING_TABLE, FourriereManagerSettingRow } from './fourriere-manager-setting.entity';
import { FourriereOutcome } from './fourriere-outcome.entity';
import { FourriereOwnerSearch } from './fourriere-owner-search.entity';
import { FourrierePayment } from './fourriere-payment.entity';
import { FOURRIERE_TARIFF_TABLE, FourriereTariffRow } from './fourriere-tariff.entity';
import { FourriereVetAct } from './fourriere-vet-act.entity';

export {
  FOURRIERE_CALENDAR_TABLE,
  FOURRIERE_MANAGER_SETTING_TABLE,
  FOURRIERE_TARIFF_TABLE,
  FourriereAnimal,
  FourriereCalendarRow,
  FourriereManagerSettingRow,
  FourriereOutcome,
  FourriereOwnerSearch,
  FourrierePayment,
  FourriereTariffRow,
  FourriereVetAct,
};
export const FOURRIERE_ENTITIES = [
  FourriereAnimal,
  FourriereOutcome,
  FourriereOwnerSearch,
  FourrierePayment,
  FourriereTariffRow,
  FourriereVetAct,
  FourriereCalendarRow,
  FourriereManagerSettingRow,
];
