import { FourriereAnimal } from './fourriere-animal.entity';
import { FourriereCalendarRow } from './fourriere-calendar.entity';
import { FourriereManagerSettingRow } from './fourriere-manager-setting.entity';
import { FourriereOutcome } from './fourriere-outcome.entity';
import { FourriereOwnerSearch } from './fourriere-owner-search.entity';
import { FourrierePayment } from './fourriere-payment.entity';
import { FourriereTariffRow } from './fourriere-tariff.entity';
import { FourriereVetAct } from './fourriere-vet-act.entity';

export {
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
