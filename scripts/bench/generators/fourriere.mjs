// Fourrière: ~4,700 animals a year (ten times the 472 of the 2023 report: 386 dogs, 86 cats), with their owner searches,
// vet acts, outcomes and payments. Shares follow the demo plan (apps/api/src/modules/fourriere/fourriere.seed-plan.ts):
// 82 % dogs, 7 % of dogs on judicial requisition; dogs mostly returned (62 %) or ceded to an association, cats mostly
// released or ceded; returns within a week, other outcomes after the holding period; outcomes beyond today left open
// (the animal is still present). Captures by commune weighted by population; fees from the default tariff.
const pick = (list, r) =>
  `(ARRAY[${list.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}])[1 + floor(${r} * ${list.length})::int]`;
const SURNAMES = [
  'Martin',
  'Lefebvre',
  'Dubois',
  'Leroy',
  'Moreau',
  'Lemaire',
  'Dupont',
  'Duhamel',
  'Lecomte',
  'Carpentier',
  'Delattre',
  'Wojcik',
  'Kowalski',
  'Caron',
];
const FIRST = ['Julie', 'Kevin', 'Sandrine', 'Laurent', 'Nathalie', 'Mickaël', 'Céline', 'Jérôme', 'Sabrina', 'David'];
const ASSOCIATIONS = [
  'SPA de Lens',
  'Refuge du Pays de l’Artois',
  'Association Les 4 Pattes de Liévin',
  'École du Chat du Bassin minier',
];
const DOG_BREEDS = [
  'Croisé',
  'Berger allemand',
  'Malinois',
  'Staffordshire',
  'Labrador',
  'Jack Russell',
  'Yorkshire',
  'Beagle',
];
const CAT_BREEDS = ['Européen', 'Européen', 'Européen', 'Siamois', 'Maine coon', 'Persan'];
const COLOURS = ['Noir', 'Blanc', 'Fauve', 'Bringé', 'Tricolore', 'Noir et blanc', 'Tigré', 'Roux', 'Gris'];
const PLACES = [
  'rue Jean Jaurès',
  'place de la République',
  'cité des Provinces',
  'rue Émile Zola',
  'chemin du Marais',
  'parc municipal',
];

export default {
  name: 'fourriere',
  order: 20,
  tables: [
    'fourriere_animal',
    'fourriere_owner_search',
    'fourriere_vet_act',
    'fourriere_outcome',
    'fourriere_payment',
    'fourriere_tariff',
  ],
  async generate(c, { scale, from, until, years }) {
    const n = Math.max(20, Math.round(4700 * years * scale));
    await c.query(
      `INSERT INTO fourriere_tariff (valid_from, species, capture_cents, boarding_per_day_cents, identification_cents, vet_visit_cents, note, recorded_by_login)
       VALUES ($1, 'DOG', 7000, 1500, 6500, 3500, 'barème du banc d’essai', 'bench'), ($1, 'CAT', 5000, 1000, 5500, 3500, 'barème du banc d’essai', 'bench')
       ON CONFLICT DO NOTHING`,
      [from],
    );
    await c.query(`CREATE TEMP TABLE bench_commune4 AS
      SELECT insee_code AS insee, (sum(population) OVER w - population)::float / sum(population) OVER () AS lo,
             sum(population) OVER w::float / sum(population) OVER () AS hi
      FROM commune WINDOW w AS (ORDER BY insee_code)`);
    await c.query(
      `CREATE TEMP TABLE bench_animal AS
       WITH d AS (
         SELECT g, random() AS r_species, random() AS r_origin, random() AS r_out, random() AS r_stay, random() AS r_id,
                random() AS r_a, random() AS r_b, random() AS r_commune,
                $2::date + floor(random() * ($3::date - $2::date))::int AS intake
         FROM generate_series(1, $1) g
       ), s AS (
         SELECT d.*, CASE WHEN r_species < 0.82 THEN 'DOG' ELSE 'CAT' END AS species FROM d
       ), o AS (
         SELECT s.*,
                CASE WHEN species = 'DOG' THEN CASE WHEN r_origin < 0.07 THEN 'REQUISITION' WHEN r_origin < 0.17 THEN 'BROUGHT' ELSE 'CAPTURE_MAYOR' END
                     ELSE CASE WHEN r_origin < 0.3 THEN 'BROUGHT' ELSE 'CAPTURE_MAYOR' END END AS origin,
                CASE WHEN species = 'DOG' THEN
                       CASE WHEN r_out < 0.62 THEN 'RETURNED' WHEN r_out < 0.87 THEN 'CEDED' WHEN r_out < 0.94 THEN 'ADOPTED'
                            WHEN r_out < 0.97 THEN 'EUTHANISED' WHEN r_out < 0.985 THEN 'DIED' ELSE 'ESCAPED' END
                     ELSE CASE WHEN r_out < 0.07 THEN 'RETURNED' WHEN r_out < 0.23 THEN 'CEDED' WHEN r_out < 0.67 THEN 'RELEASED'
                            WHEN r_out < 0.84 THEN 'EUTHANISED' ELSE 'DIED' END END AS outcome,
                CASE WHEN species = 'DOG' THEN CASE WHEN r_id < 0.55 THEN 'CHIP' WHEN r_id < 0.60 THEN 'TATTOO' ELSE 'NONE' END
                     ELSE CASE WHEN r_id < 0.12 THEN 'CHIP' WHEN r_id < 0.15 THEN 'TATTOO' ELSE 'NONE' END END AS ident
         FROM s
       )
       SELECT o.*, md5('fourriere' || g)::uuid AS id,
              (SELECT insee FROM bench_commune4 b WHERE o.r_commune >= b.lo AND o.r_commune < b.hi) AS insee,
              o.intake + CASE WHEN o.origin = 'REQUISITION' THEN 30 + floor(o.r_stay * 170)::int
                              WHEN o.outcome = 'RETURNED' THEN floor(o.r_stay * o.r_stay * 8)::int
                              WHEN o.outcome IN ('DIED','ESCAPED') THEN 1 + floor(o.r_stay * 20)::int
                              ELSE 11 + floor(o.r_stay * o.r_stay * 40)::int END AS out_day
       FROM o`,
      [n, from, until],
    );
    await c.query(
      `INSERT INTO fourriere_animal (id, species, origin, intake_at, intake_on, commune_insee, place, breed, sex, colour, estimated_age,
         identification_kind, identification_number, contractor_ref, requisition_ref, holding_end_on, court_decided_on, court_ruling,
         recorded_by_login, created_at)
       SELECT a.id, a.species, a.origin, (a.intake + TIME '07:00' + floor(a.r_a * 12) * INTERVAL '1 hour') AT TIME ZONE 'Europe/Paris', a.intake,
              a.insee, ${pick(PLACES, 'a.r_b')},
              CASE a.species WHEN 'DOG' THEN ${pick(DOG_BREEDS, 'a.r_a')} ELSE ${pick(CAT_BREEDS, 'a.r_a')} END,
              CASE WHEN a.r_b < 0.45 THEN 'MALE' WHEN a.r_b < 0.9 THEN 'FEMALE' ELSE 'UNKNOWN' END,
              ${pick(COLOURS, 'a.r_stay')}, (1 + floor(a.r_b * 12))::int || ' ans',
              a.ident,
              CASE a.ident WHEN 'CHIP' THEN '250269' || lpad(a.g::text, 9, '0') WHEN 'TATTOO' THEN '2' || upper(substr(md5(a.g::text), 1, 3)) || lpad((a.g % 1000)::text, 3, '0') END,
              CASE WHEN a.origin = 'CAPTURE_MAYOR' THEN 'BC-' || a.g END,
              CASE WHEN a.origin = 'REQUISITION' THEN 'PV ' || a.g || '/' || extract(year FROM a.intake) END,
              a.intake + 11,
              CASE WHEN a.origin = 'REQUISITION' AND a.out_day <= $1::date AND a.outcome IN ('RETURNED','CEDED','ADOPTED','EUTHANISED') THEN a.out_day - 1 END,
              CASE WHEN a.origin = 'REQUISITION' AND a.out_day <= $1::date THEN
                CASE a.outcome WHEN 'RETURNED' THEN 'RESTITUTION' WHEN 'CEDED' THEN 'CONFISCATION' WHEN 'ADOPTED' THEN 'CONFISCATION' WHEN 'EUTHANISED' THEN 'EUTHANASIA' END END,
              'agent.fourriere', a.intake + TIME '12:00'
       FROM bench_animal a ORDER BY a.intake, a.g`,
      [until],
    );
    // owner searches: I-CAD for the identified, a call for most of them, an inquiry for a fifth of the others
    await c.query(
      `INSERT INTO fourriere_owner_search (animal_id, done_on, kind, result, owner_name, owner_phone, notes, recorded_by_login, recorded_at)
       SELECT a.id, a.intake + v.delay, v.kind,
              CASE WHEN a.outcome = 'RETURNED' AND v.last THEN 'OWNER_FOUND' WHEN a.r_b < 0.3 THEN 'NO_ANSWER' WHEN a.r_b < 0.5 THEN 'OUTDATED_CONTACT' ELSE 'NOT_FOUND' END,
              CASE WHEN a.outcome = 'RETURNED' AND v.last THEN ${pick(FIRST, 'a.r_a')} || ' ' || ${pick(SURNAMES, 'a.r_b')} END,
              CASE WHEN a.outcome = 'RETURNED' AND v.last THEN '06' || lpad((a.g % 100000000)::text, 8, '0') END,
              NULL, 'agent.fourriere', a.intake + v.delay + TIME '14:00'
       FROM bench_animal a
       CROSS JOIN LATERAL (VALUES ('ICAD_LOOKUP', 0, a.ident <> 'NONE', a.r_a >= 0.6),
                                  ('PHONE_CALL', 1, a.ident <> 'NONE' AND a.r_a < 0.6, true),
                                  ('OTHER', 2, a.ident = 'NONE' AND a.r_a < 0.2, true)) v(kind, delay, wanted, last)
       WHERE v.wanted AND a.intake + v.delay <= $1::date`,
      [until],
    );
    await c.query(
      `INSERT INTO fourriere_vet_act (animal_id, act_on, kind, amount_cents, recorded_by_login, recorded_at)
       SELECT a.id, a.intake + 1, (ARRAY['VACCINATION','ANTIPARASITIC','CARE','TESTS','STERILISATION'])[1 + floor(a.r_stay * 5)::int],
              2000 + floor(a.r_a * 70)::int * 100, 'agent.fourriere', a.intake + 1 + TIME '10:00'
       FROM bench_animal a WHERE a.r_b < 0.3 AND a.intake + 1 <= $1::date`,
      [until],
    );
    // stay cost at the default tariff: capture (not for those brought in), boarding per day, vet visit, vet acts
    await c.query(
      `INSERT INTO fourriere_outcome (animal_id, type, outcome_on, owner_name, association_name, adopter_name, reason, stay_cost_cents, recorded_by_login, recorded_at)
       SELECT a.id, a.outcome, a.out_day,
              CASE WHEN a.outcome = 'RETURNED' THEN ${pick(FIRST, 'a.r_a')} || ' ' || ${pick(SURNAMES, 'a.r_b')} END,
              CASE WHEN a.outcome = 'CEDED' THEN ${pick(ASSOCIATIONS, 'a.r_a')} END,
              CASE WHEN a.outcome = 'ADOPTED' THEN ${pick(FIRST, 'a.r_b')} || ' ' || ${pick(SURNAMES, 'a.r_a')} END,
              CASE WHEN a.outcome IN ('EUTHANISED','DIED') THEN 'Avis vétérinaire' END,
              CASE WHEN a.origin = 'BROUGHT' THEN 0 ELSE CASE a.species WHEN 'DOG' THEN 7000 ELSE 5000 END END
                + greatest(1, a.out_day - a.intake) * CASE a.species WHEN 'DOG' THEN 1500 ELSE 1000 END + 3500
                + COALESCE((SELECT sum(v.amount_cents) FROM fourriere_vet_act v WHERE v.animal_id = a.id), 0),
              'agent.fourriere', a.out_day + TIME '16:00'
       FROM bench_animal a WHERE a.out_day <= $1::date`,
      [until],
    );
    await c.query(
      `INSERT INTO fourriere_payment (animal_id, paid_on, amount_cents, method, receipt_number, payer_name, lines, recorded_by_login, recorded_at)
       SELECT o.animal_id, o.outcome_on, o.stay_cost_cents, (ARRAY['CARD','CHEQUE','CASH','TRANSFER'])[1 + floor(random() * 4)::int],
              'R-' || to_char(o.outcome_on, 'YYYY') || '-' || lpad((row_number() OVER (ORDER BY o.outcome_on, o.animal_id))::text, 6, '0'),
              o.owner_name, jsonb_build_array(jsonb_build_object('code', 'BOARDING', 'label', 'Frais de fourrière', 'quantity', 1,
                'unitCents', o.stay_cost_cents, 'amountCents', o.stay_cost_cents)),
              'agent.fourriere', o.recorded_at
       FROM fourriere_outcome o WHERE o.type = 'RETURNED'`,
    );
    await c.query('DROP TABLE bench_animal; DROP TABLE bench_commune4');
    const count = async (t) => (await c.query(`SELECT count(*) FROM ${t}`)).rows[0].count;
    const out = {};
    for (const t of this.tables) out[t] = await count(t);
    return out;
  },
};
