import { checkNotice, type LocalDate } from '@call/domain';
import { In, type EntityManager } from 'typeorm';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput } from '../../../core/errors';
import { Commune } from '../../../core/referentials/commune.entity';
import { PretKind, PretRequest, PretRequestLine } from '../entities';
import type { RequestInput } from '../pret-materiel.inputs';
import { checkRange } from '../pret-stock.queries';

/** A commune's request as received: checked for notice and known kinds, nothing booked until approved. */
export async function createRequest(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: RequestInput,
  today: LocalDate,
): Promise<string> {
  if (!(await em.findOne(Commune, { where: { inseeCode: input.communeInsee } })))
    throw badInput('communeInsee', 'Commune : ce code INSEE n’est pas une commune de la CALL.');
  checkRange(input.startOn, input.endOn, 'endOn');
  const late = checkNotice(today, input.startOn);
  // the service may still accept a late request (or record one after the event): the agent says so explicitly
  if (late && !input.lateAccepted)
    throw badInput('startOn', `${late} Cochez « Demande tardive acceptée » pour l’enregistrer quand même.`);
  const kindIds = input.lines.map((l) => l.kindId);
  if (new Set(kindIds).size !== kindIds.length)
    throw badInput('lines', 'Un même type de matériel apparaît sur deux lignes : regroupez les quantités.');
  const kinds = await em.findBy(PretKind, { id: In(kindIds) });
  if (kinds.length !== kindIds.length) throw badInput('lines', 'Un type de matériel demandé est inconnu.');
  const row = {
    communeInsee: input.communeInsee,
    eventName: input.eventName.trim(),
    eventPlace: input.eventPlace?.trim() || null,
    startOn: input.startOn,
    endOn: input.endOn,
    handover: input.handover,
    status: 'REQUESTED' as const,
    requestedOn: today,
    recordedByLogin: actor.login,
  };
  const id = (await em.insert(PretRequest, row)).identifiers[0].id as string;
  await em.insert(
    PretRequestLine,
    input.lines.map((l) => ({ requestId: id, kindId: l.kindId, requested: l.quantity })),
  );
  await audit.record(em, actor, {
    entity: 'PretRequest',
    entityId: id,
    action: 'create',
    changes: { ...row, lateAccepted: Boolean(late), lines: input.lines },
  });
  return id;
}
