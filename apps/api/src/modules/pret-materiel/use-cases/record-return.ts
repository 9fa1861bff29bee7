import { checkPretTransition, checkReturnLine, type LocalDate } from '@call/domain';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput, invalidTransition } from '../../../core/errors';
import { assertVersion } from '../../../core/kit/optimistic-lock';
import { PretRepair, PretRequest, PretRequestLine, PretStockMovement } from '../entities';
import type { ReturnInput } from '../pret-materiel.inputs';
import { loadRequest } from '../pret-materiel.service';

/**
 * The return check: each line counted back as returned in good state, damaged or missing. Damaged items leave the
 * stock and open a repair; missing ones leave the stock as lost. Both dated on the return day.
 */
export async function recordReturn(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ReturnInput,
  today: LocalDate,
): Promise<void> {
  const request = await loadRequest(em, input.requestId, true);
  await assertVersion(em, { entity: 'PretRequest', id: request.id, version: request.version }, input.expectedVersion, {
    text: 'Cette demande',
    feminine: true,
  });
  const wrong = checkPretTransition(request.status, 'RETURNED');
  if (wrong) throw invalidTransition(wrong);
  if (input.returnedOn < request.startOn || input.returnedOn > today)
    throw badInput('returnedOn', 'La date de retour doit se situer entre le début de la manifestation et aujourd’hui.');
  const lines = (await em.find(PretRequestLine, { where: { requestId: request.id } })).filter((l) => l.approved);
  const counted = new Map(input.lines.map((l) => [l.kindId, l]));
  if (counted.size !== lines.length || lines.some((l) => !counted.has(l.kindId)))
    throw badInput('lines', 'Indiquez le retour de chaque ligne prêtée, et seulement celles-là.');
  const base = { movedOn: input.returnedOn, recordedByLogin: actor.login, costCents: null, notes: null };
  for (const line of lines) {
    const c = counted.get(line.kindId)!;
    const bad = checkReturnLine({ lent: line.approved!, ...c });
    if (bad) throw badInput('lines', bad);
    await em.update(PretRequestLine, { id: line.id }, { returned: c.returned, missing: c.missing, damaged: c.damaged });
    if (c.damaged > 0) {
      const repair = {
        kindId: line.kindId,
        requestId: request.id,
        quantity: c.damaged,
        cause: 'LOAN_DAMAGE' as const,
        openedOn: input.returnedOn,
      };
      const repairId = (await em.insert(PretRepair, repair)).identifiers[0].id as string;
      await em.insert(PretStockMovement, {
        ...base,
        kindId: line.kindId,
        movement: 'OUT_OF_SERVICE',
        quantity: c.damaged,
        repairId,
      });
      await audit.record(em, actor, { entity: 'PretRepair', entityId: repairId, action: 'create', changes: repair });
    }
    if (c.missing > 0)
      await em.insert(PretStockMovement, {
        ...base,
        kindId: line.kindId,
        movement: 'LOST',
        quantity: c.missing,
        repairId: null,
      });
  }
  await em.update(PretRequest, { id: request.id }, { status: 'RETURNED', returnedOn: input.returnedOn });
  await audit.record(em, actor, {
    entity: 'PretRequest',
    entityId: request.id,
    action: 'return',
    changes: { returnedOn: input.returnedOn, lines: input.lines },
  });
}
