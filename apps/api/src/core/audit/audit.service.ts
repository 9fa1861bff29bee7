import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../context';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  entity: string;
  entityId: string;
  action: string;
  changes?: Record<string, unknown>;
}

export class AuditService {
  /** Must be called with the mutation's own EntityManager so the trail commits or rolls back with it. */
  async record(em: EntityManager, actor: Pick<AuthUser, 'id' | 'login'> | null, entry: AuditRecord): Promise<void> {
    await this.recordMany(em, actor, [entry]);
  }

  /** Several entries in one insert (e.g. every animal of a litter). */
  async recordMany(
    em: EntityManager,
    actor: Pick<AuthUser, 'id' | 'login'> | null,
    entries: readonly AuditRecord[],
  ): Promise<void> {
    if (!entries.length) return;
    await em.insert(
      AuditEntry,
      entries.map((entry) => ({
        userId: actor?.id ?? null,
        userLogin: actor?.login ?? 'système',
        entity: entry.entity,
        entityId: entry.entityId,
        action: entry.action,
        changes: (entry.changes ?? null) as never,
      })),
    );
  }

  /** What changed between two plain snapshots, for the trail. */
  static diff(
    before: Record<string, unknown>,
    after: Record<string, unknown>,
  ): Record<string, { from: unknown; to: unknown }> {
    const out: Record<string, { from: unknown; to: unknown }> = {};
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        out[k] = { from: before[k] ?? null, to: after[k] ?? null };
    }
    return out;
  }
}
