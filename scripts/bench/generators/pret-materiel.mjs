// Prêt de matériel: ~2,000 requests of the communes a year (ten times the demo's ~165–200), each for two to four
// kinds, with ten times the stock; every 12th refused, the others handed over and returned (or still out when the
// event is not over); one in twenty returned with damaged items, repaired within ten days; ~3,300 interventions a
// year for the CALL's services (ten times 328); acquisitions each spring. Shares and kinds as in the demo seed
// (pret-materiel.seed.ts): events from mid-February to mid-December, asked a month before, answered within a week.
import { counts, domain, pick } from '../lib/generator-sql.mjs';

const { PRET_INTERVENTION_KINDS } = domain;
// the demo seed's kinds (not exported by the module), stock ten times
const KINDS = [
  ['Barrières de sécurité', 'PIECE', 2000],
  ['Chaises', 'PIECE', 15000],
  ['Grilles d’exposition', 'PIECE', 1500],
  ['Podium', 'M2', 1000],
  ['Sonorisation', 'PIECE', 40],
  ['Tables', 'PIECE', 3000],
  ['Tonnelles', 'PIECE', 400],
];
const SERVICES = ['Communication', 'Direction générale', 'Ressources humaines', 'Culture', 'Développement économique'];
const TABLES = [
  'pret_kind',
  'pret_request',
  'pret_request_line',
  'pret_repair',
  'pret_stock_movement',
  'pret_intervention',
];

export default {
  name: 'pret_materiel',
  order: 50,
  tables: TABLES,
  async generate(c, { scale, from, until, years }) {
    const per = (n) => Math.max(10, Math.round(n * years * scale));
    await c.query(
      `INSERT INTO pret_kind (id, name, unit) SELECT md5('pretkind' || k.name)::uuid, k.name, k.unit
       FROM unnest($1::text[], $2::text[]) k(name, unit) ON CONFLICT DO NOTHING`,
      [KINDS.map((k) => k[0]), KINDS.map((k) => k[1])],
    );
    await c.query(
      `INSERT INTO pret_stock_movement (kind_id, moved_on, movement, quantity, recorded_by_login)
       SELECT md5('pretkind' || k.name)::uuid, $1::date, 'ACQUISITION', k.stock, 'agent.pret_materiel'
       FROM unnest($2::text[], $3::int[]) k(name, stock)
       UNION ALL
       SELECT md5('pretkind' || k.name)::uuid, make_date(y, 3, 20), 'ACQUISITION', 50, 'agent.pret_materiel'
       FROM generate_series(extract(year FROM $1::date)::int + 1, extract(year FROM $4::date)::int) y,
            unnest($2::text[]) k(name) WHERE make_date(y, 3, 20) <= $4::date AND k.name IN ('Podium', 'Grilles d’exposition')`,
      [from, KINDS.map((k) => k[0]), KINDS.map((k) => k[2]), until],
    );
    // requests: the commune by population, an event of one to three days between 15 February and 15 December
    await c.query(
      `CREATE TEMP TABLE bench_pret AS
       WITH cc AS (SELECT insee_code AS insee, (sum(population) OVER w - population)::float / sum(population) OVER () AS lo,
                          sum(population) OVER w::float / sum(population) OVER () AS hi
                   FROM commune WINDOW w AS (ORDER BY insee_code)),
       d AS (SELECT g, random() AS r_c, random() AS r_a, random() AS r_b,
                    make_date(y, 2, 15) + floor(random() * 300)::int AS start_on
             FROM generate_series(1, $1) g,
                  LATERAL (SELECT extract(year FROM $2::date)::int + floor(random() * ($4 + 1))::int AS y WHERE g > 0) yy)
       SELECT d.*, d.start_on + d.g % 3 AS end_on, d.start_on - 30 AS requested_on, d.start_on - 25 AS answered_on,
              d.g % 12 = 11 AS refused, d.r_b < 0.05 AND d.g % 12 <> 11 AS damaged,
              (SELECT insee FROM cc WHERE d.r_c >= cc.lo AND d.r_c < cc.hi) AS insee
       FROM d WHERE d.start_on - 30 BETWEEN $2::date AND $3::date`,
      [per(2000 * 1.1), from, until, years],
    );
    await c.query(
      `INSERT INTO pret_request (id, commune_insee, event_name, start_on, end_on, handover, status, requested_on, answered_on,
         refusal_reason, returned_on, recorded_by_login, created_at)
       SELECT md5('pret' || r.g)::uuid, r.insee, 'Manifestation ' || r.g, r.start_on, r.end_on,
              CASE WHEN r.g % 2 = 1 THEN 'PICKUP' ELSE 'DELIVERY' END,
              CASE WHEN r.answered_on > $1::date THEN 'REQUESTED' WHEN r.refused THEN 'REFUSED'
                   WHEN r.end_on + 1 <= $1::date THEN 'CLOSED' WHEN r.start_on <= $1::date THEN 'HANDED_OVER'
                   WHEN r.start_on - 2 <= $1::date THEN 'PREPARED' ELSE 'APPROVED' END,
              r.requested_on, CASE WHEN r.answered_on <= $1::date THEN r.answered_on END,
              CASE WHEN r.refused AND r.answered_on <= $1::date THEN 'Matériel déjà réservé sur ces dates' END,
              CASE WHEN NOT r.refused AND r.end_on + 1 <= $1::date THEN r.end_on + 1 END, 'agent.pret_materiel', r.requested_on
       FROM bench_pret r`,
      [until],
    );
    await c.query(
      `INSERT INTO pret_request_line (request_id, kind_id, requested, approved, returned, missing, damaged)
       SELECT p.id, md5('pretkind' || k.name)::uuid, q.n,
              CASE WHEN p.status NOT IN ('REQUESTED','REFUSED') THEN q.n END,
              CASE WHEN p.status = 'CLOSED' THEN q.n - q.dmg END, CASE WHEN p.status = 'CLOSED' THEN 0 END,
              CASE WHEN p.status = 'CLOSED' THEN q.dmg END
       FROM bench_pret r JOIN pret_request p ON p.id = md5('pret' || r.g)::uuid
       CROSS JOIN LATERAL unnest($1::text[]) WITH ORDINALITY k(name, i)
       CROSS JOIN LATERAL (SELECT 10 + (r.g + k.i) % 8 * 5 AS n,
                                  CASE WHEN r.damaged AND k.name = 'Tables' THEN 2 ELSE 0 END AS dmg) q
       WHERE k.name IN ('Tables', 'Chaises') OR (r.g + k.i) % 5 = 0`,
      [KINDS.map((k) => k[0])],
    );
    await c.query(
      `INSERT INTO pret_repair (id, kind_id, request_id, quantity, cause, opened_on, closed_on, outcome, hours, cost_cents)
       SELECT md5('pretrepair' || l.id)::uuid, l.kind_id, l.request_id, l.damaged, 'LOAN_DAMAGE', p.returned_on,
              CASE WHEN p.returned_on + 10 <= $1::date THEN p.returned_on + 10 END,
              CASE WHEN p.returned_on + 10 <= $1::date THEN 'BACK_IN_SERVICE' END,
              CASE WHEN p.returned_on + 10 <= $1::date THEN 1.5 END, CASE WHEN p.returned_on + 10 <= $1::date THEN 4500 END
       FROM pret_request_line l JOIN pret_request p ON p.id = l.request_id WHERE l.damaged > 0`,
      [until],
    );
    await c.query(
      `INSERT INTO pret_stock_movement (kind_id, moved_on, movement, quantity, repair_id, recorded_by_login)
       SELECT r.kind_id, v.d, v.m, r.quantity, r.id, 'agent.pret_materiel'
       FROM pret_repair r CROSS JOIN LATERAL (VALUES (r.opened_on, 'OUT_OF_SERVICE'), (r.closed_on, 'BACK_IN_SERVICE')) v(d, m)
       WHERE v.d IS NOT NULL`,
    );
    await c.query(
      `INSERT INTO pret_intervention (service, kind, done_on, agent_count, hours, recorded_by_login, recorded_at)
       SELECT ${pick(SERVICES, 't.a')}, ${pick(PRET_INTERVENTION_KINDS.codes, 't.b')}, t.d, 1 + floor(t.b * 3)::int,
              (ARRAY[2.00, 2.00, 2.50, 2.00])[1 + floor(t.a * 4)::int], 'agent.pret_materiel', t.d + TIME '17:00'
       FROM (SELECT random() AS a, random() AS b, $2::date + floor(random() * ($3::date - $2::date))::int AS d
             FROM generate_series(1, $1) g) t`,
      [per(3300), from, until],
    );
    await c.query('DROP TABLE bench_pret');
    return counts(c, TABLES);
  },
};
