import type { EntityManager } from 'typeorm';
import type { LocalDate } from '@call/domain';
import type { AuditService } from '../../../core/audit/audit.service';
import type { AuthUser } from '../../../core/context';
import type { AdsDossier } from '../entities/ads-dossier.entity';
import type { CreateAdsDossierInput } from '../graphql/ads.inputs';
import { registerAdsDossier } from './register-ads-dossier';

/** An agent registers a deposited dossier from the form (the import registers without one audit per row). */
export async function createAdsDossier(
  em: EntityManager,
  audit: AuditService,
  actor: AuthUser,
  input: CreateAdsDossierInput,
  today: LocalDate,
): Promise<AdsDossier> {
  const d = await registerAdsDossier(em, actor, input, 'CREATED', today);
  await audit.record(em, actor, {
    entity: 'AdsDossier',
    entityId: d.id,
    action: 'create',
    changes: { ...input, number: d.number },
  });
  return d;
}
