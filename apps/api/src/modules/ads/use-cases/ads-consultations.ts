import type { EntityManager } from 'typeorm';
import {
  ADS_CONSULTED_SERVICE_LABELS,
  ADS_MAJORATION_LABELS,
  ADS_OPINION_LABELS,
  ADS_STATUS_LABELS,
  adsTypeFamily,
  defaultConsultationDueOn,
  frenchDay,
  isAdsPreDecision,
  toParisLocalDate,
} from '@call/domain';
import { badInput, invalidTransition, notFound } from '../../../core/errors';
import { AdsConsultation } from '../entities/ads-consultation.entity';
import { AdsDossier } from '../entities/ads-dossier.entity';
import { AdsMajoration } from '../entities/ads-majoration.entity';
import type { AddAdsConsultationInput, AddAdsMajorationInput, RecordAdsOpinionInput } from '../graphql/ads.inputs';
import { recordEvent, refreshDeadline, type Actor } from '../ads-timeline';

async function openDossier(em: EntityManager, id: string, what: string): Promise<AdsDossier> {
  const d = await em.findOne(AdsDossier, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!d) throw notFound('Dossier ADS');
  if (!isAdsPreDecision(d.status))
    throw invalidTransition(`${what} impossible : le dossier est au statut « ${ADS_STATUS_LABELS[d.status]} ».`);
  return d;
}

const notFuture = (field: string, date: string) => {
  if (date > toParisLocalDate(new Date())) throw badInput(field, 'La date ne peut pas être dans le futur.');
};

export async function addAdsConsultation(
  em: EntityManager,
  actor: Actor,
  dossierId: string,
  input: AddAdsConsultationInput,
): Promise<AdsConsultation> {
  const d = await openDossier(em, dossierId, 'Consultation');
  notFuture('sentOn', input.sentOn);
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
  return c;
}

export async function recordAdsOpinion(
  em: EntityManager,
  actor: Actor,
  consultationId: string,
  input: RecordAdsOpinionInput,
): Promise<AdsConsultation> {
  const c = await em.findOne(AdsConsultation, { where: { id: consultationId } });
  if (!c) throw notFound('Consultation');
  const d = await openDossier(em, c.dossierId, 'Enregistrement d’un avis');
  notFuture('opinionOn', input.opinionOn);
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
  return c;
}

export async function addAdsMajoration(
  em: EntityManager,
  actor: Actor,
  dossierId: string,
  input: AddAdsMajorationInput,
): Promise<AdsDossier> {
  const d = await openDossier(em, dossierId, 'Majoration du délai');
  notFuture('notifiedOn', input.notifiedOn);
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
  return d;
}
