import { checkApprovedQuantities, checkPretTransition, frenchDay, PRET_UNITS, type LocalDate } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, conflict, invalidTransition } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { PretKind, PretRequest, PretRequestLine } from '../entities';
import type { ApproveInput, RefuseInput } from '../pret-materiel.inputs';
import { loadRequest } from '../pret-materiel.service';
import { availableByKind } from '../pret-stock.queries';

async function lockAnswerable(
  em: EntityManager,
  requestId: string,
  expectedVersion: number,
  to: 'APPROVED' | 'REFUSED',
) {
  const request = await loadRequest(em, requestId, true);
  await assertVersion(em, { entity: 'PretRequest', id: request.id, version: request.version }, expectedVersion, {
    text: 'Cette demande',
    feminine: true,
  });
  const wrong = checkPretTransition(request.status, to);
  if (wrong) throw invalidTransition(wrong);
  return request;
}

/**
 * Approves (possibly partly) against the stock. The kinds' rows are locked first, in a fixed order, so two agents
 * answering at the same moment queue on them: the second one counts the first one's units and is refused if the
 * stock no longer covers it. Stock is never overbooked on any day of the request.
 */
export async function approveRequest(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ApproveInput,
  today: LocalDate,
): Promise<void> {
  const request = await lockAnswerable(em, input.requestId, input.expectedVersion, 'APPROVED');
  const lines = await em.find(PretRequestLine, { where: { requestId: request.id } });
  const given = new Map(input.lines.map((l) => [l.kindId, l.approved]));
  if (given.size !== lines.length || lines.some((l) => !given.has(l.kindId)))
    throw badInput('lines', 'Indiquez la quantité accordée pour chaque ligne de la demande, et seulement celles-là.');
  const answer = lines.map((l) => ({ line: l, requested: l.requested, approved: given.get(l.kindId)! }));
  const bad = checkApprovedQuantities(answer);
  if (bad) throw badInput('lines', bad);

  const kindIds = [...lines.map((l) => l.kindId)].sort();
  const locked = await em
    .createQueryBuilder(PretKind, 'k')
    .where('k.id IN (:...kindIds)', { kindIds })
    .orderBy('k.id', 'ASC')
    .setLock('pessimistic_write')
    .getMany();
  const left = await availableByKind(em, kindIds, request.startOn, request.endOn, request.id);
  const kinds = new Map(locked.map((k) => [k.id, k]));
  for (const a of answer) {
    const available = left.get(a.line.kindId) ?? 0;
    if (a.approved <= available) continue;
    const k = kinds.get(a.line.kindId)!;
    const unit = PRET_UNITS.of(k.unit).plural;
    throw conflict(
      `Stock insuffisant pour « ${k.name} » du ${frenchDay(request.startOn)} au ${frenchDay(request.endOn)} : ` +
        `${available} ${unit} disponible(s), ${a.approved} accordé(s). Rien n’a été enregistré : ` +
        `accordez au plus ${available} ou refusez la demande.`,
      'lines',
    );
  }
  for (const a of answer) await em.update(PretRequestLine, { id: a.line.id }, { approved: a.approved });
  await em.update(PretRequest, { id: request.id }, { status: 'APPROVED', answeredOn: today });
  await audit.record(em, actor, {
    entity: 'PretRequest',
    entityId: request.id,
    action: 'approve',
    changes: { lines: input.lines },
  });
}

export async function refuseRequest(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: RefuseInput,
  today: LocalDate,
): Promise<void> {
  const request = await lockAnswerable(em, input.requestId, input.expectedVersion, 'REFUSED');
  const changes = { status: 'REFUSED' as const, answeredOn: today, refusalReason: input.reason.trim() };
  await em.update(PretRequest, { id: request.id }, changes);
  await audit.record(em, actor, { entity: 'PretRequest', entityId: request.id, action: 'refuse', changes });
}
