import { addDays, daysBetween, urnKeptUntil, type LocalDate } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AlarmDefinition, AlarmPage } from '../../core/alarms/alarm-definition';
import { CrematoriumCremation } from './entities';
import { cremationReference } from './crematorium.mapper';

/** Days before the year is up when an urn kept at the crematorium is flagged (the domain's `urnAlertOn`). */
const LEAD_DAYS = 30;
/** The last day an urn may stay (CGCT L2223-18-1: one year from the cremation), as the domain's `urnKeptUntil`. */
const KEPT_UNTIL = `(c.cremation_on + interval '1 year')::date`;

/**
 * Urns still kept at the crematorium whose last day falls in [from, to] (an open bound when absent), the earliest
 * first: one query builder gives both the total and the page, so what is counted is what is listed.
 */
async function keptUrns(
  em: EntityManager,
  range: { from?: LocalDate; to?: LocalDate },
  page: { limit: number; offset: number },
  detail: (keptUntil: LocalDate) => string,
): Promise<AlarmPage> {
  const qb = em
    .createQueryBuilder(CrematoriumCremation, 'c')
    .where(`c.ashes_fate = 'KEPT' AND c.cancelled_at IS NULL`)
    .orderBy('c.cremation_on', 'ASC')
    .addOrderBy('c.number', 'ASC');
  if (range.from) qb.andWhere(`${KEPT_UNTIL} >= :from`, { from: range.from });
  if (range.to) qb.andWhere(`${KEPT_UNTIL} <= :to`, { to: range.to });
  const total = await qb.getCount();
  const rows = await qb.offset(page.offset).limit(page.limit).getMany();
  return {
    total,
    rows: rows.map((c) => {
      const keptUntil = urnKeptUntil(c.cremationOn);
      return {
        id: c.id,
        reference: cremationReference(c.number),
        label: `Urne de ${c.deceasedLastName} ${c.deceasedFirstNames} — ${c.operatorName}`,
        dueDate: keptUntil,
        detail: detail(keptUntil),
      };
    }),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
const recordPath = (id: string) => `/crematorium/cremations/${id}`;

export const CREMATORIUM_ALARMS: AlarmDefinition[] = [
  {
    key: 'crematorium.urnes_bientot_un_an',
    label: 'Urnes bientôt conservées depuis un an',
    description: `Urnes conservées au crématorium dont le délai d’un an (CGCT L2223-18-1) échoit dans les ${LEAD_DAYS} jours : prévenir la famille.`,
    severity: 'WARNING',
    recordPath,
    find: (em, today, page) =>
      keptUrns(
        em,
        { from: today, to: addDays(today, LEAD_DAYS) },
        page,
        (until) => `Délai d’un an atteint dans ${plural(daysBetween(today, until), 'jour')}`,
      ),
  },
  {
    key: 'crematorium.urnes_plus_un_an',
    label: 'Urnes conservées au-delà d’un an',
    description:
      'Urnes conservées au crématorium au-delà du délai d’un an (CGCT L2223-18-1) : les cendres doivent être dispersées au jardin du souvenir.',
    severity: 'DANGER',
    recordPath,
    find: (em, today, page) =>
      keptUrns(
        em,
        { to: addDays(today, -1) },
        page,
        (until) => `Délai dépassé de ${plural(daysBetween(until, today), 'jour')}`,
      ),
  },
];
