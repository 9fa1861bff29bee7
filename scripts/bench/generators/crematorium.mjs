// Crématorium: ~21,000 cremations a year (ten times the 2,082 of the 2023 report), so ten times the two lines: twenty
// lines of five two-hour slots from 08:00, no Sundays, about two slots in three taken. Shares follow the demo seed
// (crematorium.seed.ts): 93 % adults, 1 % children, 5 % exhumations, 1 % anatomical; deaths in the communes by
// population, one in nine outside; ashes handed over 70 %, dispersed 20 %, kept 10 %; the X-ray tunnel from
// March 2022 with a detection in 97 passes, each delaying by 45–90 minutes; 2 % rescheduled; metals collected
// monthly and their proceeds spent each quarter. Nothing after today is completed.
import { counts, domain, pick } from '../lib/generator-sql.mjs';

const { DETECTED_OBJECTS, METAL_PURPOSES } = domain;
const LINES = 20;
const SLOTS = ['08:00', '10:00', '12:00', '14:00', '16:00'];
const TUNNEL_SINCE = '2022-03-01';
// the demo seed's operators and outside communes (not exported by the module)
const OPERATORS = [
  'Pompes funèbres lensoises',
  'PF de la Gohelle',
  'Funéraire de l’Artois',
  'PF Générales Liévin',
  'Maison funéraire Dupont',
  'Pompes funèbres du Bassin minier',
];
const OUTSIDE = ['Arras', 'Lille', 'Béthune', 'Douai'];
const TABLES = [
  'crematorium_line',
  'crematorium_cremation',
  'crematorium_scan',
  'crematorium_reschedule',
  'crematorium_metal_lot',
  'crematorium_metal_allocation',
];

export default {
  name: 'crematorium',
  order: 40,
  tables: TABLES,
  async generate(c, { scale, from, until }) {
    await c.query(
      `INSERT INTO crematorium_line (code, name) SELECT 'L' || k, 'Ligne ' || k FROM generate_series(3, $1) k
       ON CONFLICT DO NOTHING`,
      [LINES],
    );
    await c.query(`CREATE TEMP TABLE bench_cc AS
      SELECT insee_code AS insee, name, (sum(population) OVER w - population)::float / sum(population) OVER () AS lo,
             sum(population) OVER w::float / sum(population) OVER () AS hi
      FROM commune WINDOW w AS (ORDER BY insee_code)`);
    const taken = Math.min(1, (21000 * scale) / (313 * LINES * SLOTS.length));
    await c.query(
      `CREATE TEMP TABLE bench_crem AS
       SELECT row_number() OVER (ORDER BY s.day, s.slot, s.line) AS g, s.*, random() AS r_k, random() AS r_c,
              random() AS r_f, random() AS r_s, random() AS r_o,
              ((s.day + s.slot::time) AT TIME ZONE 'Europe/Paris') AS starts
       FROM (SELECT d::date AS day, 'L' || l AS line, t AS slot
             FROM generate_series($2::date, $3::date, INTERVAL '1 day') d, generate_series(1, $4) l, unnest($5::text[]) t
             WHERE extract(isodow FROM d) <> 7) s
       WHERE random() < $1`,
      [taken, from, until, LINES, SLOTS],
    );
    await c.query(
      `INSERT INTO crematorium_cremation (id, line_code, starts_at, ends_at, cremation_on, kind, deceased_last_name,
         deceased_first_names, birth_on, death_at, death_commune_insee, death_commune_name, residence_commune_name,
         operator_name, authorisation_on, authorisation_commune, prosthesis_certificate, ceremony_room, completed_at,
         ashes_fate, ashes_on, ashes_person, booked_by_login, booked_at)
       SELECT md5('crematorium' || x.g)::uuid, x.line, x.starts, x.starts + INTERVAL '2 hours', x.day,
              CASE WHEN x.r_k < 0.93 THEN 'ADULT' WHEN x.r_k < 0.94 THEN 'CHILD' WHEN x.r_k < 0.99 THEN 'EXHUMATION' ELSE 'ANATOMICAL' END,
              'DÉFUNT ' || x.g, 'Banc d’essai', DATE '1930-01-01' + floor(x.r_s * 25000)::int,
              x.starts - INTERVAL '2 days' - floor(x.r_o * 3) * INTERVAL '1 day', c.insee, COALESCE(c.name, ${pick(OUTSIDE, 'x.r_s')}),
              COALESCE(c.name, ${pick(OUTSIDE, 'x.r_o')}), ${pick(OPERATORS, 'x.r_o')}, x.day - 1, COALESCE(c.name, 'Arras'),
              true, x.r_s < 0.33,
              CASE WHEN x.day < $1::date THEN x.starts + INTERVAL '100 minutes' END,
              CASE WHEN x.day + 2 <= $1::date THEN f.fate END, CASE WHEN x.day + 2 <= $1::date THEN x.day + f.delay END,
              CASE WHEN x.day + 2 <= $1::date THEN CASE f.fate WHEN 'DISPERSED' THEN 'Agent du crématorium' ELSE 'Famille du défunt' END END,
              'agent.crematorium', x.starts - INTERVAL '3 days'
       FROM bench_crem x
       LEFT JOIN bench_cc c ON x.r_c < 8.0 / 9 AND x.r_c * 9 / 8 >= c.lo AND x.r_c * 9 / 8 < c.hi
       CROSS JOIN LATERAL (SELECT CASE WHEN x.r_f < 0.7 THEN 'HANDED_OVER' WHEN x.r_f < 0.9 THEN 'DISPERSED' ELSE 'KEPT' END AS fate,
                                  CASE WHEN x.r_f < 0.9 THEN 2 ELSE 1 END AS delay) f`,
      [until],
    );
    await c.query(
      `INSERT INTO crematorium_scan (cremation_id, scanned_at, scanned_on, result, object_type, authorised_by, witnesses,
         family_informed_at, opened_at, object_removed, delay_minutes, closed_at, recorded_by_login, recorded_at)
       SELECT md5('crematorium' || x.g)::uuid, x.starts - INTERVAL '30 minutes', x.day, CASE WHEN d THEN 'DETECTION' ELSE 'CLEAR' END,
              CASE WHEN d THEN ${pick(DETECTED_OBJECTS.codes, 'x.r_o')} END,
              CASE WHEN d THEN 'Responsable du crématorium' END, CASE WHEN d THEN 'Deux agents techniques' END,
              CASE WHEN d THEN x.starts - INTERVAL '30 minutes' END, CASE WHEN d THEN x.starts - INTERVAL '10 minutes' END,
              CASE WHEN d THEN 'Objet retiré et remis à l’opérateur' END, CASE WHEN d THEN 45 + floor(x.r_o * 4)::int * 15 END,
              CASE WHEN d THEN x.starts + INTERVAL '30 minutes' END, 'agent.crematorium', x.starts - INTERVAL '25 minutes'
       FROM bench_crem x CROSS JOIN LATERAL (SELECT x.r_s * 97 < 1 AS d) k
       WHERE x.day >= $1::date AND x.day < $2::date`,
      [TUNNEL_SINCE, until],
    );
    await c.query(
      `INSERT INTO crematorium_reschedule (cremation_id, from_line_code, from_starts_at, to_line_code, to_starts_at, reason,
         recorded_by_login, recorded_at)
       SELECT md5('crematorium' || x.g)::uuid, x.line, x.starts - INTERVAL '1 day', x.line, x.starts,
              'Demande de la famille', 'agent.crematorium', x.starts - INTERVAL '2 days'
       FROM bench_crem x WHERE x.g % 50 = 7`,
    );
    // metals: a lot a month (ten times the demo's weight), proceeds spent each quarter on both purposes
    await c.query(
      `INSERT INTO crematorium_metal_lot (collected_on, weight_kg, buyer, proceeds_cents, recorded_by_login)
       SELECT d, round((600 + random() * 400)::numeric, 2), ${pick(['Recyclage du Nord', 'Métaux Précieux SA'], 'random()')},
              (150000 + floor(random() * 100000))::int, 'agent.crematorium'
       FROM generate_series($1::date, $2::date, INTERVAL '1 month') d`,
      [from, until],
    );
    await c.query(
      `INSERT INTO crematorium_metal_allocation (allocated_on, purpose, beneficiary, amount_cents, recorded_by_login)
       SELECT d, p, CASE p WHEN 'FUNERALS_WITHOUT_RESOURCES' THEN 'Obsèques de personnes sans ressources' ELSE 'Association d’intérêt général' END,
              (200000 + floor(random() * 100000))::int, 'agent.crematorium'
       FROM generate_series($1::date, $2::date, INTERVAL '3 months') d, unnest($3::text[]) p`,
      [from, until, METAL_PURPOSES.codes],
    );
    await c.query('DROP TABLE bench_crem; DROP TABLE bench_cc');
    return counts(c, TABLES);
  },
};
