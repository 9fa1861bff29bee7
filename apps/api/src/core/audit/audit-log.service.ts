import { canReadDirectorate, type DirectorateKey, DIRECTORATE_KEYS } from '@call/domain';
import type { Database } from '../database/database';
import type { AuthUser } from '../context';
import { badInput, forbidden } from '../errors';
import { AuditEntry } from './audit-entry.entity';
import type { AuditFilter, AuditPage } from './audit.types';

/**
 * Audit entries name their record by entity class, and a module's classes are prefixed by its
 * directorate ("ads" → "Ads…", "permis_louer" → "PermisLouer…"): that prefix is what a director may read.
 */
const auditEntityPrefix = (d: DirectorateKey) =>
  d
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/** Reading the trail: administrators everything, a director their directorate's records. */
export class AuditLogService {
  constructor(private readonly db: Database) {}

  async search(user: AuthUser, f: AuditFilter): Promise<AuditPage> {
    if (f.from && f.to && f.from > f.to) throw badInput('to', 'La date de fin précède la date de début.');
    const everything = user.role === 'ADMIN';
    const prefixes = everything
      ? null
      : DIRECTORATE_KEYS.filter((d) => user.role === 'DIRECTOR' && canReadDirectorate(user, d)).map(auditEntityPrefix);
    if (prefixes && !prefixes.length) throw forbidden();
    return this.db.read(async (em) => {
      const q = em.createQueryBuilder(AuditEntry, 'a');
      if (prefixes)
        q.andWhere(`(${prefixes.map((_, i) => `a.entity LIKE :p${i}`).join(' OR ')})`, {
          ...Object.fromEntries(prefixes.map((p, i) => [`p${i}`, `${p}%`])),
        });
      if (f.entity) q.andWhere('a.entity = :entity', { entity: f.entity });
      if (f.entityId) q.andWhere('a.entity_id = :entityId', { entityId: f.entityId });
      if (f.userLogin) q.andWhere('a.user_login = :login', { login: f.userLogin.trim().toLowerCase() });
      // calendar days of Paris: from the first instant of `from` to the last of `to`
      if (f.from) q.andWhere(`a.at >= (:from::date)::timestamp AT TIME ZONE 'Europe/Paris'`, { from: f.from });
      if (f.to) q.andWhere(`a.at < (:to::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'`, { to: f.to });
      const [items, total] = await q
        .orderBy('a.at', 'DESC')
        .addOrderBy('a.id', 'DESC')
        .skip(f.offset)
        .take(f.limit)
        .getManyAndCount();
      return {
        total,
        items: items.map((e) => ({ ...e, at: e.at.toISOString() })),
      };
    });
  }
}
