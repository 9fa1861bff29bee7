import { daysBetween, frenchDay, PRET_UNITS, type LocalDate } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AlarmDefinition, AlarmPage } from '../../core/alarms/alarm-definition';
import { bookedOnSql, stockOnSql } from './pret-stock.queries';

/**
 * For each request still to come (from today), its first day where a kind is short: an approved request is short
 * when all approved requests together hold more than the stock that day (stock lost, scrapped, put out of service
 * after the answer); a waiting request is short when what it asks does not fit in what the approved ones leave.
 * One statement feeds both the count and the page.
 */
const SHORT_DAYS = `
  SELECT r.id, r.status, r.start_on, r.event_name, co.name AS commune, k.name AS kind, k.unit, d.day::date AS day,
         ${bookedOnSql('l.kind_id', 'd.day::date')} + CASE WHEN r.status = 'REQUESTED' THEN l.requested ELSE 0 END
           - ${stockOnSql('l.kind_id', 'd.day::date')} AS missing
    FROM pret_request r
    JOIN pret_request_line l ON l.request_id = r.id
    JOIN pret_kind k ON k.id = l.kind_id
    LEFT JOIN commune co ON co.insee_code = r.commune_insee
    CROSS JOIN LATERAL generate_series(GREATEST(r.start_on, $1::date), r.end_on, interval '1 day') AS d(day)
   WHERE r.end_on >= $1::date AND r.status IN ('REQUESTED', 'APPROVED', 'PREPARED')`;

const FIRST_SHORT = `
  SELECT DISTINCT ON (s.id) s.* FROM (${SHORT_DAYS}) s WHERE s.missing > 0 ORDER BY s.id, s.day, s.missing DESC`;

interface ShortRow {
  id: string;
  status: string;
  start_on: string;
  event_name: string;
  commune: string | null;
  kind: string;
  unit: string;
  day: string | Date;
  missing: number | string;
}

const isoDay = (d: string | Date): LocalDate => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

async function shortRequests(
  em: EntityManager,
  today: LocalDate,
  page: { limit: number; offset: number },
): Promise<AlarmPage> {
  const [{ total }] = await em.query<{ total: string }[]>(`SELECT COUNT(*) AS total FROM (${FIRST_SHORT}) f`, [today]);
  const rows = await em.query<ShortRow[]>(
    `SELECT f.*, to_char(f.day, 'YYYY-MM-DD') AS day FROM (${FIRST_SHORT}) f
      ORDER BY f.day, f.start_on, f.id OFFSET $2 LIMIT $3`,
    [today, page.offset, page.limit],
  );
  return {
    total: Number(total),
    rows: rows.map((r) => {
      const day = isoDay(r.day);
      const missing = Number(r.missing);
      const unit = PRET_UNITS.is(r.unit) ? PRET_UNITS.of(r.unit)[missing > 1 ? 'plural' : 'label'] : r.unit;
      const when = day === today ? 'aujourd’hui' : `dans ${daysBetween(today, day)} j`;
      return {
        id: r.id,
        reference: `${r.commune ?? ''} ${frenchDay(isoDay(r.start_on))}`.trim(),
        label: `${r.event_name} (${r.status === 'REQUESTED' ? 'demande en attente' : 'demande accordée'})`,
        dueDate: day,
        detail: `${r.kind} : ${missing} ${unit} manquant${missing > 1 ? 's' : ''} le ${frenchDay(day)} (${when})`,
      };
    }),
  };
}

export const PRET_MATERIEL_ALARMS: AlarmDefinition[] = [
  {
    key: 'pret_materiel.materiel_insuffisant',
    label: 'Matériel insuffisant',
    description:
      'Demandes à venir qu’un jour le stock ne couvre pas : accordées au-delà du stock restant (perte, rebut, réparation), ou en attente sans assez de matériel disponible.',
    severity: 'DANGER',
    recordPath: (id) => `/pret-materiel/demandes/${id}`,
    find: shortRequests,
  },
];
