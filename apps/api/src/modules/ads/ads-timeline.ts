import type { EntityManager } from 'typeorm';
import { computeAdsDeadline, isAdsPreDecision, type AdsDeadline } from '@call/domain';
import type { AuthUser } from '../../core/context';
import { AdsConsultation } from './entities/ads-consultation.entity';
import { AdsDossierEvent } from './entities/ads-dossier-event.entity';
import { AdsDossier } from './entities/ads-dossier.entity';
import { AdsMajoration } from './entities/ads-majoration.entity';

export type Actor = Pick<AuthUser, 'id' | 'login'>;

/** One line of a dossier's timeline, written in the same transaction as the change it tells. */
export async function recordEvent(
  em: EntityManager,
  actor: Actor | null,
  dossier: Pick<AdsDossier, 'id'>,
  e: {
    kind: string;
    on: string;
    summary: string;
    fromStatus?: string | null;
    toStatus?: string | null;
    details?: Record<string, unknown> | null;
  },
): Promise<void> {
  await em.insert(AdsDossierEvent, {
    dossierId: dossier.id,
    kind: e.kind,
    eventOn: e.on,
    summary: e.summary,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    actorId: actor?.id ?? null,
    actorLogin: actor?.login ?? 'système',
    details: (e.details ?? null) as never,
  });
}

/** The ABF's last explicit opinion (a tacit one is favourable and changes nothing, R*423-59). */
function abfOpinionOf(consultations: readonly Pick<AdsConsultation, 'service' | 'opinion' | 'opinionOn'>[]) {
  const explicit = consultations.filter((c) => c.service === 'ABF' && c.opinion && c.opinion !== 'TACIT');
  explicit.sort((a, b) => (a.opinionOn ?? '').localeCompare(b.opinionOn ?? ''));
  return explicit.at(-1)?.opinion ?? null;
}

/** The deadline rules applied to a dossier as it stands (its majorations and the ABF's opinion). */
export function deadlineOf(
  d: AdsDossier,
  majorations: readonly Pick<AdsMajoration, 'kind' | 'notifiedOn'>[],
  consultations: readonly Pick<AdsConsultation, 'service' | 'opinion' | 'opinionOn'>[],
): AdsDeadline {
  return computeAdsDeadline({
    type: d.type,
    depositedOn: d.depositedOn,
    piecesRequestedOn: d.piecesRequestedOn,
    piecesReceivedOn: d.piecesReceivedOn,
    majorations: majorations.map((m) => ({ kind: m.kind, notifiedOn: m.notifiedOn })),
    abfOpinion: abfOpinionOf(consultations),
    tacitRefusalCase: d.tacitRefusalCase,
  });
}

/** Recomputes the stored deadline columns (used to sort and filter the queues) after any change. */
export async function refreshDeadline(em: EntityManager, d: AdsDossier): Promise<AdsDeadline> {
  const majorations = await em.find(AdsMajoration, { where: { dossierId: d.id } });
  const consultations = await em.find(AdsConsultation, { where: { dossierId: d.id } });
  const computed = deadlineOf(d, majorations, consultations);
  applyDeadline(d, computed);
  return computed;
}

export function applyDeadline(d: AdsDossier, computed: AdsDeadline): void {
  d.delayMonths = computed.months;
  d.piecesDueOn = computed.piecesDueOn;
  // once decided, the dates of the instruction stay as they were when the decision was taken
  if (isAdsPreDecision(d.status) || !d.completeOn) d.completeOn = computed.startsOn;
  if (isAdsPreDecision(d.status)) d.deadline = computed.tacitOn;
}
