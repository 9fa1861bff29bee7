import { ADS_DOSSIER_TYPES, ADS_OPEN_STATUSES, addDays, daysBetween } from '@call/domain';
import type { AlarmDefinition } from '../../core/alarms/alarm-definition';
import { pageOf } from '../../core/kit/paging';
import { AdsDossier } from './entities/ads-dossier.entity';

/** How many days ahead of a tacit decision the instruction head wants to see it coming. */
const ADS_TACIT_ALARM_DAYS = 7;

/** Open dossiers whose silence gives a decision within a week (R*423-23 and s.: the deadline runs by itself). */
const closeToTacit: AlarmDefinition = {
  key: 'ads.close_to_tacit',
  label: 'Dossiers proches d’une décision tacite',
  description: `Dossiers en cours d’instruction dont le délai expire dans ${ADS_TACIT_ALARM_DAYS} jours ou moins`,
  severity: 'WARNING',
  recordPath: (id) => `/ads/dossiers/${id}`,
  async find(em, today, page) {
    const qb = em
      .createQueryBuilder(AdsDossier, 'd')
      .leftJoinAndSelect('d.commune', 'c')
      .where('d.status IN (:...open)', { open: ADS_OPEN_STATUSES })
      .andWhere('d.deadline BETWEEN CAST(:today AS date) AND CAST(:limit AS date)', {
        today,
        limit: addDays(today, ADS_TACIT_ALARM_DAYS),
      })
      .orderBy('d.deadline', 'ASC')
      .addOrderBy('d.number', 'ASC');
    const { items, total } = await pageOf(qb, page, (rows) =>
      rows.map((d) => {
        const left = daysBetween(today, d.deadline!);
        return {
          id: d.id,
          reference: d.number,
          label: `${ADS_DOSSIER_TYPES.of(d.type).label} · ${d.applicantName} · ${d.commune?.name ?? d.communeInsee}`,
          dueDate: d.deadline,
          detail: left === 0 ? 'Décision tacite ce soir' : `Décision tacite dans ${left} jour${left > 1 ? 's' : ''}`,
        };
      }),
    );
    return { total, rows: items };
  },
};

export const ADS_ALARMS: AlarmDefinition[] = [closeToTacit];
