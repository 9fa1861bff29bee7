// ADS: ~20,000 dossiers a year (ten times the 2,032 of the 2023 report) with their consultations, majorations and
// timeline events (~4.5 per dossier). Shares follow the demo seed (apps/api/src/modules/ads/ads-seed-plan.ts): type mix,
// communes of option 1 in force on the deposit day weighted by √population, the electronic share growing over the years
// (29 % in 2022, 37 % in 2023), a third missing pieces, 3 % tacit, 1.5 % withdrawn, 0.3 % cancelled, instruction delays
// by type (+1 month with the ABF), decisions beyond today left open.
const MONTHS = `CASE s.type WHEN 'CUa' THEN 1 WHEN 'CUb' THEN 2 WHEN 'DP' THEN 1 WHEN 'PCMI' THEN 2 WHEN 'PC' THEN 3 WHEN 'PA' THEN 3 ELSE 2 END`;
const FAMILY = `CASE WHEN s.type IN ('CUa','CUb') THEN 'CU' WHEN s.type = 'DP' THEN 'DP' ELSE 'PERMIT' END`;
const PREFIX = `CASE WHEN s.type IN ('CUa','CUb') THEN 'CU' WHEN s.type = 'PCMI' THEN 'PC' ELSE s.type END`;
const pick = (list, r) =>
  `(ARRAY[${list.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}])[1 + floor(${r} * ${list.length})::int]`;
const SURNAMES = [
  'Martin',
  'Bernard',
  'Dubois',
  'Lefebvre',
  'Leroy',
  'Moreau',
  'Lambert',
  'Dupont',
  'Delattre',
  'Wallet',
  'Duhamel',
  'Caron',
  'Kowalski',
  'Nowak',
  'Lemaire',
  'Petit',
];
const FIRST = [
  'Jean',
  'Marie',
  'Sophie',
  'Karim',
  'Julie',
  'Thomas',
  'Nathalie',
  'Kevin',
  'Sandrine',
  'Lucas',
  'Céline',
  'Stéphane',
];
const COMPANIES = [
  'SCI Les Terrils',
  'Maisons Artésiennes SAS',
  'Pas-de-Calais Habitat',
  'SIA Habitat',
  'Bâtir Gohelle SARL',
  'Foncière du Bassin Minier',
];
const STREETS = [
  'rue Jean Jaurès',
  'rue Victor Hugo',
  'rue de la République',
  'rue Émile Zola',
  'avenue Alfred Maës',
  'rue Pasteur',
  'rue Roger Salengro',
  'cité des Alouettes',
];
const NATURES = [
  'Pose de panneaux photovoltaïques',
  'Remplacement des menuiseries',
  'Construction d’un abri de jardin',
  'Construction d’une maison individuelle',
  'Renseignements d’urbanisme avant vente',
  'Extension d’une maison',
  'Construction de 12 logements collectifs',
  'Démolition d’un garage',
];

export default {
  name: 'ads',
  order: 10,
  tables: ['ads_dossier', 'ads_consultation', 'ads_majoration', 'ads_dossier_event'],
  async generate(c, { scale, from, until, years }) {
    const n = Math.max(20, Math.round(20000 * years * scale));
    // communes of option 1, cumulative √population weights: all of them, and those in force since the start
    await c.query(`CREATE TEMP TABLE bench_commune AS
      SELECT m.commune_insee AS insee, m.valid_from, m.valid_to,
             (sum(sqrt(c.population)) OVER w - sqrt(c.population)) / sum(sqrt(c.population)) OVER () AS lo,
             sum(sqrt(c.population)) OVER w / sum(sqrt(c.population)) OVER () AS hi
      FROM service_membership m JOIN commune c ON c.insee_code = m.commune_insee
      WHERE m.service = 'ads' AND m.option = 'instruction'
      WINDOW w AS (ORDER BY m.commune_insee, m.valid_from)`);
    await c.query(`CREATE TEMP TABLE bench_instructor AS
      SELECT row_number() OVER (ORDER BY login) - 1 AS k, id, login FROM app_user WHERE 'ads' = ANY(directorates) AND role = 'AGENT'`);

    // 1. the draw: one row per dossier with its random numbers
    await c.query(
      `CREATE TEMP TABLE bench_ads AS
       WITH draw AS (
         SELECT g, random() AS r_type, random() AS r_commune, random() AS r_chan, random() AS r_pieces,
                random() AS r_never, random() AS r_abf, random() AS r_eau, random() AS r_enedis, random() AS r_sdis,
                random() AS r_fate, random() AS r_speed, random() AS r_out, random() AS r_works, random() AS r_a,
                random() AS r_b, random() AS r_c,
                $2::date + floor(random() * ($3::date - $2::date))::int AS day
         FROM generate_series(1, $1) g
       ), typed AS (
         SELECT d.*, CASE WHEN r_type < 0.27 THEN 'CUa' WHEN r_type < 0.31 THEN 'CUb' WHEN r_type < 0.75 THEN 'DP'
                  WHEN r_type < 0.86 THEN 'PCMI' WHEN r_type < 0.94 THEN 'PC' WHEN r_type < 0.96 THEN 'PA' ELSE 'PD' END AS type,
                -- weekdays only: a Saturday becomes the Friday, a Sunday the Monday
                CASE extract(isodow FROM day) WHEN 6 THEN day - 1 WHEN 7 THEN least(day + 1, $3::date) ELSE day END AS dep
         FROM draw d
       )
       SELECT t.*, COALESCE(
                (SELECT insee FROM bench_commune b WHERE t.r_commune >= b.lo AND t.r_commune < b.hi
                   AND b.valid_from <= t.dep AND (b.valid_to IS NULL OR b.valid_to >= t.dep)),
                (SELECT insee FROM bench_commune b WHERE b.valid_from <= t.dep ORDER BY abs(t.r_commune - b.lo) LIMIT 1)
              ) AS insee
       FROM typed t`,
      [n, from, until],
    );

    // 2. the life of each dossier, from the draw and the deadline rules (months by type, +1 with the ABF)
    await c.query(
      `CREATE TEMP TABLE bench_life AS
       WITH a AS (
         SELECT s.*, ${FAMILY} AS family, ${PREFIX} AS prefix,
                ${MONTHS} + CASE WHEN ${FAMILY} <> 'CU' AND s.r_abf < 0.12 THEN 1 ELSE 0 END AS months,
                ${FAMILY} <> 'CU' AND s.r_abf < 0.12 AS abf,
                ${FAMILY} = 'PERMIT' AND s.r_eau < 0.5 AS eau,
                s.type IN ('PC','PA') AND s.r_enedis < 0.5 AS enedis,
                s.type = 'PC' AND s.r_sdis < 0.3 AS sdis,
                s.r_fate < 0.003 AS cancelled,
                CASE WHEN s.r_pieces < 0.3 THEN s.dep + 6 + floor(s.r_a * 22)::int END AS req
         FROM bench_ads s
       ), b AS (
         SELECT a.*, a.req IS NOT NULL AND a.r_never < 0.05 AS never,
                CASE WHEN a.req IS NOT NULL AND a.r_never >= 0.05 THEN a.req + 8 + floor(a.r_b * 68)::int END AS rec
         FROM a
       ), c AS (
         SELECT b.*, CASE WHEN b.never THEN NULL ELSE COALESCE(b.rec, b.dep + 2 + floor(b.r_b * 19)::int) END AS complete_day,
                CASE WHEN b.never THEN NULL ELSE COALESCE(b.rec, b.dep) END AS starts
         FROM b
       ), d AS (
         SELECT c.*,
                CASE WHEN c.never THEN (c.req + INTERVAL '3 months')::date
                     ELSE (c.starts + make_interval(months => c.months))::date END AS deadline
         FROM c
       ), e AS (
         SELECT d.*,
                CASE WHEN d.cancelled THEN 'CANCEL'
                     WHEN d.never THEN 'TACIT'
                     WHEN d.r_fate < 0.018 THEN 'WITHDRAW'
                     WHEN d.r_fate < 0.048 AND d.family <> 'CU' THEN 'TACIT'
                     ELSE 'DECIDE' END AS fate
         FROM d
       ), f AS (
         SELECT e.*,
                CASE e.fate WHEN 'CANCEL' THEN e.dep + 1 + floor(e.r_c * 6)::int
                            WHEN 'WITHDRAW' THEN e.complete_day + 3 + floor(e.r_c * 23)::int
                            WHEN 'TACIT' THEN e.deadline
                            ELSE greatest(e.complete_day + 1, e.starts + round((e.deadline - e.starts) * (0.45 + 0.53 * e.r_speed))::int) END AS end_day
         FROM e
       )
       SELECT f.*, f.end_day <= $1::date AS closed,
              CASE WHEN f.fate IN ('TACIT','DECIDE') AND f.end_day <= $1::date THEN
                CASE WHEN f.fate = 'TACIT' THEN
                       CASE WHEN f.never THEN (CASE f.family WHEN 'DP' THEN 'TACIT_OPPOSITION' ELSE 'TACIT_REFUS' END)
                            WHEN f.family = 'DP' THEN 'TACIT_NON_OPPOSITION' ELSE 'TACIT_ACCORD' END
                     WHEN f.family = 'CU' THEN CASE WHEN f.type = 'CUa' OR f.r_out < 0.88 THEN 'CU_POSITIF' ELSE 'CU_NEGATIF' END
                     WHEN f.family = 'DP' THEN CASE WHEN f.r_out < 0.71 THEN 'NON_OPPOSITION' WHEN f.r_out < 0.91 THEN 'NON_OPPOSITION_PRESCRIPTIONS' ELSE 'OPPOSITION' END
                     ELSE CASE WHEN f.r_out < 0.61 THEN 'ACCORD' WHEN f.r_out < 0.89 THEN 'ACCORD_PRESCRIPTIONS' WHEN f.r_out < 0.98 THEN 'REFUS' ELSE 'SURSIS_A_STATUER' END
                END END AS outcome
       FROM f`,
      [until],
    );
    // works of the granted permits: DOC (75 %), DAACT (60 % of them), conformity (half)
    await c.query(
      `CREATE TEMP TABLE bench_works AS
       SELECT l.g, doc, CASE WHEN doc IS NOT NULL AND l.r_a < 0.6 AND doc + 180 + floor(l.r_b * 300)::int <= $1::date
                             THEN doc + 180 + floor(l.r_b * 300)::int END AS daact
       FROM (SELECT l.*, CASE WHEN l.type IN ('PCMI','PC','PA') AND l.outcome IN ('ACCORD','ACCORD_PRESCRIPTIONS','TACIT_ACCORD')
                                   AND l.r_works < 0.75 AND l.end_day + 20 + floor(l.r_c * 180)::int <= $1::date
                              THEN l.end_day + 20 + floor(l.r_c * 180)::int END AS doc
             FROM bench_life l) l`,
      [until],
    );
    const instructors = Number((await c.query('SELECT count(*) FROM bench_instructor')).rows[0].count);
    await c.query(
      `INSERT INTO ads_dossier (id, number, type, commune_insee, deposited_on, channel, applicant_kind, applicant_name,
         land_address, cadastral_parcels, project_nature, floor_area_created, dwellings_created, instructor_id,
         status, status_on, pieces_requested_on, pieces_received_on, complete_on, delay_months, pieces_due_on, deadline,
         outcome, decided_on, closed_on, doc_on, daact_on, conformity_on, created_at, updated_at)
       SELECT md5('ads' || l.g)::uuid,
              l.prefix || ' 0' || substr(l.insee, 1, 2) || ' ' || substr(l.insee, 3, 3) || ' ' || to_char(l.dep, 'YY') || ' A' ||
                lpad((row_number() OVER (PARTITION BY l.prefix, l.insee, extract(year FROM l.dep) ORDER BY l.dep, l.g))::text, 4, '0'),
              l.type, l.insee, l.dep,
              CASE WHEN l.r_chan < least(0.9, greatest(0.02, 0.37 + 0.08 * (extract(year FROM l.dep) - 2023))) THEN 'ELECTRONIC' ELSE 'PAPER' END,
              CASE WHEN (l.type IN ('PC','PA') AND l.r_a < 0.7) OR l.r_a < 0.08 THEN 'COMPANY' ELSE 'PERSON' END,
              CASE WHEN (l.type IN ('PC','PA') AND l.r_a < 0.7) OR l.r_a < 0.08 THEN ${pick(COMPANIES, 'l.r_b')}
                   ELSE ${pick(FIRST, 'l.r_b')} || ' ' || ${pick(SURNAMES, 'l.r_c')} END,
              (1 + floor(l.r_speed * 180))::int || ' ' || ${pick(STREETS, 'l.r_out')},
              ARRAY[(ARRAY['AB','AC','AE','B','C','ZA'])[1 + floor(l.r_works * 6)::int] || ' ' || (1 + floor(l.r_b * 900))::int],
              ${pick(NATURES, 'l.r_type')},
              CASE l.type WHEN 'PCMI' THEN 80 + floor(l.r_c * 80)::int WHEN 'PC' THEN floor(l.r_c * 1200)::int ELSE 0 END,
              CASE l.type WHEN 'PCMI' THEN 1 WHEN 'PC' THEN floor(l.r_c * 24)::int ELSE 0 END,
              i.id,
              CASE WHEN l.fate = 'CANCEL' AND l.closed THEN 'CANCELLED'
                   WHEN NOT l.closed THEN CASE WHEN l.req <= $1::date AND (l.rec IS NULL OR l.rec > $1::date) THEN 'INCOMPLETE'
                                               WHEN l.complete_day > $1::date THEN 'DEPOSITED'
                                               WHEN l.abf OR l.eau OR l.enedis OR l.sdis THEN 'UNDER_INSTRUCTION' ELSE 'COMPLETE' END
                   WHEN l.fate = 'WITHDRAW' THEN 'WITHDRAWN'
                   WHEN w.daact IS NOT NULL THEN 'WORKS_COMPLETED' WHEN w.doc IS NOT NULL THEN 'WORKS_STARTED'
                   WHEN l.fate = 'TACIT' THEN 'TACIT' ELSE 'DECIDED' END,
              LEAST($1::date, COALESCE(w.daact, w.doc, CASE WHEN l.closed THEN l.end_day END, l.rec, l.req, l.dep)),
              CASE WHEN l.req <= $1::date THEN l.req END, CASE WHEN l.rec <= $1::date THEN l.rec END,
              CASE WHEN l.starts <= $1::date THEN l.starts END, l.months,
              CASE WHEN l.req IS NOT NULL THEN (l.req + INTERVAL '3 months')::date END, l.deadline,
              l.outcome, CASE WHEN l.outcome IS NOT NULL THEN l.end_day END, CASE WHEN l.closed THEN l.end_day END,
              w.doc, w.daact, NULL, l.dep + TIME '09:00', l.dep + TIME '09:00'
       FROM bench_life l JOIN bench_works w USING (g) LEFT JOIN bench_instructor i ON i.k = l.g % ${Math.max(1, instructors)}`,
      [until],
    );
    // the numbering counters, as the registrations leave them (one row per prefix, commune, year of the A series)
    if ((await c.query(`SELECT to_regclass('ads_number_counter') AS t`)).rows[0].t)
      await c.query(`INSERT INTO ads_number_counter (stem, last_sequence)
        SELECT substring(number FROM 1 FOR 15), max(substring(number FROM 16 FOR 4)::int) FROM ads_dossier GROUP BY 1`);
    await c.query(
      `INSERT INTO ads_majoration (dossier_id, kind, notified_on, created_at)
      SELECT md5('ads' || l.g)::uuid, 'R423_24', COALESCE(l.req, l.dep + 5 + floor(l.r_c * 20)::int), l.dep + TIME '10:00'
      FROM bench_life l WHERE l.abf AND NOT l.cancelled AND COALESCE(l.req, l.dep + 5 + floor(l.r_c * 20)::int) <= $1::date`,
      [until],
    );
    // consultations: ABF, water (half the permits), Enedis (half the PC/PA), SDIS (30 % of the PC)
    await c.query(
      `INSERT INTO ads_consultation (dossier_id, service, sent_on, due_on, opinion, opinion_on, created_at)
       SELECT x.id, x.service, x.sent, x.due,
              CASE WHEN x.r < x.answered AND x.sent + 10 + floor(x.r * 20)::int <= $1::date
                   THEN CASE WHEN x.r < x.answered * 0.8 THEN 'FAVOURABLE' WHEN x.r < x.answered * 0.93 THEN 'PRESCRIPTIONS' ELSE 'UNFAVOURABLE' END END,
              CASE WHEN x.r < x.answered AND x.sent + 10 + floor(x.r * 20)::int <= $1::date THEN x.sent + 10 + floor(x.r * 20)::int END,
              x.sent + TIME '11:00'
       FROM (SELECT md5('ads' || l.g)::uuid AS id, v.service, l.dep + 3 + floor(l.r_b * 10)::int AS sent,
                    (l.dep + 3 + floor(l.r_b * 10)::int + CASE WHEN v.service = 'ABF' AND l.family = 'PERMIT' THEN INTERVAL '2 months' ELSE INTERVAL '1 month' END)::date AS due,
                    v.answered, random() AS r
             FROM bench_life l
             CROSS JOIN LATERAL (VALUES ('ABF', l.abf, 1.0), ('EAU_ASSAINISSEMENT', l.eau, 0.9), ('ENEDIS', l.enedis, 0.8), ('SDIS', l.sdis, 1.0)) v(service, wanted, answered)
             WHERE v.wanted AND NOT l.cancelled AND l.dep + 3 + floor(l.r_b * 10)::int <= $1::date) x`,
      [until],
    );
    await this.events(c, until);
    for (const t of ['bench_ads', 'bench_life', 'bench_works', 'bench_commune', 'bench_instructor'])
      await c.query(`DROP TABLE ${t}`);
    const count = async (t) => (await c.query(`SELECT count(*) FROM ${t}`)).rows[0].count;
    return {
      ads_dossier: await count('ads_dossier'),
      ads_consultation: await count('ads_consultation'),
      ads_majoration: await count('ads_majoration'),
      ads_dossier_event: await count('ads_dossier_event'),
    };
  },

  /** The timeline, derived from the dossiers' dates as the use cases write it. */
  async events(c, until) {
    const ev = (kind, on, from, to, summary, where = 'true') => `
      SELECT d.id, '${kind}', ${on}, ${from}, ${to}, d.instructor_id, COALESCE(u.login, 'agent.ads'), ${summary}, ${on} + TIME '09:00'
      FROM ads_dossier d LEFT JOIN app_user u ON u.id = d.instructor_id WHERE ${where}`;
    const parts = [
      ev(
        'CREATED',
        'd.deposited_on',
        'NULL',
        `'DEPOSITED'`,
        `'Enregistré : dépôt ' || CASE d.channel WHEN 'ELECTRONIC' THEN 'dématérialisé' ELSE 'papier' END || '.'`,
      ),
      ev(
        'ASSIGNED',
        'd.deposited_on + 1',
        'NULL',
        'NULL',
        `'Dossier attribué à ' || COALESCE(u.login, 'agent.ads') || '.'`,
        `d.instructor_id IS NOT NULL AND hashtext(d.number) % 4 = 0 AND d.deposited_on + 1 <= '${until}'`,
      ),
      ev(
        'CANCEL',
        'd.closed_on',
        `'DEPOSITED'`,
        `'CANCELLED'`,
        `'Annuler le dossier : enregistrement en double.'`,
        `d.status = 'CANCELLED'`,
      ),
      ev(
        'REQUEST_PIECES',
        'd.pieces_requested_on',
        `'DEPOSITED'`,
        `'INCOMPLETE'`,
        `'Demander des pièces manquantes.'`,
        'd.pieces_requested_on IS NOT NULL',
      ),
      ev(
        'RECEIVE_PIECES',
        'd.pieces_received_on',
        `'INCOMPLETE'`,
        `'COMPLETE'`,
        `'Enregistrer les pièces reçues (dossier complet).'`,
        'd.pieces_received_on IS NOT NULL',
      ),
      ev(
        'DECLARE_COMPLETE',
        'd.complete_on',
        `'DEPOSITED'`,
        `'COMPLETE'`,
        `'Déclarer le dossier complet.'`,
        `d.pieces_requested_on IS NULL AND d.complete_on IS NOT NULL AND d.status NOT IN ('DEPOSITED','CANCELLED')`,
      ),
      ev(
        'MAJORATION',
        'm.notified_on',
        'NULL',
        'NULL',
        `'Majoration d’un mois (R*423-24, ex. abords ABF) notifiée.'`,
        'true',
      ).replace('WHERE', 'JOIN ads_majoration m ON m.dossier_id = d.id WHERE'),
      ev('CONSULTATION_SENT', 'k.sent_on', 'NULL', 'NULL', `'Consultation envoyée (' || k.service || ').'`).replace(
        'WHERE',
        'JOIN ads_consultation k ON k.dossier_id = d.id WHERE',
      ),
      ev(
        'OPINION_RECORDED',
        'k.opinion_on',
        'NULL',
        'NULL',
        `'Avis ' || k.service || ' enregistré.'`,
        'k.opinion_on IS NOT NULL',
      ).replace('WHERE', 'JOIN ads_consultation k ON k.dossier_id = d.id WHERE'),
      ev(
        'WITHDRAW',
        'd.closed_on',
        `'COMPLETE'`,
        `'WITHDRAWN'`,
        `'Enregistrer le retrait de la demande.'`,
        `d.status = 'WITHDRAWN'`,
      ),
      ev(
        'DECIDE',
        'd.decided_on',
        `'COMPLETE'`,
        `'DECIDED'`,
        `'Enregistrer la décision : ' || d.outcome || '.'`,
        `d.outcome IS NOT NULL AND d.outcome NOT LIKE 'TACIT%'`,
      ),
      ev(
        'RECORD_TACIT',
        'd.decided_on',
        `'COMPLETE'`,
        `'TACIT'`,
        `'Constater la décision tacite : ' || d.outcome || '.'`,
        `d.outcome LIKE 'TACIT%'`,
      ),
      ev(
        'DECLARE_DOC',
        'd.doc_on',
        `'DECIDED'`,
        `'WORKS_STARTED'`,
        `'Enregistrer la DOC (ouverture de chantier).'`,
        'd.doc_on IS NOT NULL',
      ),
      ev(
        'DECLARE_DAACT',
        'd.daact_on',
        `'WORKS_STARTED'`,
        `'WORKS_COMPLETED'`,
        `'Enregistrer la DAACT (achèvement).'`,
        'd.daact_on IS NOT NULL',
      ),
    ];
    await c.query(`INSERT INTO ads_dossier_event (dossier_id, kind, event_on, from_status, to_status, actor_id, actor_login, summary, recorded_at)
      ${parts.join('\nUNION ALL')}`);
  },
};
