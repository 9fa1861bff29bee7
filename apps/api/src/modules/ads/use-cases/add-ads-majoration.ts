import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { ADS_MAJORATION_LABELS, frenchDay } from '@call/domain';
import { badInput } from '../../../core/errors';
import { AdsDossier } from '../entities/ads-dossier.entity';
import { AdsMajoration } from '../entities/ads-majoration.entity';
import type { AddAdsMajorationInput } from '../graphql/ads.inputs';
import { recordEvent, refreshDeadline } from '../ads-timeline';
import { notFuture, openAdsDossier } from './ads-dossier-guards';

/** Records the notification of a longer instruction delay (R*423-24 to R*423-35). */
export async function addAdsMajoration(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  dossierId: string,
  input: AddAdsMajorationInput,
  today: LocalDate,
): Promise<AdsDossier> {
  const d = await openAdsDossier(em, dossierId, 'Majoration du délai');
  notFuture('notifiedOn', input.notifiedOn, today);
  if (input.notifiedOn < d.depositedOn) throw badInput('notifiedOn', 'La notification ne peut pas précéder le dépôt.');
  const m = em.create(AdsMajoration, { dossierId, kind: input.kind, notifiedOn: input.notifiedOn });
  await em.save(m);
  const computed = await refreshDeadline(em, d);
  await em.save(d);
  const check = computed.majorations.find((x) => x.kind === input.kind && x.notifiedOn === input.notifiedOn);
  await recordEvent(em, actor, d, {
    kind: 'MAJORATION',
    on: input.notifiedOn,
    summary: check?.applied
      ? `${ADS_MAJORATION_LABELS[input.kind]} notifiée : délai de ${computed.months} mois, échéance le ${frenchDay(computed.tacitOn)}.`
      : `${ADS_MAJORATION_LABELS[input.kind]} enregistrée sans effet : ${check?.reason ?? ''}`,
    details: { majorationId: m.id, applied: check?.applied ?? false },
  });
  await audit.record(em, actor, {
    entity: 'AdsDossier',
    entityId: dossierId,
    action: 'majoration',
    changes: { ...input },
  });
  return d;
}
