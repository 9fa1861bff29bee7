import type { EntityManager } from 'typeorm';
import {
  fourriereCalendarOn,
  fourriereCalendarStatus,
  workingCalendarOf,
  type LocalDate,
  type WorkingCalendar,
} from '@call/domain';
import type { AuditService } from '../../core/audit/audit.service';
import type { AuthUser } from '../../core/context';
import type { Database } from '../../core/database/database';
import {
  requireBackdatedConfirmation,
  type FigureChange,
  type FigureImpact,
} from '../../core/indicators/figure-impact';
import { FOURRIERE_CALENDAR_TABLE, FourriereCalendarRow } from './entities';
import type { CalendarInput, CalendarSettingView, CalendarView } from './fourriere-calendar.types';
import type { Clock } from '../../core/kit/clock';
import { setCalendar } from './use-cases/set-calendar';

/** The working calendar in force on a day, read inside the caller's unit of work (the setting table is tiny). */
export async function workingCalendarOn(em: EntityManager, day: LocalDate): Promise<WorkingCalendar> {
  return workingCalendarOf(fourriereCalendarOn(await em.find(FourriereCalendarRow), day));
}

function settingView(
  r: FourriereCalendarRow,
  all: readonly FourriereCalendarRow[],
  today: LocalDate,
): CalendarSettingView {
  return {
    id: r.id,
    validFrom: r.validFrom,
    workedHolidays: r.workedHolidays,
    extraClosedDays: r.extraClosedDays,
    status: fourriereCalendarStatus(all, r, today),
    recordedByLogin: r.recordedByLogin,
    recordedAt: new Date(r.recordedAt).toISOString(),
  };
}

function calendarView(rows: FourriereCalendarRow[], today: LocalDate): CalendarView {
  const history = [...rows]
    .sort((a, b) => b.validFrom.localeCompare(a.validFrom))
    .map((r) => settingView(r, rows, today));
  return { inForce: history.find((s) => s.status === 'IN_FORCE') ?? null, history };
}

/** The pound's dated working calendar: read by the directorate, set by its director (audited, one transaction). */
export class FourriereCalendarService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly figures: FigureImpact,
  ) {}

  calendar(): Promise<CalendarView> {
    const today = this.clock.today();
    return this.db.read(async (em) => calendarView(await em.find(FourriereCalendarRow), today));
  }

  /** A calendar dated in a year already reported may rewrite its figures: refused unless confirmed. */
  setCalendar(actor: AuthUser, input: CalendarInput, confirmBackdated = false): Promise<CalendarView> {
    return this.db.transaction(async (em) => {
      await setCalendar(em, this.audit, actor, input);
      requireBackdatedConfirmation(input.validFrom, this.clock.today(), confirmBackdated);
      return calendarView(await em.find(FourriereCalendarRow), this.clock.today());
    });
  }

  /** The published figures the calendar would change (applied, measured, rolled back). */
  calendarImpact(actor: AuthUser, input: CalendarInput): Promise<FigureChange[]> {
    return this.figures.preview([FOURRIERE_CALENDAR_TABLE], input.validFrom, this.clock.today(), (em) =>
      setCalendar(em, this.audit, actor, input),
    );
  }
}
