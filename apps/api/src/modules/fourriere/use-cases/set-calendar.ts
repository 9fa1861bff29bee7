import type { EntityManager } from 'typeorm';
import { fourriereCalendarIssues } from '@call/domain';
import { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, forbidden } from '../../../core/errors';
import { FourriereCalendarRow } from '../entities';
import type { CalendarInput } from '../fourriere-calendar.types';

/**
 * The fourrière director sets the working calendar from a date. A new date is a new row; the same date
 * replaces that row. Animals already in custody keep their stored holding period end.
 */
export async function setCalendar(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: CalendarInput,
): Promise<string> {
  if (actor.role !== 'DIRECTOR')
    throw forbidden('Seul le directeur de la fourrière modifie le calendrier des jours ouvrés.');
  const setting = {
    validFrom: input.validFrom,
    workedHolidays: input.workedHolidays.map((h) => h.trim()),
    extraClosedDays: input.extraClosedDays.map((d) => d.trim()),
  };
  const [issue] = fourriereCalendarIssues(setting);
  if (issue) throw badInput(issue.field, issue.message);
  const values = {
    workedHolidays: setting.workedHolidays,
    extraClosedDays: [...setting.extraClosedDays].sort(),
    recordedByLogin: actor.login,
  };
  const existing = await em.findOne(FourriereCalendarRow, { where: { validFrom: input.validFrom } });
  let id: string;
  if (existing) {
    await em.update(FourriereCalendarRow, { id: existing.id }, { ...values, recordedAt: () => 'now()' });
    id = existing.id;
  } else {
    id = (await em.insert(FourriereCalendarRow, { validFrom: input.validFrom, ...values })).identifiers[0].id as string;
  }
  const pick = (c: Partial<FourriereCalendarRow>) => ({
    workedHolidays: c.workedHolidays,
    extraClosedDays: c.extraClosedDays,
  });
  const changes = { validFrom: input.validFrom, ...AuditService.diff(existing ? pick(existing) : {}, pick(values)) };
  await audit.record(em, actor, {
    entity: 'FourriereCalendar',
    entityId: id,
    action: existing ? 'update' : 'create',
    changes,
  });
  return id;
}
