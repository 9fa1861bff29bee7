// The floor of the DGS's report: the same figures as the indicator engine (value, previous year's value, and every
// breakdown of the year), written by hand as statements run concurrently (ADS and fourrière here, the permis de
// louer, crématorium and prêt de matériel in ./report-floor-modules.mjs). Each statement reads one table once
// for the two years, with FILTER per indicator and GROUPING SETS per breakdown (./floor-sql.mjs).
import { dims, groupingSql, month, YEAR_ENDS } from './floor-sql.mjs';
import { MODULE_INDICATORS, MODULE_STATEMENTS } from './report-floor-modules.mjs';

const TACIT = `('TACIT_ACCORD','TACIT_NON_OPPOSITION','TACIT_REFUS','TACIT_OPPOSITION')`;

const STATEMENTS = {
  ...MODULE_STATEMENTS,
  adsDeposits: groupingSql({
    from: `ads_dossier t LEFT JOIN (SELECT dossier_type, weight, valid_from,
             lead(valid_from, 1, 'infinity') OVER (PARTITION BY dossier_type ORDER BY valid_from) AS valid_to FROM ads_act_weight) w
           ON w.dossier_type = t.type AND t.deposited_on >= w.valid_from AND t.deposited_on < w.valid_to`,
    where: `t.deposited_on >= $1::date AND t.deposited_on < $3::date AND t.status <> 'CANCELLED'`,
    time: 't.deposited_on',
    dims: dims('t.deposited_on', {
      month: month('t.deposited_on'),
      type: 't.type',
      commune: 't.commune_insee',
      channel: 't.channel',
    }),
    measures: {
      n: 'count(*)',
      electronic: `count(*) FILTER (WHERE t.channel = 'ELECTRONIC')`,
      share: `100.0 * count(*) FILTER (WHERE t.channel = 'ELECTRONIC') / NULLIF(count(*), 0)`,
      weighted: 'COALESCE(sum(w.weight), 0)',
      n_weighted: 'count(w.weight)',
    },
  }),
  adsDecisions: groupingSql({
    from: 'ads_dossier t',
    where: 't.decided_on >= $1::date AND t.decided_on < $3::date AND t.outcome IS NOT NULL',
    time: 't.decided_on',
    dims: dims('t.decided_on', {
      outcome: 't.outcome',
      type: 't.type',
      month: month('t.decided_on'),
      commune: 't.commune_insee',
    }),
    measures: {
      n: 'count(*)',
      tacit: `count(*) FILTER (WHERE t.outcome IN ${TACIT})`,
      n_time: 'count(*) FILTER (WHERE t.complete_on IS NOT NULL)',
      avg_time: 'avg(t.decided_on - t.complete_on) FILTER (WHERE t.complete_on IS NOT NULL)',
      median_time:
        'percentile_cont(0.5) WITHIN GROUP (ORDER BY t.decided_on - t.complete_on) FILTER (WHERE t.complete_on IS NOT NULL)',
    },
  }),
  // open at 31 December: deposited by then, not closed by then (closed_on IS NULL for the open ones)
  adsOpen: `SELECT p.yr, t.type AS "d_type", GROUPING(t.type) AS "g_type", t.commune_insee AS "d_commune",
      GROUPING(t.commune_insee) AS "g_commune", count(*) AS n
    FROM ${YEAR_ENDS}
    JOIN ads_dossier t ON t.deposited_on <= p.ye AND (t.closed_on IS NULL OR t.closed_on > p.ye)
    WHERE t.status <> 'CANCELLED'
    GROUP BY GROUPING SETS ((p.yr), (p.yr, t.type), (p.yr, t.commune_insee))`,
  memberships: `SELECT p.yr, count(DISTINCT m.commune_insee) FILTER (WHERE m.option = 'instruction') AS option1,
      count(DISTINCT m.commune_insee) FILTER (WHERE m.option = 'gnau') AS option2
    FROM ${YEAR_ENDS}
    JOIN service_membership m ON m.valid_from <= p.ye AND (m.valid_to IS NULL OR m.valid_to >= p.ye)
    WHERE m.service = 'ads' GROUP BY p.yr`,
  intakes: groupingSql({
    from: 'fourriere_animal a LEFT JOIN fourriere_outcome o ON o.animal_id = a.id',
    where: 'a.intake_on >= $1::date AND a.intake_on < $3::date',
    time: 'a.intake_on',
    dims: dims('a.intake_on', {
      species: 'a.species',
      origin: 'a.origin',
      commune: 'a.commune_insee',
      month: month('a.intake_on'),
    }),
    measures: {
      n: 'count(*)',
      dogs: `count(*) FILTER (WHERE a.species = 'DOG')`,
      requisitions: `count(*) FILTER (WHERE a.species = 'DOG' AND a.origin = 'REQUISITION')`,
      cats: `count(*) FILTER (WHERE a.species = 'CAT')`,
      returned_share: `100.0 * count(*) FILTER (WHERE o.type = 'RETURNED') / NULLIF(count(*), 0)`,
    },
  }),
  outcomes: groupingSql({
    from: 'fourriere_outcome t JOIN fourriere_animal a ON a.id = t.animal_id',
    where: 't.outcome_on >= $1::date AND t.outcome_on < $3::date',
    time: 't.outcome_on',
    dims: dims('t.outcome_on', {
      type: 't.type',
      species: 'a.species',
      commune: 'a.commune_insee',
      month: month('t.outcome_on'),
    }),
    measures: {
      n: 'count(*)',
      dogs_returned: `count(*) FILTER (WHERE a.species = 'DOG' AND t.type = 'RETURNED')`,
      dogs_adoption: `count(*) FILTER (WHERE a.species = 'DOG' AND t.type IN ('CEDED','ADOPTED'))`,
      cats_returned: `count(*) FILTER (WHERE a.species = 'CAT' AND t.type = 'RETURNED')`,
      cats_adoption: `count(*) FILTER (WHERE a.species = 'CAT' AND t.type IN ('CEDED','ADOPTED'))`,
      euthanised: `count(*) FILTER (WHERE t.type = 'EUTHANISED')`,
      avg_stay: 'avg(t.outcome_on - a.intake_on)',
      median_stay: 'percentile_cont(0.5) WITHIN GROUP (ORDER BY t.outcome_on - a.intake_on)',
      cost: 'COALESCE(sum(t.stay_cost_cents / 100.0), 0)',
    },
  }),
  present: `SELECT p.yr, a.species AS "d_species", GROUPING(a.species) AS "g_species", a.origin AS "d_origin",
      GROUPING(a.origin) AS "g_origin", count(*) AS n
    FROM ${YEAR_ENDS}
    JOIN fourriere_animal a ON a.intake_on <= p.ye
    LEFT JOIN fourriere_outcome o ON o.animal_id = a.id
    WHERE o.outcome_on IS NULL OR o.outcome_on > p.ye
    GROUP BY GROUPING SETS ((p.yr), (p.yr, a.species), (p.yr, a.origin))`,
  payments: groupingSql({
    from: 'fourriere_payment t JOIN fourriere_animal a ON a.id = t.animal_id',
    where: 't.paid_on >= $1::date AND t.paid_on < $3::date',
    time: 't.paid_on',
    dims: dims('t.paid_on', { species: 'a.species', commune: 'a.commune_insee', month: month('t.paid_on') }),
    measures: { n: 'count(*)', amount: 'COALESCE(sum(t.amount_cents / 100.0), 0)' },
  }),
  declared: `SELECT indicator_key, year, value FROM declared_indicator_value WHERE year >= date_part('year', $1::date) AND year < date_part('year', $3::date) AND $2::date IS NOT NULL`,
};

// indicator key → [statement, measure, presence count, kind, breakdown dimensions]
const C = 'count';
const INDICATORS = {
  ...MODULE_INDICATORS,
  'ads.dossiers_instructed': ['adsDeposits', 'n', 'n', C, ['month', 'type', 'commune', 'channel']],
  'ads.dossiers_electronic': ['adsDeposits', 'electronic', 'electronic', C, ['month', 'type', 'commune']],
  'ads.electronic_share': ['adsDeposits', 'share', 'n', 'ratio', ['type', 'commune']],
  'ads.decisions': ['adsDecisions', 'n', 'n', C, ['outcome', 'type', 'month', 'commune']],
  'ads.tacit_decisions': ['adsDecisions', 'tacit', 'tacit', C, ['outcome', 'type']],
  'ads.instruction_time_avg': ['adsDecisions', 'avg_time', 'n_time', 'ratio', ['type']],
  'ads.instruction_time_median': ['adsDecisions', 'median_time', 'n_time', 'ratio', ['type']],
  'ads.open_year_end': ['adsOpen', 'n', 'n', C, ['type', 'commune']],
  'ads.weighted_acts': ['adsDeposits', 'weighted', 'n_weighted', C, ['commune', 'type']],
  'ads.communes_option1': ['memberships', 'option1', 'option1', 'ratio', []],
  'ads.communes_option2': ['memberships', 'option2', 'option2', 'ratio', []],
  'fourriere.entrees': ['intakes', 'n', 'n', C, ['species', 'origin', 'commune', 'month']],
  'fourriere.chiens_entres': ['intakes', 'dogs', 'dogs', C, ['origin', 'commune', 'month']],
  'fourriere.chiens_requisitions': ['intakes', 'requisitions', 'requisitions', C, ['commune', 'month']],
  'fourriere.chats_entres': ['intakes', 'cats', 'cats', C, ['origin', 'commune', 'month']],
  'fourriere.sorties': ['outcomes', 'n', 'n', C, ['type', 'species', 'commune', 'month']],
  'fourriere.chiens_restitues': ['outcomes', 'dogs_returned', 'dogs_returned', C, ['commune', 'month']],
  'fourriere.chiens_adoption': ['outcomes', 'dogs_adoption', 'dogs_adoption', C, ['type', 'month']],
  'fourriere.chats_restitues': ['outcomes', 'cats_returned', 'cats_returned', C, ['commune', 'month']],
  'fourriere.chats_adoption': ['outcomes', 'cats_adoption', 'cats_adoption', C, ['type', 'month']],
  'fourriere.euthanasies': ['outcomes', 'euthanised', 'euthanised', C, ['species', 'month']],
  'fourriere.taux_restitution': ['intakes', 'returned_share', 'n', 'ratio', ['species', 'origin']],
  'fourriere.duree_sejour_moyenne': ['outcomes', 'avg_stay', 'n', 'ratio', ['species', 'type']],
  'fourriere.duree_sejour_mediane': ['outcomes', 'median_stay', 'n', 'ratio', ['species', 'type']],
  'fourriere.presents_fin_annee': ['present', 'n', 'n', C, ['species', 'origin']],
  'fourriere.frais_encaisses': ['payments', 'amount', 'n', C, ['species', 'commune', 'month']],
  'fourriere.cout_sejours': ['outcomes', 'cost', 'n', C, ['commune', 'species', 'type']],
};

const round = (v) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);

/** Runs the floor on a pg Pool; returns key → { value, previousValue, breakdowns: { dimension: { member: value } } }. */
export async function reportFloor(pool, year) {
  const params = [`${year - 1}-01-01`, `${year}-01-01`, `${year + 1}-01-01`];
  const names = Object.keys(STATEMENTS);
  const results = await Promise.all(names.map((n) => pool.query(STATEMENTS[n], params)));
  const rows = Object.fromEntries(names.map((n, i) => [n, results[i].rows]));
  const out = new Map();
  for (const [key, [stmt, measure, presence, kind, dimKeys]] of Object.entries(INDICATORS)) {
    const rs = rows[stmt];
    const isTotal = (r) => Object.keys(r).every((c) => !c.startsWith('g_') || Number(r[c]) === 1);
    const total = (y) => {
      const r = rs.find((x) => Number(x.yr) === y && isTotal(x));
      if (!r || Number(r[presence]) === 0) return kind === C ? 0 : null;
      return round(r[measure]);
    };
    const breakdowns = {};
    for (const d of dimKeys) {
      breakdowns[d] = {};
      for (const r of rs) {
        if (Number(r.yr) !== year || Number(r[`g_${d}`]) !== 0 || r[`d_${d}`] === null) continue;
        if (Object.keys(r).some((c) => c.startsWith('g_') && c !== `g_${d}` && Number(r[c]) !== 1)) continue;
        if (Number(r[presence]) === 0) continue;
        breakdowns[d][String(r[`d_${d}`])] = round(r[measure]) ?? 0;
      }
    }
    out.set(key, { value: total(year), previousValue: total(year - 1), breakdowns });
  }
  for (const r of rows.declared) {
    const e = out.get(r.indicator_key) ?? { value: null, previousValue: null, breakdowns: {} };
    if (Number(r.year) === year) e.value = round(r.value);
    else e.previousValue = round(r.value);
    out.set(r.indicator_key, e);
  }
  return out;
}

/** Differences between the API's indicators and the floor (computed ones; declared ones have no value here). */
export function compareReport(apiIndicators, floor) {
  const diffs = [];
  let figures = 0;
  for (const ind of apiIndicators) {
    const f = floor.get(ind.key);
    if (!f) {
      // a declared figure nobody declared for these years: nothing to compare
      if (ind.value !== null || ind.previousValue !== null) diffs.push(`${ind.key} : absent du plancher`);
      continue;
    }
    figures += 2;
    if (ind.value !== f.value) diffs.push(`${ind.key} : ${ind.value} ≠ ${f.value}`);
    if (ind.previousValue !== f.previousValue)
      diffs.push(`${ind.key} (N-1) : ${ind.previousValue} ≠ ${f.previousValue}`);
    for (const b of ind.breakdowns) {
      const fb = f.breakdowns[b.dimension] ?? {};
      const seen = new Set();
      for (const it of b.items) {
        figures++;
        seen.add(it.member);
        if (fb[it.member] !== it.value)
          diffs.push(`${ind.key}/${b.dimension}/${it.member} : ${it.value} ≠ ${fb[it.member]}`);
      }
      for (const m of Object.keys(fb)) if (!seen.has(m)) diffs.push(`${ind.key}/${b.dimension}/${m} : absent de l’API`);
    }
  }
  return { diffs, figures };
}
