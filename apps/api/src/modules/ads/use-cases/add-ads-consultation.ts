import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { ADS_CONSULTED_SERVICE_LABELS, adsTypeFamily, defaultConsultationDueOn, frenchDay } from '@call/domain';
import { badInput } from '../../../core/errors';
import { AdsConsultation } from '../entities/ads-consultation.entity';
import type { AddAdsConsultationInput } from '../graphql/ads.inputs';
import { recordEvent } from '../ads-timeline';
import { notFuture, openAdsDossier } from './ads-dossier-guards';

/** Sends a consultation to a service (R*423-50 and following); its answer is due in its own delay. */
export async function addAdsConsultation(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  dossierId: string,
  input: AddAdsConsultationInput,
  today: LocalDate,
): Promise<AdsConsultation> {
  const d = await openAdsDossier(em, dossierId, 'Consultation');
  notFuture('sentOn', input.sentOn, today);
  if (input.sentOn < d.depositedOn) throw badInput('sentOn', 'La consultation ne peut pas précéder le dépôt.');
  const dueOn =
    input.dueOn ?? defaultConsultationDueOn(input.service, input.sentOn, adsTypeFamily(d.type) === 'PERMIT');
  if (dueOn < input.sentOn) throw badInput('dueOn', 'L’échéance doit suivre l’envoi.');
  const c = em.create(AdsConsultation, {
    dossierId,
    service: input.service,
    serviceDetail: input.serviceDetail ?? null,
    sentOn: input.sentOn,
    dueOn,
    opinion: null,
    opinionOn: null,
    comment: null,
  });
  await em.save(c);
  await recordEvent(em, actor, d, {
    kind: 'CONSULTATION_SENT',
    on: input.sentOn,
    summary: `Consultation envoyée : ${ADS_CONSULTED_SERVICE_LABELS[input.service]}${input.serviceDetail ? ` (${input.serviceDetail})` : ''}, avis attendu le ${frenchDay(dueOn)}.`,
    details: { consultationId: c.id },
  });
  await audit.record(em, actor, {
    entity: 'AdsConsultation',
    entityId: c.id,
    action: 'create',
    changes: { dossierId, ...input },
  });
  return c;
}
