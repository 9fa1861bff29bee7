import type { EntityManager } from 'typeorm';
import { allocationRefusal, metalsBalanceCents } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput } from '../../../core/errors';
import { CrematoriumMetalAllocation, CrematoriumMetalLot } from '../entities';
import type { MetalAllocationInput, MetalLotInput } from '../crematorium.inputs';

export async function recordMetalLot(em: EntityManager, audit: AuditService, actor: AuthUser, input: MetalLotInput) {
  const row = {
    collectedOn: input.collectedOn,
    weightKg: input.weightKg.toFixed(2),
    buyer: input.buyer.trim(),
    proceedsCents: input.proceedsCents,
    recordedByLogin: actor.login,
  };
  const saved = await em.insert(CrematoriumMetalLot, row);
  await audit.record(em, actor, {
    entity: 'CrematoriumMetalLot',
    entityId: saved.identifiers[0].id as string,
    action: 'create',
    changes: row,
  });
}

/** An allocation of the proceeds (L2223-18-1-1), never beyond the balance: allocations are serialised. */
export async function allocateMetals(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: MetalAllocationInput,
) {
  await em.query('LOCK TABLE crematorium_metal_allocation IN SHARE ROW EXCLUSIVE MODE');
  const [t] = await em.query<{ proceeds: string; allocated: string }[]>(
    `SELECT (SELECT COALESCE(SUM(proceeds_cents), 0) FROM crematorium_metal_lot) AS proceeds,
            (SELECT COALESCE(SUM(amount_cents), 0) FROM crematorium_metal_allocation) AS allocated`,
  );
  const refusal = allocationRefusal(metalsBalanceCents(Number(t.proceeds), Number(t.allocated)), input.amountCents);
  if (refusal) throw badInput('amountCents', `Montant : ${refusal}`);
  const row = {
    allocatedOn: input.allocatedOn,
    purpose: input.purpose,
    beneficiary: input.beneficiary.trim(),
    amountCents: input.amountCents,
    recordedByLogin: actor.login,
  };
  const saved = await em.insert(CrematoriumMetalAllocation, row);
  await audit.record(em, actor, {
    entity: 'CrematoriumMetalAllocation',
    entityId: saved.identifiers[0].id as string,
    action: 'create',
    changes: row,
  });
}
