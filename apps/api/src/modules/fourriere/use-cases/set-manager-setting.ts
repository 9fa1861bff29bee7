import type { EntityManager } from 'typeorm';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import { badInput } from '../../../core/errors';
import { FourriereManagerSettingRow } from '../entities';
import type { ManagerSettingInput } from '../fourriere-setup.types';

/** An administrator declares, from a date, who manages the pound and whether it runs a refuge (L211-25 II). */
export async function setManagerSetting(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: ManagerSettingInput,
): Promise<void> {
  const managerName = input.managerName.trim();
  if (!managerName) throw badInput('managerName', 'Le nom du gestionnaire de la fourrière est obligatoire.');
  if (input.validFrom < '2000-01-01') throw badInput('validFrom', 'La date d’effet est invalide.');
  const values = {
    managerName,
    refugeAssociation: input.refugeAssociation,
    note: input.note?.trim() || null,
    recordedByLogin: actor.login,
  };
  const existing = await em.findOne(FourriereManagerSettingRow, { where: { validFrom: input.validFrom } });
  let id: string;
  if (existing) {
    await em.update(FourriereManagerSettingRow, { id: existing.id }, { ...values, recordedAt: () => 'now()' });
    id = existing.id;
  } else {
    id = (await em.insert(FourriereManagerSettingRow, { validFrom: input.validFrom, ...values })).identifiers[0]
      .id as string;
  }
  await audit.record(em, actor, {
    entity: 'FourriereManagerSetting',
    entityId: id,
    action: existing ? 'update' : 'create',
    changes: { validFrom: input.validFrom, ...values },
  });
}
