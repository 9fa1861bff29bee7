import type { EntityManager } from 'typeorm';
import { apdDeadline, frenchDay, type LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, invalidTransition, notFound } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { Commune } from '../../../core/referentials/commune.entity';
import { PdlApdDossier, PdlContact } from '../entities';
import type { ApdDecideInput, ApdDepositInput, ApdStepInput, ContactInput } from '../permis-louer.inputs';
import { allocatePdlNumber } from '../pdl-numbering';

/** An APD (permis de diviser): fifteen days from the récépissé, silence is an authorisation (L126-19, configurable). */
export async function depositApd(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ApdDepositInput,
  today: LocalDate,
) {
  if (input.receivedOn > today) throw badInput('receivedOn', 'Date du récépissé : ne peut être dans le futur.');
  if (!(await em.findOneBy(Commune, { inseeCode: input.communeInsee })))
    throw badInput('communeInsee', 'Commune inconnue.');
  const row = {
    number: await allocatePdlNumber(em, 'APD', input.receivedOn),
    ownerName: input.ownerName.trim(),
    street: input.street.trim(),
    communeInsee: input.communeInsee,
    dwellingsCount: input.dwellingsCount,
    receivedOn: input.receivedOn,
    tacitOn: apdDeadline(input.receivedOn).tacitOn,
    anahJoint: input.anahJoint,
  };
  const id = (await em.insert(PdlApdDossier, row)).identifiers[0].id as string;
  await audit.record(em, actor, { entity: 'PdlApdDossier', entityId: id, action: 'create', changes: row });
  return id;
}

async function lockApd(em: EntityManager, input: ApdStepInput) {
  const d = await em
    .createQueryBuilder(PdlApdDossier, 'd')
    .setLock('pessimistic_write')
    .where('d.id = :id', { id: input.apdId })
    .getOne();
  if (!d) throw notFound('Dossier APD');
  await assertVersion(em, { entity: 'PdlApdDossier', id: d.id, version: d.version }, input.expectedVersion, {
    text: 'Ce dossier',
  });
  return d;
}

export async function decideApd(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ApdDecideInput,
  today: LocalDate,
) {
  const d = await lockApd(em, input);
  if (d.decision) throw invalidTransition('Ce dossier est déjà décidé.');
  const { decisionDeadline, tacitOn } = apdDeadline(d.receivedOn);
  if (input.on < d.receivedOn || input.on > today)
    throw badInput('on', 'Date de décision : doit se situer entre le récépissé et aujourd’hui.');
  if (input.on > decisionDeadline)
    throw invalidTransition(
      `L’autorisation de diviser est tacitement acquise depuis le ${frenchDay(tacitOn)} : une décision serait un retrait.`,
    );
  if (input.decision === 'REFUS' && !input.reasons?.trim())
    throw badInput('reasons', 'Motifs du refus : un refus doit être motivé.');
  const changes = { decision: input.decision, decidedOn: input.on };
  await em.update(PdlApdDossier, { id: d.id }, { ...changes, version: d.version + 1 });
  await audit.record(em, actor, {
    entity: 'PdlApdDossier',
    entityId: d.id,
    action: 'decide',
    changes: { ...changes, reasons: input.reasons ?? null },
  });
}

/** The final approval once the works are done: only for an authorised division (express or tacit). */
export async function approveApdWorks(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ApdStepInput,
  today: LocalDate,
) {
  const d = await lockApd(em, input);
  const grantedOn = d.decision ? (d.decision === 'REFUS' ? null : d.decidedOn) : today >= d.tacitOn ? d.tacitOn : null;
  if (!grantedOn) throw invalidTransition('La division n’est pas autorisée : pas d’accord final possible.');
  if (d.finalApprovalOn) throw invalidTransition('L’accord final est déjà enregistré.');
  if (input.on < grantedOn || input.on > today)
    throw badInput('on', 'Date de l’accord final : doit suivre l’autorisation et ne pas être dans le futur.');
  await em.update(PdlApdDossier, { id: d.id }, { finalApprovalOn: input.on, version: d.version + 1 });
  await audit.record(em, actor, {
    entity: 'PdlApdDossier',
    entityId: d.id,
    action: 'final-approval',
    changes: { finalApprovalOn: input.on },
  });
}

/** A call or a walk-in at the Guichet Unique de l'Habitat. */
export async function recordContact(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ContactInput,
  today: LocalDate,
) {
  if (input.contactOn > today) throw badInput('contactOn', 'Date : ne peut être dans le futur.');
  const row = { ...input, recordedByLogin: actor.login };
  const id = (await em.insert(PdlContact, row)).identifiers[0].id as string;
  await audit.record(em, actor, { entity: 'PdlContact', entityId: id, action: 'create', changes: row });
  return id;
}
