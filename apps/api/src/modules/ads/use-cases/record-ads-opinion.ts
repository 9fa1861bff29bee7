import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { ADS_CONSULTED_SERVICE_LABELS, ADS_OPINION_LABELS } from '@call/domain';
import { badInput, notFound } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { AdsConsultation } from '../entities/ads-consultation.entity';
import type { RecordAdsOpinionInput } from '../graphql/ads.inputs';
import { recordEvent, refreshDeadline } from '../ads-timeline';
import { notFuture, openAdsDossier } from './ads-dossier-guards';

/** Records a consulted service's opinion; an ABF opinion may change the tacit outcome. */
export async function recordAdsOpinion(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  consultationId: string,
  input: RecordAdsOpinionInput,
  today: LocalDate,
): Promise<AdsConsultation> {
  const c = await em.findOne(AdsConsultation, { where: { id: consultationId }, lock: { mode: 'pessimistic_write' } });
  if (!c) throw notFound('Consultation');
  await assertVersion(em, { entity: 'AdsConsultation', id: c.id, version: c.version }, input.expectedVersion, {
    text: 'Cette consultation',
    feminine: true,
  });
  const d = await openAdsDossier(em, c.dossierId, 'Enregistrement d’un avis');
  notFuture('opinionOn', input.opinionOn, today);
  if (input.opinionOn < c.sentOn)
    throw badInput('opinionOn', 'L’avis ne peut pas précéder l’envoi de la consultation.');
  c.opinion = input.opinion;
  c.opinionOn = input.opinionOn;
  c.comment = input.comment ?? null;
  await em.save(c);
  // an ABF opinion can turn a tacit accord into a tacit refusal (R*424-3)
  const computed = await refreshDeadline(em, d);
  await em.save(d);
  await recordEvent(em, actor, d, {
    kind: 'OPINION_RECORDED',
    on: input.opinionOn,
    summary: `Avis ${ADS_CONSULTED_SERVICE_LABELS[c.service]} : ${ADS_OPINION_LABELS[input.opinion]}.`,
    details: { consultationId: c.id, tacitOutcome: computed.tacitOutcome },
  });
  await audit.record(em, actor, {
    entity: 'AdsConsultation',
    entityId: c.id,
    action: 'opinion',
    changes: { ...input },
  });
  return c;
}
