import { In, type EntityManager } from 'typeorm';
import { acquireTacitDecision, tacitAcquiredLabel, type LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import { AdsConsultation } from '../entities/ads-consultation.entity';
import { AdsDossierEvent } from '../entities/ads-dossier-event.entity';
import { AdsDossier } from '../entities/ads-dossier.entity';
import { AdsMajoration } from '../entities/ads-majoration.entity';
import { deadlineOf } from '../ads-timeline';

const PRE_DECISION = ['DEPOSITED', 'INCOMPLETE', 'COMPLETE', 'UNDER_INSTRUCTION'];
const TACIT_BATCH = 500;

/**
 * Records the tacit decisions the law has given (R*424-1 to R*424-3): every dossier still waiting whose tacit
 * day is over becomes "décision tacite acquise" that day — decision and closing dated the tacit day, so the
 * indicators count it there — with a timeline line and an audit entry by the system. At most one batch per call;
 * rows another transaction holds are left for the next run. `onlyId`: the dossier an agent is acting on.
 */
export async function acquireTacitDecisions(
  em: EntityManager,
  audit: AuditService,
  today: LocalDate,
  onlyId?: string,
): Promise<number> {
  const qb = em
    .createQueryBuilder(AdsDossier, 'd')
    .where('d.status IN (:...pre) AND d.deadline < CAST(:today AS date)', { pre: PRE_DECISION, today })
    .orderBy('d.deadline', 'ASC')
    .limit(TACIT_BATCH)
    .setLock('pessimistic_write')
    .setOnLocked('skip_locked');
  if (onlyId) qb.andWhere('d.id = :onlyId', { onlyId });
  const rows = await qb.getMany();
  if (!rows.length) return 0;
  const found = rows.map((r) => r.id);
  const majorations = await em.find(AdsMajoration, { where: { dossierId: In(found) } });
  const consultations = await em.find(AdsConsultation, { where: { dossierId: In(found) } });

  const settled: AdsDossier[] = [];
  const refreshed: AdsDossier[] = [];
  const events: Partial<AdsDossierEvent>[] = [];
  for (const d of rows) {
    const computed = deadlineOf(
      d,
      majorations.filter((m) => m.dossierId === d.id),
      consultations.filter((c) => c.dossierId === d.id),
    );
    const r = acquireTacitDecision(d, { outcome: computed.tacitOutcome, on: computed.tacitOn }, today);
    if (!r) {
      // a stale stored deadline: refresh it so the row is not picked again
      d.deadline = computed.tacitOn;
      refreshed.push(d);
      continue;
    }
    const from = d.status;
    Object.assign(d, {
      status: r.status,
      statusOn: r.closedOn,
      outcome: r.outcome,
      decidedOn: r.closedOn,
      closedOn: r.closedOn,
      deadline: computed.tacitOn,
    });
    settled.push(d);
    events.push({
      dossierId: d.id,
      kind: 'TACIT_ACQUIRED',
      eventOn: r.closedOn!,
      summary: `${tacitAcquiredLabel(r.outcome!, r.closedOn!)} : aucune décision expresse notifiée dans le délai (R*424-1).`,
      fromStatus: from,
      toStatus: r.status,
      actorId: null,
      actorLogin: 'système',
      details: null,
    });
  }
  if (refreshed.length) await em.save(refreshed);
  if (!settled.length) return 0;
  await em.save(settled);
  await em.insert(AdsDossierEvent, events as never);
  await audit.recordMany(
    em,
    null,
    settled.map((d) => ({
      entity: 'AdsDossier',
      entityId: d.id,
      action: 'tacit_acquired',
      changes: { status: d.status, outcome: d.outcome, decidedOn: d.decidedOn, by: 'système' },
    })),
  );
  return settled.length;
}

/** The daily job: every batch in its own transaction, until nothing is left. */
export async function runTacitDecisionsJob(
  db: { transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> },
  audit: AuditService,
  today: LocalDate,
): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await db.transaction((em) => acquireTacitDecisions(em, audit, today));
    total += n;
    if (n < TACIT_BATCH) return total;
  }
}
