// Permis de louer: ten times the 2023 report per year — ~17,000 APML dossiers (1,668 in 2023) with their visits,
// decisions and defects, 37,650 CAF controls, 10,250 reports (1,025 orders, 110 revenue orders), 500 APD dossiers and
// 21,850 GUH contacts. Shares come from the module's seed plan (permis-louer.seed-plan.ts, imported from the build):
// 13 most populated communes from the start, 5 more from 2022, 2 from 2023; 14 accords, 3 under conditions, 1 refusal,
// 2 tacit in 20; controls' outcomes and contacts' channels, persons, subjects, purposes as in 2023. Decisions and
// later steps beyond today are left open; reports go to the prefect before the law of 9 April 2024, then to the CALL.
import { counts, domain, pdlPlan, pick, share } from '../lib/generator-sql.mjs';

const { PDL_DEFECT_CATEGORIES, PDL_DEFECT_SEVERITIES, PDL_SANCTION_REGIMES } = domain;
const { PDL_JOINED_2022, PDL_JOINED_2023, PDL_DEMO_FIRST_COMMUNES, CONTROLS_2023, CONTACTS_2023 } = pdlPlan;
const STREETS = ['Rue de la Gare', 'Rue Jean Jaurès', 'Rue Émile Zola', 'Rue Basly', 'Rue Victor Hugo'];
const EPCI_FROM = PDL_SANCTION_REGIMES.find((r) => r.authority === 'EPCI_PRESIDENT').validFrom;
const TABLES = [
  'pdl_perimeter',
  'pdl_apml_dossier',
  'pdl_defect',
  'pdl_control_batch',
  'pdl_control',
  'pdl_sanction',
  'pdl_apd_dossier',
  'pdl_contact',
];

export default {
  name: 'permis_louer',
  order: 30,
  tables: TABLES,
  async generate(c, { scale, from, until, years }) {
    const per = (n) => Math.max(10, Math.round(n * years * scale));
    const named = [...PDL_JOINED_2022, ...PDL_JOINED_2023];
    // the perimeters: whole communes, from the start (the most populated others), 2022 and 2023
    await c.query(
      `INSERT INTO pdl_perimeter (commune_insee, kind, streets, published_on, valid_from)
       SELECT insee_code, 'WHOLE_COMMUNE', '[]', v - 200, v FROM (
         SELECT insee_code, CASE WHEN name = ANY($2) THEN GREATEST($4::date, '2022-01-01')
                                 WHEN name = ANY($3) THEN GREATEST($4::date, '2023-01-01') ELSE $4::date END AS v,
                name = ANY($1) AS chosen, row_number() OVER (ORDER BY name = ANY($1), population DESC) AS k
         FROM commune) c
       WHERE chosen OR k <= $5`,
      [named, PDL_JOINED_2022, PDL_JOINED_2023, from, PDL_DEMO_FIRST_COMMUNES],
    );
    // cumulative population weights of the communes in force, per era (start, 2022, 2023)
    await c.query(`CREATE TEMP TABLE bench_pdl_commune AS
      SELECT e.era, p.id AS perimeter_id, p.commune_insee AS insee,
             (sum(c.population) OVER w - c.population)::float / sum(c.population) OVER (PARTITION BY e.era) AS lo,
             sum(c.population) OVER w::float / sum(c.population) OVER (PARTITION BY e.era) AS hi
      FROM (VALUES (DATE '1900-01-01'), (DATE '2022-01-01'), (DATE '2023-01-01')) e(era)
      JOIN pdl_perimeter p ON p.valid_from <= GREATEST(e.era, (SELECT min(valid_from) FROM pdl_perimeter))
      JOIN commune c ON c.insee_code = p.commune_insee
      WINDOW w AS (PARTITION BY e.era ORDER BY p.commune_insee)`);
    const era = (d) =>
      `CASE WHEN ${d} >= '2023-01-01' THEN DATE '2023-01-01' WHEN ${d} >= '2022-01-01' THEN DATE '2022-01-01' ELSE DATE '1900-01-01' END`;
    const communeOf = (d, r) =>
      `(SELECT b FROM bench_pdl_commune b WHERE b.era = ${era(d)} AND ${r} >= b.lo AND ${r} < b.hi LIMIT 1)`;

    // APML dossiers: received 0–3 days after the deposit, tacit a month after receipt (L635-4)
    await c.query(
      `CREATE TEMP TABLE bench_apml AS
       WITH d AS (SELECT g, random() AS r_c, random() AS r_d, random() AS r_v, random() AS r_a, random() AS r_b,
                         $2::date + floor(random() * ($3::date - $2::date))::int AS dep FROM generate_series(1, $1) g)
       SELECT d.*, (${communeOf('d.dep', 'd.r_c')}).*, d.dep + floor(d.r_a * 4)::int AS rec FROM d`,
      [per(17000), from, until],
    );
    await c.query(
      `INSERT INTO pdl_apml_dossier (id, number, owner_kind, owner_name, street, commune_insee, perimeter_id, dwelling_type,
         surface_m2, floor, rooms, letting_context, deposited_on, received_on, tacit_on, complete_on, visit_planned_on,
         inspector, visited_on, decision, decided_on, reasons, works, let_on, anah_joint, created_at)
       SELECT md5('pdl' || a.g)::uuid, 'APML-' || extract(year FROM a.rec) || '-' || lpad(a.g::text, 7, '0'),
              CASE WHEN a.r_b < 0.17 THEN 'COMPANY' ELSE 'PERSON' END,
              CASE WHEN a.r_b < 0.17 THEN 'SCI Banc ' || (a.g % 97) ELSE 'Propriétaire ' || a.g END,
              (1 + a.g % 120) || ' ' || ${pick(STREETS, 'a.r_v')}, a.insee, a.perimeter_id,
              CASE WHEN a.r_b < 0.33 THEN 'APARTMENT' WHEN a.r_b < 0.36 THEN 'ROOM' ELSE 'HOUSE' END,
              25 + floor(a.r_a * 90), CASE WHEN a.r_b < 0.33 THEN a.g % 4 END, 1 + a.g % 5,
              CASE WHEN a.r_v < 0.25 THEN 'FIRST_LETTING' ELSE 'NEW_TENANT' END,
              a.dep, a.rec, (a.rec + INTERVAL '1 month')::date,
              CASE WHEN a.rec + 2 <= $1::date THEN a.rec + 2 END,
              CASE WHEN v.visited THEN a.rec + 10 END, CASE WHEN v.visited THEN 'Inspecteur ' || (a.g % 12) END,
              CASE WHEN v.visited THEN a.rec + 10 + a.g % 5 END,
              CASE WHEN v.decided THEN v.decision END, CASE WHEN v.decided THEN v.decided_on END,
              CASE WHEN v.decided AND v.decision = 'REFUS' THEN 'Installation électrique dangereuse (décret 2002-120)' END,
              CASE WHEN v.decided AND v.decision <> 'ACCORD' THEN '["Mise en sécurité électrique"]'::jsonb ELSE '[]' END,
              CASE WHEN v.decided AND v.decision <> 'REFUS' AND v.decided_on + 15 <= $1::date THEN v.decided_on + 15 END,
              a.r_v < 0.03, a.rec + TIME '10:00'
       FROM bench_apml a CROSS JOIN LATERAL (
         SELECT a.r_v >= 0.2 AND a.rec + 14 <= $1::date AS visited,
                CASE WHEN a.r_d < 0.7 THEN 'ACCORD' WHEN a.r_d < 0.85 THEN 'ACCORD_CONDITIONS' WHEN a.r_d < 0.9 THEN 'REFUS' END AS decision,
                a.r_d < 0.9 AND a.rec + 18 + a.g % 8 <= $1::date AS decided, a.rec + 18 + a.g % 8 AS decided_on) v`,
      [until],
    );
    // defects found at the visits: none for most, one or two for a third
    await c.query(
      `INSERT INTO pdl_defect (dossier_id, category, severity, description)
       SELECT d.id, ${pick(PDL_DEFECT_CATEGORIES.codes, 'r.a')}, ${pick(PDL_DEFECT_SEVERITIES.codes, 'r.a * r.b')}, NULL
       FROM pdl_apml_dossier d CROSS JOIN LATERAL generate_series(1, 2) k
       CROSS JOIN LATERAL (SELECT random() AS a, random() AS b, random() AS p WHERE d.id IS NOT NULL) r
       WHERE d.visited_on IS NOT NULL AND r.p < CASE k WHEN 1 THEN 0.33 ELSE 0.12 END`,
    );

    // CAF controls, a batch a month
    await c.query(
      `INSERT INTO pdl_control_batch (id, partner, received_on, file_name, imported_by_login)
       SELECT md5('pdlbatch' || to_char(d, 'YYYY-MM'))::uuid, 'CAF', d, 'controles-caf-' || to_char(d, 'YYYY-MM') || '.csv',
              'agent.permis_louer'
       FROM generate_series(date_trunc('month', $1::date), $2::date, INTERVAL '1 month') s(d)`,
      [from, until],
    );
    await c.query(
      `INSERT INTO pdl_control (batch_id, street, commune_insee, controlled_on, outcome)
       SELECT md5('pdlbatch' || to_char(t.d, 'YYYY-MM'))::uuid,
              (1 + t.g % 150) || ' ' || ${pick(STREETS, 't.r_a')}, (${communeOf('t.d', 't.r_c')}).insee, t.d,
              ${share(CONTROLS_2023, 't.r_o')}
       FROM (SELECT g, random() AS r_a, random() AS r_c, random() AS r_o,
                    $2::date + floor(random() * ($3::date - $2::date))::int AS d FROM generate_series(1, $1) g) t`,
      [per(37650), from, until],
    );

    // reports of letting without authorisation; a tenth lead to an order, a tenth of those to a revenue order
    await c.query(
      `INSERT INTO pdl_sanction (owner_name, street, commune_insee, offence, found_on, authority, max_fine, reported_on,
         observations_invited_on, ordered_on, amount, revenue_order_on, paid_on)
       SELECT 'Propriétaire ' || t.g, (1 + t.g % 150) || ' ' || ${pick(STREETS, 't.r_a')}, (${communeOf('t.f', 't.r_c')}).insee,
              CASE WHEN t.r_a < 0.9 THEN 'LET_WITHOUT_AUTHORISATION' ELSE 'LET_DESPITE_REFUSAL' END, t.f,
              CASE WHEN t.f + 20 >= $4::date THEN 'EPCI_PRESIDENT' ELSE 'PREFET' END,
              CASE WHEN t.r_a < 0.9 THEN 5000 ELSE 15000 END,
              CASE WHEN t.f + 20 <= $5::date THEN t.f + 20 END,
              CASE WHEN t.r_o < 0.1 AND t.f + 30 <= $5::date THEN t.f + 30 END,
              CASE WHEN t.r_o < 0.1 AND t.f + 80 <= $5::date THEN t.f + 80 END,
              CASE WHEN t.r_o < 0.1 AND t.f + 80 <= $5::date THEN 2000 END,
              CASE WHEN t.r_o < 0.01 AND t.f + 140 <= $5::date THEN t.f + 140 END,
              CASE WHEN t.r_o < 0.005 AND t.f + 200 <= $5::date THEN t.f + 200 END
       FROM (SELECT g, random() AS r_a, random() AS r_c, random() AS r_o,
                    $2::date + floor(random() * ($3::date - $2::date))::int AS f FROM generate_series(1, $1) g) t`,
      [per(10250), from, until, EPCI_FROM, until],
    );

    // APD: decided within 15 days, a quarter reach the final approval after works
    await c.query(
      `INSERT INTO pdl_apd_dossier (number, owner_name, street, commune_insee, dwellings_count, received_on, tacit_on,
         decision, decided_on, final_approval_on, anah_joint)
       SELECT 'APD-' || extract(year FROM t.d) || '-' || lpad(t.g::text, 6, '0'), 'Propriétaire ' || t.g,
              (1 + t.g % 150) || ' ' || ${pick(STREETS, 't.r_a')}, (${communeOf('t.d', 't.r_c')}).insee, 2 + t.g % 6, t.d, t.d + 15,
              CASE WHEN t.d + 12 <= $4::date THEN CASE WHEN t.r_o < 0.9 THEN 'ACCORD' ELSE 'REFUS' END END,
              CASE WHEN t.d + 12 <= $4::date THEN t.d + 12 END,
              CASE WHEN t.r_o < 0.26 AND t.d + 200 <= $4::date THEN t.d + 200 END, t.r_a < 0.05
       FROM (SELECT g, random() AS r_a, random() AS r_c, random() AS r_o,
                    $2::date + floor(random() * ($3::date - $2::date))::int AS d FROM generate_series(1, $1) g) t`,
      [per(500), from, until, until],
    );

    // GUH contacts, on working days
    await c.query(
      `INSERT INTO pdl_contact (contact_on, channel, person_type, subject, purpose, recorded_by_login)
       SELECT CASE extract(isodow FROM t.d) WHEN 6 THEN t.d - 1 WHEN 7 THEN t.d - 2 ELSE t.d END,
              ${share(CONTACTS_2023.channel, 't.a')}, ${share(CONTACTS_2023.person, 't.b')},
              ${share(CONTACTS_2023.subject, 't.c')}, ${share(CONTACTS_2023.purpose, 't.e')}, 'agent.permis_louer'
       FROM (SELECT random() AS a, random() AS b, random() AS c, random() AS e,
                    $2::date + 2 + floor(random() * ($3::date - $2::date - 2))::int AS d FROM generate_series(1, $1) g) t`,
      [per(21850), from, until],
    );
    await c.query('DROP TABLE bench_apml; DROP TABLE bench_pdl_commune');
    return counts(c, TABLES);
  },
};
