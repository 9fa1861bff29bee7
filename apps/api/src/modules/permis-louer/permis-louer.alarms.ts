import type { EntityManager } from 'typeorm';
import { addDays, daysBetween, frenchDay, PDL_TACIT_RED_UNDER_DAYS, type LocalDate } from '@call/domain';
import type { AlarmDefinition, AlarmPage } from '../../core/alarms/alarm-definition';
import { pageOf } from '../../core/kit/paging';
import { PdlApmlDossier } from './entities';

/**
 * APML dossiers without a decision whose tacit authorisation (L635-4, one month after the récépissé) comes in
 * fewer than seven days: the rule that turns the queue red. A dossier already tacit is no longer listed: the
 * authorisation is acquired, a refusal would be a withdrawal.
 */
async function closeToTacit(
  em: EntityManager,
  today: LocalDate,
  page: { limit: number; offset: number },
): Promise<AlarmPage> {
  const qb = em
    .createQueryBuilder(PdlApmlDossier, 'd')
    .innerJoinAndSelect('d.commune', 'c')
    .where('d.decision IS NULL')
    .andWhere('d.tacit_on > :today AND d.tacit_on < :limit', {
      today,
      limit: addDays(today, PDL_TACIT_RED_UNDER_DAYS),
    })
    .orderBy('d.tacit_on', 'ASC')
    .addOrderBy('d.number', 'ASC');
  // the core's paging: the total counted by the same statement as the page
  const { items, total } = await pageOf(qb, page, (rows) =>
    rows.map((d) => {
      const days = daysBetween(today, d.tacitOn);
      return {
        id: d.id,
        reference: d.number,
        label: `${d.ownerName} — ${d.street}, ${d.commune.name}`,
        dueDate: d.tacitOn,
        detail: `Tacite le ${frenchDay(d.tacitOn)} (dans ${days} jour${days > 1 ? 's' : ''}) sans décision notifiée`,
      };
    }),
  );
  return { total, rows: items };
}

export const PDL_ALARMS: AlarmDefinition[] = [
  {
    key: 'permis_louer.apml_close_to_tacit',
    label: 'APML bientôt tacites',
    description:
      'Dossiers APML sans décision dont l’autorisation tacite (un mois après le récépissé) est acquise dans moins de sept jours.',
    severity: 'DANGER',
    recordPath: (id) => `/permis-louer/apml/${id}`,
    find: closeToTacit,
  },
];
