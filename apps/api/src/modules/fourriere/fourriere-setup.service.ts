import type { EntityManager } from 'typeorm';
import { fourriereSetupItems, managerSettingOn, poundMayRecordAdoption, type LocalDate } from '@call/domain';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import type { Database } from '../../core/database/database';
import {
  requireBackdatedConfirmation,
  type FigureChange,
  type FigureImpact,
} from '../../core/indicators/figure-impact';
import type { Clock } from '../../core/kit/clock';
import {
  FOURRIERE_MANAGER_SETTING_TABLE,
  FourriereCalendarRow,
  FourriereManagerSettingRow,
  FourriereTariffRow,
} from './entities';
import { tariffOf } from './fourriere.mapper';
import type { ManagerSettingInput, ManagerSettingView, SetupItemView } from './fourriere-setup.types';
import { setManagerSetting } from './use-cases/set-manager-setting';

/** The migration's default calendar row is recorded under this name (not a director's choice). */
const DEFAULT_CALENDAR_LOGIN = 'calendrier par défaut';

/** L211-25 II on a day, read inside the caller's unit of work (the table is tiny). */
export async function poundMayAdoptOn(em: EntityManager, day: LocalDate): Promise<boolean> {
  return poundMayRecordAdoption(await em.find(FourriereManagerSettingRow), day);
}

/** What the pound lacks on a fresh installation, and the dated declaration of its manager. */
export class FourriereSetupService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly figures: FigureImpact,
  ) {}

  setup(): Promise<SetupItemView[]> {
    const today = this.clock.today();
    return this.db.read(async (em) => {
      const tariffs = (await em.find(FourriereTariffRow)).map(tariffOf);
      const byDirector = await em
        .createQueryBuilder(FourriereCalendarRow, 'c')
        .where('c.recorded_by_login <> :def', { def: DEFAULT_CALENDAR_LOGIN })
        .getExists();
      return fourriereSetupItems({ today, tariffs, calendarSetByDirector: byDirector });
    });
  }

  managerSettings(): Promise<ManagerSettingView[]> {
    return this.db.read((em) => this.views(em));
  }

  /** A declaration dated in a year already reported may rewrite its figures: refused unless confirmed. */
  setManagerSetting(
    actor: AuthUser,
    input: ManagerSettingInput,
    confirmBackdated = false,
  ): Promise<ManagerSettingView[]> {
    return this.db.transaction(async (em) => {
      await setManagerSetting(em, this.audit, actor, input);
      requireBackdatedConfirmation(input.validFrom, this.clock.today(), confirmBackdated);
      return this.views(em);
    });
  }

  /** The published figures the declaration would change (applied, measured, rolled back). */
  managerSettingImpact(actor: AuthUser, input: ManagerSettingInput): Promise<FigureChange[]> {
    return this.figures.preview([FOURRIERE_MANAGER_SETTING_TABLE], input.validFrom, this.clock.today(), (em) =>
      setManagerSetting(em, this.audit, actor, input),
    );
  }

  private async views(em: EntityManager): Promise<ManagerSettingView[]> {
    const rows = await em.find(FourriereManagerSettingRow, { order: { validFrom: 'DESC' } });
    const current = managerSettingOn(rows, this.clock.today());
    return rows.map((r) => ({
      id: r.id,
      validFrom: r.validFrom,
      managerName: r.managerName,
      refugeAssociation: r.refugeAssociation,
      note: r.note,
      inForce: r.id === current?.id,
      recordedByLogin: r.recordedByLogin,
    }));
  }
}
