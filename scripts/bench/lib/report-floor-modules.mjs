// The floor of the permis de louer, crématorium and prêt de matériel figures (and of ADS's latest), written by hand like ADS's and the
// fourrière's (./report-floor.mjs): one statement per table and date, FILTER per indicator, GROUPING SETS per breakdown.
import { dims, groupingSql, month, YEAR_ENDS } from './floor-sql.mjs';

const event = (from, time, d, measures, where = 'TRUE') =>
  groupingSql({
    from,
    where: `${time} >= $1::date AND ${time} < $3::date AND ${where}`,
    time,
    dims: dims(time, d),
    measures,
  });
const DECIDED = 'COALESCE(t.decided_on, t.tacit_on)';
const LENT = `r.status IN ('HANDED_OVER','RETURNED','CLOSED')`;
const DETECTION = `t.result = 'DETECTION'`;
const HAS_DEFECT = (and) => `EXISTS (SELECT 1 FROM pdl_defect x WHERE x.dossier_id = t.id${and})`;
const WORST_DEFECT = `COALESCE((SELECT x.severity FROM pdl_defect x WHERE x.dossier_id = t.id
  ORDER BY CASE x.severity WHEN 'CRITICAL' THEN 3 WHEN 'MAJOR' THEN 2 ELSE 1 END DESC LIMIT 1), 'NONE')`;

export const MODULE_STATEMENTS = {
  // ADS: withdrawals of tacit decisions (L424-5), in the year of the withdrawal
  adsWithdrawals: event(
    'ads_dossier t',
    't.after_tacit_on',
    { withdrawalOutcome: 't.after_tacit_outcome', type: 't.type' },
    { n: 'count(*)' },
    `t.after_tacit_kind = 'WITHDRAWAL'`,
  ),
  apmlReceived: event(
    'pdl_apml_dossier t',
    't.received_on',
    { commune: 't.commune_insee', dwellingType: 't.dwelling_type', month: month('t.received_on') },
    { n: 'count(*)', anah: 'count(*) FILTER (WHERE t.anah_joint)' },
  ),
  apmlDecided: event(
    'pdl_apml_dossier t',
    DECIDED,
    { outcome: `COALESCE(t.decision, 'TACITE')`, commune: 't.commune_insee', month: month(DECIDED) },
    {
      n: 'count(*)',
      tacit: 'count(*) FILTER (WHERE t.decision IS NULL)',
      delay: `avg(${DECIDED} - t.received_on)`,
    },
  ),
  apmlVisited: event(
    'pdl_apml_dossier t',
    't.visited_on',
    {
      worstDefect: WORST_DEFECT,
      commune: 't.commune_insee',
      dwellingType: 't.dwelling_type',
      month: month('t.visited_on'),
    },
    {
      n: 'count(*)',
      defects: `100.0 * count(*) FILTER (WHERE ${HAS_DEFECT('')}) / NULLIF(count(*), 0)`,
      serious: `100.0 * count(*) FILTER (WHERE ${HAS_DEFECT(" AND x.severity IN ('MAJOR', 'CRITICAL')")}) / NULLIF(count(*), 0)`,
    },
  ),
  apmlSinceStart: `SELECT p.yr, t.commune_insee AS "d_commune", GROUPING(t.commune_insee) AS "g_commune", count(*) AS n
    FROM ${YEAR_ENDS} JOIN pdl_apml_dossier t ON t.received_on <= p.ye
    GROUP BY GROUPING SETS ((p.yr), (p.yr, t.commune_insee))`,
  pdlDefects: event(
    'pdl_defect t JOIN pdl_apml_dossier a ON a.id = t.dossier_id',
    'a.visited_on',
    { severity: 't.severity', category: 't.category' },
    { n: 'count(*)' },
  ),
  pdlPerimeters: `SELECT p.yr, count(DISTINCT t.commune_insee) AS n
    FROM ${YEAR_ENDS} JOIN pdl_perimeter t ON t.valid_from <= p.ye AND (t.valid_to IS NULL OR t.valid_to >= p.ye)
    GROUP BY p.yr`,
  pdlControls: event(
    'pdl_control t',
    't.controlled_on',
    { outcome: 't.outcome', commune: 't.commune_insee', month: month('t.controlled_on') },
    {
      n: 'count(*)',
      filed: `100.0 * count(*) FILTER (WHERE t.outcome = 'FILED_AFTER_CONTACT') / NULLIF(count(*), 0)`,
    },
  ),
  pdlReported: event(
    'pdl_sanction t',
    't.reported_on',
    { authority: 't.authority', commune: 't.commune_insee', month: month('t.reported_on') },
    { n: 'count(*)' },
  ),
  pdlOrdered: event(
    'pdl_sanction t',
    't.ordered_on',
    { authority: 't.authority', offence: 't.offence' },
    { n: 'count(*)' },
  ),
  pdlRevenue: event(
    'pdl_sanction t',
    't.revenue_order_on',
    { authority: 't.authority' },
    { n: 'count(*)', amount: 'COALESCE(sum(t.amount), 0)' },
  ),
  apdReceived: event('pdl_apd_dossier t', 't.received_on', { commune: 't.commune_insee' }, { n: 'count(*)' }),
  apdFinal: event('pdl_apd_dossier t', 't.final_approval_on', { commune: 't.commune_insee' }, { n: 'count(*)' }),
  guh: event(
    'pdl_contact t',
    't.contact_on',
    {
      channel: 't.channel',
      person: 't.person_type',
      subject: 't.subject',
      purpose: 't.purpose',
      month: month('t.contact_on'),
    },
    {
      n: 'count(*)',
      phone: `count(*) FILTER (WHERE t.channel = 'PHONE')`,
      walkIn: `count(*) FILTER (WHERE t.channel = 'WALK_IN')`,
      pdl: `count(*) FILTER (WHERE t.subject = 'PERMIS_LOUER')`,
    },
  ),
  lineDays: event(
    'crematorium_line_day t',
    't.day',
    { line: 't.line_code', month: month('t.day') },
    { n: 'count(*)', occupation: 'avg(100.0 * t.booked_slots / NULLIF(t.available_slots, 0))' },
  ),
  cremations: event(
    'crematorium_cremation t',
    't.cremation_on',
    {
      month: month('t.cremation_on'),
      line: 't.line_code',
      kind: 't.kind',
      deathCommune: 't.death_commune_name',
      operator: 't.operator_name',
    },
    {
      n: 'count(*)',
      done: 'count(*) FILTER (WHERE t.completed_at IS NOT NULL)',
      hours: 'COALESCE(sum(EXTRACT(EPOCH FROM (t.ends_at - t.starts_at)) / 3600.0), 0)',
    },
  ),
  ashes: event(
    'crematorium_cremation t',
    't.ashes_on',
    { month: month('t.ashes_on') },
    {
      kept: `count(*) FILTER (WHERE t.ashes_fate = 'KEPT')`,
      dispersed: `count(*) FILTER (WHERE t.ashes_fate = 'DISPERSED')`,
    },
    `t.ashes_fate IN ('KEPT','DISPERSED')`,
  ),
  scans: event(
    'crematorium_scan t',
    't.scanned_on',
    { objectType: 't.object_type', month: month('t.scanned_on') },
    {
      n: 'count(*)',
      delay: 'COALESCE(sum(COALESCE(t.delay_minutes, 0) / 60.0), 0)',
    },
    DETECTION,
  ),
  metalLots: event(
    'crematorium_metal_lot t',
    't.collected_on',
    { month: month('t.collected_on'), buyer: 't.buyer' },
    { n: 'count(*)', kg: 'COALESCE(sum(t.weight_kg), 0)', proceeds: 'COALESCE(sum(t.proceeds_cents / 100.0), 0)' },
  ),
  metalUses: event(
    'crematorium_metal_allocation t',
    't.allocated_on',
    { purpose: 't.purpose', month: month('t.allocated_on') },
    { n: 'count(*)', amount: 'COALESCE(sum(t.amount_cents / 100.0), 0)' },
  ),
  pretAnswered: event(
    'pret_request t',
    't.answered_on',
    { status: 't.status', commune: 't.commune_insee', month: month('t.answered_on') },
    { n: 'count(*)' },
  ),
  pretRequested: event(
    'pret_request t',
    't.requested_on',
    { month: month('t.requested_on') },
    {
      n: 'count(*)',
      communes: 'count(DISTINCT t.commune_insee)',
    },
  ),
  pretLoans: event(
    'pret_request_line t JOIN pret_request r ON r.id = t.request_id JOIN pret_kind k ON k.id = t.kind_id',
    'r.start_on',
    { kind: 'k.name', commune: 'r.commune_insee', month: month('r.start_on') },
    { n: 'count(*)', units: 'COALESCE(sum(t.approved * (r.end_on - r.start_on + 1)), 0)' },
    LENT,
  ),
  pretInterventions: event(
    'pret_intervention t',
    't.done_on',
    { service: 't.service', kind: 't.kind', month: month('t.done_on') },
    { n: 'count(*)', hours: 'COALESCE(sum(t.hours), 0)' },
  ),
  pretRepairsOpened: event(
    'pret_repair t JOIN pret_kind k ON k.id = t.kind_id',
    't.opened_on',
    { kind: 'k.name', cause: 't.cause' },
    {
      n: 'count(*)',
    },
  ),
  pretRepairsClosed: event(
    'pret_repair t JOIN pret_kind k ON k.id = t.kind_id',
    't.closed_on',
    { kind: 'k.name', outcome: 't.outcome' },
    { n: 'count(*)', cost: 'COALESCE(sum(t.cost_cents / 100.0), 0)' },
  ),
  pretM2: event(
    'pret_stock_movement t JOIN pret_kind k ON k.id = t.kind_id',
    't.moved_on',
    { kind: 'k.name' },
    { n: 'count(*)', quantity: 'COALESCE(sum(t.quantity), 0)' },
    `t.movement = 'ACQUISITION' AND k.unit = 'M2'`,
  ),
  pretPieces: event(
    'pret_stock_movement t JOIN pret_kind k ON k.id = t.kind_id',
    't.moved_on',
    { kind: 'k.name' },
    { n: 'count(*)', quantity: 'COALESCE(sum(t.quantity), 0)' },
    `t.movement = 'ACQUISITION' AND k.unit = 'PIECE'`,
  ),
};

// indicator key → [statement, measure, presence count, kind, breakdown dimensions] (kind: a count or sum is 0 over
// no record, a share, average or distinct count has no value)
const C = 'count';
const R = 'ratio';
export const MODULE_INDICATORS = {
  'ads.tacit_withdrawals': ['adsWithdrawals', 'n', 'n', C, ['withdrawalOutcome', 'type']],
  'permis_louer.apml_dossiers': ['apmlReceived', 'n', 'n', C, ['commune', 'dwellingType', 'month']],
  'permis_louer.apml_depuis_debut': ['apmlSinceStart', 'n', 'n', C, ['commune']],
  'permis_louer.apml_decisions': ['apmlDecided', 'n', 'n', C, ['outcome', 'commune', 'month']],
  'permis_louer.apml_tacites': ['apmlDecided', 'tacit', 'tacit', C, ['commune']],
  'permis_louer.apml_delai_moyen': ['apmlDecided', 'delay', 'n', R, ['outcome']],
  'permis_louer.visites': ['apmlVisited', 'n', 'n', C, ['worstDefect', 'commune', 'month']],
  'permis_louer.taux_logements_desordres': ['apmlVisited', 'defects', 'n', R, ['commune', 'dwellingType']],
  'permis_louer.taux_logements_desordres_graves': ['apmlVisited', 'serious', 'n', R, ['commune', 'dwellingType']],
  'permis_louer.desordres': ['pdlDefects', 'n', 'n', C, ['severity', 'category']],
  'permis_louer.dossiers_anah': ['apmlReceived', 'anah', 'anah', C, ['commune']],
  'permis_louer.communes': ['pdlPerimeters', 'n', 'n', R, []],
  'permis_louer.adresses_controlees': ['pdlControls', 'n', 'n', C, ['outcome', 'commune', 'month']],
  'permis_louer.taux_depot_apres_controle': ['pdlControls', 'filed', 'n', R, ['commune']],
  'permis_louer.signalements_ddtm': ['pdlReported', 'n', 'n', C, ['authority', 'commune', 'month']],
  'permis_louer.arretes': ['pdlOrdered', 'n', 'n', C, ['authority', 'offence']],
  'permis_louer.titres_perception': ['pdlRevenue', 'n', 'n', C, ['authority']],
  'permis_louer.amendes_montant': ['pdlRevenue', 'amount', 'n', C, ['authority']],
  'permis_louer.apd_dossiers': ['apdReceived', 'n', 'n', C, ['commune']],
  'permis_louer.apd_accords_finaux': ['apdFinal', 'n', 'n', C, ['commune']],
  'permis_louer.guh_contacts': ['guh', 'n', 'n', C, ['channel', 'person', 'subject', 'purpose', 'month']],
  'permis_louer.guh_appels': ['guh', 'phone', 'phone', C, ['subject', 'purpose']],
  'permis_louer.guh_passages': ['guh', 'walkIn', 'walkIn', C, ['subject', 'purpose']],
  'permis_louer.guh_contacts_permis_louer': ['guh', 'pdl', 'pdl', C, ['channel', 'purpose']],
  'crematorium.cremations': ['cremations', 'done', 'done', C, ['month', 'line', 'kind', 'deathCommune', 'operator']],
  'crematorium.occupation_lignes': ['lineDays', 'occupation', 'n', R, ['line', 'month']],
  'crematorium.heures_ligne': ['cremations', 'hours', 'n', C, ['line', 'month']],
  'crematorium.detections': ['scans', 'n', 'n', C, ['objectType', 'month']],
  'crematorium.retard_detections': ['scans', 'delay', 'n', C, ['objectType', 'month']],
  'crematorium.metaux_kg': ['metalLots', 'kg', 'n', C, ['month', 'buyer']],
  'crematorium.metaux_produit': ['metalLots', 'proceeds', 'n', C, ['month', 'buyer']],
  'crematorium.metaux_emplois': ['metalUses', 'amount', 'n', C, ['purpose', 'month']],
  'crematorium.urnes_conservees': ['ashes', 'kept', 'kept', C, ['month']],
  'crematorium.dispersions': ['ashes', 'dispersed', 'dispersed', C, ['month']],
  'pret_materiel.demandes': ['pretAnswered', 'n', 'n', C, ['status', 'commune', 'month']],
  'pret_materiel.communes_interessees': ['pretRequested', 'communes', 'n', R, ['month']],
  'pret_materiel.unites_jours': ['pretLoans', 'units', 'n', C, ['kind', 'commune', 'month']],
  'pret_materiel.interventions': ['pretInterventions', 'n', 'n', C, ['service', 'kind', 'month']],
  'pret_materiel.heures_intervention': ['pretInterventions', 'hours', 'n', C, ['service', 'kind', 'month']],
  'pret_materiel.reparations': ['pretRepairsOpened', 'n', 'n', C, ['kind', 'cause']],
  'pret_materiel.cout_reparations': ['pretRepairsClosed', 'cost', 'n', C, ['kind', 'outcome']],
  'pret_materiel.acquisitions_m2': ['pretM2', 'quantity', 'n', C, ['kind']],
  'pret_materiel.acquisitions_pieces': ['pretPieces', 'quantity', 'n', C, ['kind']],
};
