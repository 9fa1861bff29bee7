import { randomUUID } from 'node:crypto';
import {
  addDays,
  addMonths,
  ADS_TYPES_WITH_WORKS,
  adsTypeFamily,
  adsTypeInfo,
  buildAdsDossierNumber,
  computeAdsDeadline,
  daysBetween,
  frenchDay,
  isoWeekday,
  isTacitAcquired,
  tacitAcquiredLabel,
  type AdsChannel,
  type AdsConsultedService,
  type AdsDossierType,
  type AdsMajorationKind,
  type AdsOpinion,
  type AdsOutcome,
  type AdsStatus,
} from '@call/domain';

/** Deterministic pseudo-random numbers (mulberry32): the demo year is the same at every seed. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
    weighted: <T>(items: readonly (readonly [T, number])[]) => {
      let r = next() * items.reduce((s, [, w]) => s + w, 0);
      for (const [v, w] of items) if ((r -= w) < 0) return v;
      return items[items.length - 1][0];
    },
  };
}
export type Rng = ReturnType<typeof prng>;

export interface SeedMember {
  insee: string;
  population: number;
  from: string;
  to: string | null;
}

/** A usual mix of a shared ADS service (DP and CUa dominate); the report gives only the total. */
export const TYPE_MIX: [AdsDossierType, number][] = [
  ['CUa', 0.27],
  ['CUb', 0.04],
  ['DP', 0.44],
  ['PCMI', 0.11],
  ['PC', 0.08],
  ['PA', 0.02],
  ['PD', 0.04],
];
// deposits are lower in August and December
const MONTH_WEIGHT = [8, 8, 10, 10, 9, 9, 8, 5, 9, 9, 8, 7];

export interface PlannedDossier {
  row: Record<string, unknown> & {
    id: string;
    number: string;
    type: AdsDossierType;
    communeInsee: string;
    depositedOn: string;
    status: AdsStatus;
    outcome: AdsOutcome | null;
    decidedOn: string | null;
  };
  events: Record<string, unknown>[];
  consultations: Record<string, unknown>[];
  majorations: Record<string, unknown>[];
}

/** Exactly n items spread by shares (largest remainder), in random order. */
export function allocate<T>(rng: Rng, n: number, shares: readonly (readonly [T, number])[]): T[] {
  const raw = shares.map(([v, s]) => ({ v, exact: n * s, k: Math.floor(n * s) }));
  let left = n - raw.reduce((s, r) => s + r.k, 0);
  for (const r of [...raw].sort((a, b) => b.exact - b.k - (a.exact - a.k))) if (left-- > 0) r.k++;
  const out = raw.flatMap((r) => Array.from({ length: r.k }, () => r.v));
  return shuffle(rng, out);
}

export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** A weekday of the year, months weighted by MONTH_WEIGHT, within [from, to]. */
export function depositDay(rng: Rng, year: number, from = `${year}-01-01`, to = `${year}-12-31`): string {
  for (;;) {
    const month = rng.weighted(MONTH_WEIGHT.map((w, i) => [i, w] as const));
    const day = `${year}-${String(month + 1).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
    if (day >= from && day <= to && isoWeekday(day) <= 5) return day;
  }
}

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
  'Delcroix',
  'Fontaine',
  'Petit',
  'Boulanger',
  'Dhainaut',
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
  'SCCV Les Cytises',
  'Maisons Familiales du Nord',
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
  'rue du 11 Novembre',
  'rue Paul Bert',
];
const NATURE: Record<AdsDossierType, string[]> = {
  CUa: ['Renseignements d’urbanisme avant vente'],
  CUb: ['Faisabilité d’une maison individuelle', 'Division en deux lots à bâtir'],
  DP: [
    'Pose de panneaux photovoltaïques',
    'Remplacement des menuiseries',
    'Construction d’un abri de jardin',
    'Édification d’une clôture',
    'Ravalement de façade',
    'Création d’une véranda',
    'Division foncière',
  ],
  PCMI: ['Construction d’une maison individuelle', 'Extension d’une maison (garage et chambre)'],
  PC: [
    'Construction de 12 logements collectifs',
    'Extension d’un bâtiment d’activité',
    'Construction d’un commerce',
    'Réhabilitation d’un corps de ferme en logements',
  ],
  PA: ['Lotissement de 18 lots', 'Aménagement d’un lotissement de 9 lots'],
  PD: ['Démolition d’un garage', 'Démolition d’une maison vétuste'],
};

interface SimOptions {
  cutoff: string;
  actor: { id: string; login: string };
  instructorId: string | null;
}

/** Simulates the life of one dossier from its deposit up to `cutoff` with the domain's deadline rules. */
export function simulateDossier(
  rng: Rng,
  base: {
    type: AdsDossierType;
    communeInsee: string;
    depositedOn: string;
    channel: AdsChannel;
    number: string;
    initialDossierId: string | null;
    cancelled?: boolean;
  },
  o: SimOptions,
): PlannedDossier {
  const { type, depositedOn: dep } = base;
  const id = randomUUID();
  const family = adsTypeFamily(type);
  const events: Record<string, unknown>[] = [];
  const consultations: Record<string, unknown>[] = [];
  const majorations: Record<string, unknown>[] = [];
  let status: AdsStatus = 'DEPOSITED';
  let statusOn = dep;
  const ev = (kind: string, on: string, summary: string, to?: AdsStatus, bySystem = false) => {
    events.push({
      id: randomUUID(),
      dossierId: id,
      kind,
      eventOn: on,
      fromStatus: to ? status : null,
      toStatus: to ?? null,
      actorId: bySystem ? null : o.actor.id,
      actorLogin: bySystem ? 'système' : o.actor.login,
      summary,
      details: null,
      recordedAt: new Date(`${on}T09:00:00Z`),
    });
    if (to) {
      status = to;
      statusOn = on;
    }
  };
  const done = (on: string) => on <= o.cutoff;
  ev(
    'CREATED',
    dep,
    `Enregistré : dépôt ${base.channel === 'ELECTRONIC' ? 'dématérialisé' : 'papier'} du ${frenchDay(dep)}.`,
    'DEPOSITED',
  );
  const company = type === 'PC' || type === 'PA' ? rng.chance(0.7) : rng.chance(0.08);
  const row: PlannedDossier['row'] = {
    id,
    number: base.number,
    initialDossierId: base.initialDossierId,
    type,
    communeInsee: base.communeInsee,
    depositedOn: dep,
    channel: base.channel,
    applicantKind: company ? 'COMPANY' : 'PERSON',
    applicantName: company ? rng.pick(COMPANIES) : `${rng.pick(FIRST)} ${rng.pick(SURNAMES)}`,
    landAddress: `${rng.int(1, 180)} ${rng.pick(STREETS)}`,
    cadastralParcels: [`${rng.pick(['AB', 'AC', 'AE', 'B', 'C', 'ZA'])} ${rng.int(1, 900)}`],
    projectNature: rng.pick(NATURE[type]),
    floorAreaCreated:
      type === 'PCMI'
        ? rng.int(80, 160)
        : type === 'PC'
          ? rng.int(0, 1200)
          : type === 'DP' && rng.chance(0.2)
            ? rng.int(5, 20)
            : 0,
    dwellingsCreated: type === 'PCMI' ? 1 : type === 'PC' && rng.chance(0.5) ? rng.int(2, 24) : 0,
    instructorId: o.instructorId,
    tacitRefusalCase: false,
    status,
    statusOn,
    piecesRequestedOn: null,
    piecesReceivedOn: null,
    outcome: null,
    decidedOn: null,
    closedOn: null,
    docOn: null,
    daactOn: null,
    conformityOn: null,
  };
  const finish = (): PlannedDossier => {
    const c = computeAdsDeadline({
      type,
      depositedOn: dep,
      piecesRequestedOn: row.piecesRequestedOn as string | null,
      piecesReceivedOn: row.piecesReceivedOn as string | null,
      majorations: majorations.map((m) => ({ kind: m.kind as AdsMajorationKind, notifiedOn: m.notifiedOn as string })),
      abfOpinion: abfOpinion ?? null,
    });
    Object.assign(row, {
      status,
      statusOn,
      delayMonths: c.months,
      piecesDueOn: c.piecesDueOn,
      completeOn: c.startsOn,
      deadline: c.tacitOn,
    });
    return { row, events, consultations, majorations };
  };
  let abfOpinion: AdsOpinion | null = null;
  if (base.cancelled) {
    const on = addDays(dep, rng.int(1, 6));
    ev('CANCEL', on, 'Annuler le dossier : enregistrement en double.', 'CANCELLED');
    row.closedOn = on;
    return finish();
  }

  // completeness: a third of the dossiers miss pieces, a few requests come after the month (no effect, R*423-41)
  const abf = family !== 'CU' && rng.chance(0.12);
  if (rng.chance(0.3)) {
    const late = (type === 'PC' || type === 'PA') && rng.chance(0.1);
    const req = addDays(dep, late ? rng.int(33, 40) : rng.int(6, 27));
    if (!done(req)) return finish();
    row.piecesRequestedOn = req;
    ev(
      'REQUEST_PIECES',
      req,
      `Demander des pièces manquantes${late ? ' (hors du délai d’un mois : sans effet sur le délai d’instruction, R*423-41)' : ''}.`,
      'INCOMPLETE',
    );
  }
  if (abf) {
    const on =
      (row.piecesRequestedOn as string | null) && (row.piecesRequestedOn as string) <= addMonths(dep, 1)
        ? (row.piecesRequestedOn as string)
        : addDays(dep, rng.int(5, 25));
    if (done(on)) {
      majorations.push({ id: randomUUID(), dossierId: id, kind: 'R423_24', notifiedOn: on });
      ev('MAJORATION', on, 'Majoration d’un mois (R*423-24, ex. abords ABF) notifiée.');
    }
  }
  const consult = (service: AdsConsultedService, opinions: [AdsOpinion | null, number][]) => {
    const sent = addDays(dep, rng.int(3, 12));
    if (!done(sent)) return;
    const dueOn = addMonths(sent, service === 'ABF' && family === 'PERMIT' ? 2 : 1);
    const opinion = rng.weighted(opinions);
    const opinionOn = opinion ? addDays(sent, rng.int(10, daysBetween(sent, dueOn))) : null;
    const recorded = opinion && done(opinionOn!);
    consultations.push({
      id: randomUUID(),
      dossierId: id,
      service,
      serviceDetail: null,
      sentOn: sent,
      dueOn,
      opinion: recorded ? opinion : null,
      opinionOn: recorded ? opinionOn : null,
      comment: null,
    });
    ev('CONSULTATION_SENT', sent, `Consultation envoyée (${service}), avis attendu le ${frenchDay(dueOn)}.`);
    if (recorded) {
      ev('OPINION_RECORDED', opinionOn!, `Avis ${service} enregistré.`);
      if (service === 'ABF') abfOpinion = opinion;
    }
  };
  if (abf)
    consult('ABF', [
      ['FAVOURABLE', 0.76],
      ['PRESCRIPTIONS', 0.14],
      ['UNFAVOURABLE', 0.1],
    ]);
  if (family === 'PERMIT' && rng.chance(0.5))
    consult('EAU_ASSAINISSEMENT', [
      ['FAVOURABLE', 0.7],
      ['PRESCRIPTIONS', 0.2],
      [null, 0.1],
    ]);
  if ((type === 'PC' || type === 'PA') && rng.chance(0.5))
    consult('ENEDIS', [
      ['FAVOURABLE', 0.8],
      [null, 0.2],
    ]);
  if (type === 'PC' && rng.chance(0.3))
    consult('SDIS', [
      ['FAVOURABLE', 0.6],
      ['PRESCRIPTIONS', 0.4],
    ]);

  const neverReceived = row.piecesRequestedOn !== null && rng.chance(0.05);
  if (row.piecesRequestedOn && !neverReceived) {
    const rec = addDays(
      row.piecesRequestedOn as string,
      (row.piecesRequestedOn as string) > addMonths(dep, 1) ? rng.int(3, 12) : rng.int(8, 75),
    );
    if (!done(rec)) return finish();
    row.piecesReceivedOn = rec;
    ev('RECEIVE_PIECES', rec, 'Enregistrer les pièces reçues (dossier complet).', 'COMPLETE');
  } else if (!row.piecesRequestedOn) {
    const on = addDays(dep, rng.int(2, 20));
    if (!done(on)) return finish();
    ev('DECLARE_COMPLETE', on, 'Déclarer le dossier complet.', 'COMPLETE');
  }
  const c = computeAdsDeadline({
    type,
    depositedOn: dep,
    piecesRequestedOn: row.piecesRequestedOn as string | null,
    piecesReceivedOn: row.piecesReceivedOn as string | null,
    majorations: majorations.map((m) => ({ kind: m.kind as AdsMajorationKind, notifiedOn: m.notifiedOn as string })),
    abfOpinion,
  });
  if (neverReceived) {
    if (!isTacitAcquired(c.tacitOn, o.cutoff)) return finish();
    ev(
      'TACIT_ACQUIRED',
      c.tacitOn,
      `${tacitAcquiredLabel(c.tacitOutcome, c.tacitOn)} : pièces manquantes non produites (R*423-39).`,
      'TACIT',
      true,
    );
    Object.assign(row, { outcome: c.tacitOutcome, decidedOn: c.tacitOn, closedOn: c.tacitOn });
    return finish();
  }
  if (consultations.length && (status as AdsStatus) === 'COMPLETE')
    ev('START_INSTRUCTION', statusOn, 'Passer en instruction (consultations).', 'UNDER_INSTRUCTION');
  if (rng.chance(0.015)) {
    // the applicant withdraws before the decision (when the delay leaves room for it)
    const on = addDays(statusOn, rng.int(3, 25));
    if (on < c.tacitOn && done(on)) {
      ev('WITHDRAW', on, 'Enregistrer le retrait de la demande.', 'WITHDRAWN');
      row.closedOn = on;
      return finish();
    }
  }
  const start = c.startsOn!;
  const tacit = rng.chance(0.03);
  const planned = tacit
    ? c.tacitOn
    : addDays(start, Math.round(daysBetween(start, c.deadline!) * (0.45 + 0.53 * rng.next())));
  const wanted = planned <= statusOn ? addDays(statusOn, 1) : planned;
  // a decision the service would take after the deadline is, by law, the tacit one (R*424-1)
  const silent = tacit || wanted > c.tacitOn;
  const on = silent ? c.tacitOn : wanted;
  if (silent ? !isTacitAcquired(on, o.cutoff) : !done(on)) return finish();
  const outcome: AdsOutcome = silent ? c.tacitOutcome : expressOutcome(rng, type, abfOpinion);
  ev(
    silent ? 'TACIT_ACQUIRED' : 'DECIDE',
    on,
    silent
      ? `${tacitAcquiredLabel(outcome, on)} : aucune décision expresse notifiée dans le délai (R*424-1).`
      : `Enregistrer la décision : ${outcome}.`,
    silent ? 'TACIT' : 'DECIDED',
    silent,
  );
  Object.assign(row, { outcome, decidedOn: on, closedOn: on });

  // works of the granted permits: DOC, DAACT, conformity
  if (
    ADS_TYPES_WITH_WORKS.includes(type) &&
    ['ACCORD', 'ACCORD_PRESCRIPTIONS', 'TACIT_ACCORD'].includes(outcome) &&
    rng.chance(0.75)
  ) {
    const doc = addDays(on, rng.int(20, 200));
    if (!done(doc)) return finish();
    row.docOn = doc;
    ev('DECLARE_DOC', doc, 'Enregistrer la DOC (ouverture de chantier).', 'WORKS_STARTED');
    if (!rng.chance(0.6)) return finish();
    const daact = addDays(doc, rng.int(180, 480));
    if (!done(daact)) return finish();
    row.daactOn = daact;
    ev('DECLARE_DAACT', daact, 'Enregistrer la DAACT (achèvement).', 'WORKS_COMPLETED');
    const conf = addDays(daact, rng.int(15, 85));
    if (rng.chance(0.5) && done(conf)) {
      row.conformityOn = conf;
      ev('RECORD_CONFORMITY', conf, 'Constater la conformité.', 'CONFORMITY_CHECKED');
    }
  }
  return finish();
}

function expressOutcome(rng: Rng, type: AdsDossierType, abf: AdsOpinion | null): AdsOutcome {
  const family = adsTypeFamily(type);
  if (family === 'CU')
    return type === 'CUa'
      ? 'CU_POSITIF'
      : rng.weighted([
          ['CU_POSITIF', 0.88],
          ['CU_NEGATIF', 0.12],
        ] as const);
  const refusal = abf === 'UNFAVOURABLE' ? 0.7 : 0.09;
  if (family === 'DP')
    return rng.weighted([
      ['NON_OPPOSITION', 0.8 - refusal],
      ['NON_OPPOSITION_PRESCRIPTIONS', 0.2],
      ['OPPOSITION', refusal],
    ] as const);
  return rng.weighted([
    ['ACCORD', 0.7 - refusal],
    ['ACCORD_PRESCRIPTIONS', 0.28],
    ['REFUS', refusal],
    ['SURSIS_A_STATUER', 0.02],
  ] as const);
}

/** Sequence numbers of the A series, per type prefix, commune and year. */
export function numberer() {
  const seq = new Map<string, number>();
  return (type: AdsDossierType, insee: string, depositedOn: string) => {
    const k = `${adsTypeInfo(type).numberPrefix}|${insee}|${depositedOn.slice(0, 4)}`;
    const n = (seq.get(k) ?? 0) + 1;
    seq.set(k, n);
    return buildAdsDossierNumber(type, insee, depositedOn, n);
  };
}
