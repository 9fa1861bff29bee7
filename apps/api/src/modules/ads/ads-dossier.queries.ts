import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import {
  ADS_OPEN_STATUSES,
  ADS_STATUSES,
  adsSituationLabel,
  addDays,
  allowedAdsActions,
  effectiveOpinion,
  expressOutcomesFor,
  isAdsPreDecision,
  type LocalDate,
} from '@call/domain';
import { selectUserDisplayName } from '../../core/auth/users-directory';
import { selectColumnsOf } from '../../core/kit/raw-columns';
import { preparedQuery } from '../../core/database/prepared-query';
import type { AuthUser } from '../../core/context';
import { AdsConsultation } from './entities/ads-consultation.entity';
import { AdsDossierEvent } from './entities/ads-dossier-event.entity';
import { AdsDossier } from './entities/ads-dossier.entity';
import { AdsMajoration } from './entities/ads-majoration.entity';
import { AdsQueue, AdsSort } from './graphql/ads.enums';
import type { AdsDossierFilter } from './graphql/ads.inputs';
import type { AdsDossierSummaryView, AdsDossierView } from './graphql/ads.types';
import { deadlineOf } from './ads-timeline';

const INSTRUCTOR_NAME = 'instructor_name';

/** The list's columns, selected as raw values: no entity is built for a row of the list (hot path). */
const SUMMARY_COLUMNS = {
  id: 'd.id',
  number: 'd.number',
  type: 'd.type',
  communeInsee: 'd.commune_insee',
  communeName: 'c.name',
  depositedOn: 'd.deposited_on',
  channel: 'd.channel',
  applicantName: 'd.applicant_name',
  status: 'd.status',
  outcome: 'd.outcome',
  deadline: 'd.deadline',
  decidedOn: 'd.decided_on',
  instructorId: 'd.instructor_id',
  afterTacitKind: 'd.after_tacit_kind',
  afterTacitOutcome: 'd.after_tacit_outcome',
  afterTacitOn: 'd.after_tacit_on',
} as const;
type SummaryRow = { [K in keyof typeof SUMMARY_COLUMNS]: AdsDossier[K extends 'communeName' ? 'communeInsee' : K] } & {
  [INSTRUCTOR_NAME]: string | null;
};

const OPEN_LIST = ADS_OPEN_STATUSES.map((s) => `'${s}'`).join(', ');
// statuses sort in the order of the workflow, not of their codes
const STATUS_ORDER = `CASE d.status ${ADS_STATUSES.map((st, i) => `WHEN '${st.code}' THEN ${i}`).join(' ')} END`;
const OPEN_FIRST = `CASE WHEN d.status IN (${OPEN_LIST}) THEN 0 ELSE 1 END`;

// every column of the list sorts both ways; ties are broken by the number, in the same direction, so that a sort on
// a column never empty (`NOT NULL`, no NULLS clause) reads an index (commune, deposit date, number) backwards or
// forwards and stops at the page instead of sorting the whole commune
const SORTS: Record<AdsSort, [string, 'ASC' | 'DESC', 'nullable'?]> = {
  DEADLINE_ASC: ['d.deadline', 'ASC', 'nullable'],
  DEADLINE_DESC: ['d.deadline', 'DESC', 'nullable'],
  DEPOSITED_ASC: ['d.deposited_on', 'ASC'],
  DEPOSITED_DESC: ['d.deposited_on', 'DESC'],
  NUMBER_ASC: ['d.number', 'ASC'],
  NUMBER_DESC: ['d.number', 'DESC'],
  TYPE_ASC: ['d.type', 'ASC'],
  TYPE_DESC: ['d.type', 'DESC'],
  COMMUNE_ASC: ['c.name', 'ASC', 'nullable'],
  COMMUNE_DESC: ['c.name', 'DESC', 'nullable'],
  APPLICANT_ASC: ['d.applicant_name', 'ASC'],
  APPLICANT_DESC: ['d.applicant_name', 'DESC'],
  STATUS_ASC: [STATUS_ORDER, 'ASC'],
  STATUS_DESC: [STATUS_ORDER, 'DESC'],
  INSTRUCTOR_ASC: [`${INSTRUCTOR_NAME}_u.display_name`, 'ASC', 'nullable'],
  INSTRUCTOR_DESC: [`${INSTRUCTOR_NAME}_u.display_name`, 'DESC', 'nullable'],
};

/** The condition of a queue (none for « tous »), shared by the list and the counts of the tabs. */
export function queueCondition(
  queue: AdsQueue,
  user: AuthUser,
  today: LocalDate,
  withinDays: number,
): { sql: string; params: Record<string, unknown> } | null {
  switch (queue) {
    case AdsQueue.MINE:
      return { sql: 'd.instructor_id = :me', params: { me: user.id } };
    case AdsQueue.DEADLINE_SOON:
      // the head's alarm: open dossiers whose silence gives a decision within N days (overdue ones included)
      return {
        sql: `d.status IN (${OPEN_LIST}) AND d.deadline <= CAST(:soonLimit AS date)`,
        params: { soonLimit: addDays(today, withinDays) },
      };
    case AdsQueue.OVERDUE:
      // still open after the deadline (same rule as the domain's isAdsDeadlineOverdue)
      return {
        sql: `d.status IN (${OPEN_LIST}) AND d.deadline < CAST(:overdueDay AS date)`,
        params: { overdueDay: today },
      };
    case AdsQueue.AWAITING_PIECES:
      return { sql: "d.status = 'INCOMPLETE'", params: {} };
    case AdsQueue.AWAITING_OPINIONS:
      return {
        sql: `d.status IN (${OPEN_LIST}) AND EXISTS (SELECT 1 FROM ads_consultation k WHERE k.dossier_id = d.id AND k.opinion IS NULL AND k.due_on >= CAST(:opinionDay AS date))`,
        params: { opinionDay: today },
      };
    default:
      return null;
  }
}

/** The filters other than the queue (commune, type, status, instructor, year, search). */
export function applyFilters<T extends object>(qb: SelectQueryBuilder<T>, f: AdsDossierFilter): SelectQueryBuilder<T> {
  if (f.communeInsee) qb.andWhere('d.commune_insee = :commune', { commune: f.communeInsee });
  if (f.type) qb.andWhere('d.type = :type', { type: f.type });
  if (f.statuses?.length) qb.andWhere('d.status IN (:...statuses)', { statuses: f.statuses });
  if (f.instructorId) qb.andWhere('d.instructor_id = :instructor', { instructor: f.instructorId });
  if (f.year)
    qb.andWhere('d.deposited_on >= CAST(:from AS date) AND d.deposited_on < CAST(:to AS date)', {
      from: `${f.year}-01-01`,
      to: `${f.year + 1}-01-01`,
    });
  if (f.search?.trim()) {
    const term = `%${f.search.trim().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    qb.andWhere('(d.number ILIKE :term OR d.applicant_name ILIKE :term)', { term });
  }
  return qb;
}

/** The queue and filters of the list, as one query of raw rows (the same for the screen and the export). */
export function dossierListQuery(
  em: EntityManager,
  user: AuthUser,
  f: AdsDossierFilter,
  sort: AdsSort,
  today: LocalDate,
): SelectQueryBuilder<AdsDossier> {
  // a left join (the commune is never missing): the count leaves it out
  const qb = em.createQueryBuilder(AdsDossier, 'd').select('d.id', 'id').leftJoin('d.commune', 'c');
  for (const [alias, column] of Object.entries(SUMMARY_COLUMNS)) if (alias !== 'id') qb.addSelect(column, alias);
  selectUserDisplayName(qb, 'd.instructor_id', INSTRUCTOR_NAME);
  const queue = queueCondition(f.queue, user, today, f.withinDays ?? 15);
  if (queue) qb.andWhere(queue.sql, queue.params);
  applyFilters(qb, f);
  const [column, direction, nullable] = SORTS[sort];
  const nulls = nullable ? 'NULLS LAST' : undefined;
  // a deadline sort puts the open dossiers first: a closed one's past deadline is no longer anybody's alarm
  if (column === 'd.deadline') qb.orderBy(OPEN_FIRST, 'ASC').addOrderBy(column, direction, nulls);
  else qb.orderBy(column, direction, nulls);
  return qb.addOrderBy('d.number', direction);
}

/** The raw rows of the list's query: the commune's and the instructor's names come with them, no second query. */
export function toSummaries(raw: Record<string, unknown>[]): AdsDossierSummaryView[] {
  return (raw as SummaryRow[]).map((r) => ({
    id: r.id,
    number: r.number,
    type: r.type,
    communeInsee: r.communeInsee,
    communeName: r.communeName ?? r.communeInsee,
    depositedOn: r.depositedOn,
    channel: r.channel,
    applicantName: r.applicantName,
    status: r.status,
    outcome: r.outcome,
    deadline: r.deadline,
    decidedOn: r.decidedOn,
    instructorId: r.instructorId,
    instructorName: r[INSTRUCTOR_NAME],
    situation: adsSituationLabel(r),
  }));
}

/** Majorations, consultations and timeline of the dossier `d`, each as one JSON array beside its row. */
const CHILDREN: Record<string, { fields: Record<string, string>; from: string; order: string }> = {
  majorations: {
    fields: { id: 'm.id', kind: 'm.kind', notifiedOn: 'm.notified_on' },
    from: 'ads_majoration m WHERE m.dossier_id = d.id',
    order: 'm.notified_on',
  },
  consultations: {
    fields: {
      id: 'k.id',
      version: 'k.version',
      service: 'k.service',
      serviceDetail: 'k.service_detail',
      sentOn: 'k.sent_on',
      dueOn: 'k.due_on',
      opinion: 'k.opinion',
      opinionOn: 'k.opinion_on',
      comment: 'k.comment',
    },
    from: 'ads_consultation k WHERE k.dossier_id = d.id',
    order: 'k.sent_on, k.created_at',
  },
  events: {
    fields: {
      id: 'e.id',
      kind: 'e.kind',
      eventOn: 'e.event_on',
      fromStatus: 'e.from_status',
      toStatus: 'e.to_status',
      actorLogin: 'e.actor_login',
      summary: 'e.summary',
      details: 'e.details',
      recordedAt: 'e.recorded_at',
    },
    from: 'ads_dossier_event e WHERE e.dossier_id = d.id',
    order: 'e.recorded_at, e.event_on',
  },
};
const jsonArray = ({ fields, from, order }: (typeof CHILDREN)[string]) => {
  const obj = Object.entries(fields).map(([k, sql]) => `'${k}', ${sql}`);
  return `(SELECT COALESCE(json_agg(json_build_object(${obj.join(', ')}) ORDER BY ${order}), '[]') FROM ${from})`;
};
type DossierRow = Omit<AdsDossier, 'commune' | 'initialDossier'> &
  Children & { communeName: string | null; initialNumber: string | null; [INSTRUCTOR_NAME]: string | null };
type Children = {
  majorations: Pick<AdsMajoration, 'id' | 'kind' | 'notifiedOn'>[];
  consultations: Omit<AdsConsultation, 'dossierId' | 'createdAt'>[];
  events: (Omit<AdsDossierEvent, 'dossierId' | 'actorId' | 'recordedAt'> & { recordedAt: string })[];
};

/** The by-id statement, built once per database (its text depends only on the schema): one parameter, the id. */
const dossierViewSqls = new WeakMap<DataSource, string>();
function dossierViewSql(em: EntityManager): string {
  const known = dossierViewSqls.get(em.connection);
  if (known) return known;
  const qb = selectColumnsOf(em.createQueryBuilder(AdsDossier, 'd'), AdsDossier, 'd')
    .leftJoin('d.commune', 'c')
    .addSelect('c.name', 'communeName')
    .leftJoin('d.initialDossier', 'i')
    .addSelect('i.number', 'initialNumber')
    .where('d.id = :id', { id: '' });
  selectUserDisplayName(qb, 'd.instructor_id', INSTRUCTOR_NAME);
  for (const [key, child] of Object.entries(CHILDREN)) qb.addSelect(jsonArray(child), key);
  const [sql] = qb.getQueryAndParameters();
  dossierViewSqls.set(em.connection, sql);
  return sql;
}

/**
 * A dossier with its computed deadline, timeline, consultations and the actions the state machine allows: one query
 * (its row, commune, initial dossier and instructor's name joined; its lists as JSON arrays), one round trip.
 */
export async function loadDossierView(em: EntityManager, id: string, today: LocalDate): Promise<AdsDossierView | null> {
  // a raw row shaped like the entity: no hydration on this hot read
  const [row] = await preparedQuery<DossierRow>(em, dossierViewSql(em), [id]);
  if (!row) return null;
  const d = row;
  const { majorations, consultations, events } = row;
  return {
    ...toSummaries([row])[0],
    version: d.version,
    initialNumber: row.initialNumber,
    applicantKind: d.applicantKind,
    landAddress: d.landAddress,
    cadastralParcels: d.cadastralParcels,
    projectNature: d.projectNature,
    floorAreaCreated: d.floorAreaCreated,
    dwellingsCreated: d.dwellingsCreated,
    tacitRefusalCase: d.tacitRefusalCase,
    statusOn: d.statusOn,
    piecesRequestedOn: d.piecesRequestedOn,
    piecesReceivedOn: d.piecesReceivedOn,
    completeOn: d.completeOn,
    closedOn: d.closedOn,
    docOn: d.docOn,
    daactOn: d.daactOn,
    conformityOn: d.conformityOn,
    tacitCertificateOn: d.tacitCertificateOn,
    afterTacitKind: d.afterTacitKind,
    afterTacitOutcome: d.afterTacitOutcome,
    afterTacitOn: d.afterTacitOn,
    withdrawalProcedureOn: d.withdrawalProcedureOn,
    // the law's computations run only when a client asks for them (the page does; a bench or an export may not)
    get computedDeadline() {
      const computed = deadlineOf(d, majorations, consultations);
      return {
        ...computed,
        majorations: computed.majorations.map((m, i) => ({ ...m, id: majorations[i]?.id ?? null })),
      };
    },
    get allowedActions() {
      return allowedAdsActions(d);
    },
    expressOutcomes: expressOutcomesFor(d.type),
    consultationsAllowed: isAdsPreDecision(d.status),
    consultations: consultations.map((c) => ({
      id: c.id,
      version: c.version,
      service: c.service,
      serviceDetail: c.serviceDetail,
      sentOn: c.sentOn,
      dueOn: c.dueOn,
      opinion: c.opinion,
      effectiveOpinion: effectiveOpinion(c, today),
      opinionOn: c.opinionOn,
      comment: c.comment,
    })),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      eventOn: e.eventOn,
      fromStatus: e.fromStatus as AdsDossierView['status'] | null,
      toStatus: e.toStatus as AdsDossierView['status'] | null,
      actorLogin: e.actorLogin,
      summary: e.summary,
      details: e.details,
      recordedAt: new Date(e.recordedAt).toISOString(),
    })),
  };
}
