import type { EntityManager } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { User } from '../auth/user.entity';
import { conflict } from '../errors';

/** The field of edit inputs carrying the version the user loaded. */
const EXPECTED_VERSION_FIELD = 'expectedVersion';

const parisDateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Who changed a record last and when, from the audit trail (written in every change's transaction). */
async function lastChangeOf(
  em: EntityManager,
  entity: string,
  entityId: string,
): Promise<{ name: string; at: Date } | null> {
  const row = await em
    .createQueryBuilder(AuditEntry, 'a')
    .leftJoin(User, 'u', 'u.id = a.user_id')
    .select(['a.user_login AS login', 'a.at AS at', 'u.display_name AS name'])
    .where('a.entity = :entity AND a.entity_id = :entityId', { entity, entityId })
    .orderBy('a.id', 'DESC')
    .limit(1)
    .getRawOne<{ login: string; at: Date | string; name: string | null }>();
  return row ? { name: row.name ?? row.login, at: new Date(row.at) } : null;
}

/**
 * Optimistic locking: the record (read under a row lock, in the mutation's transaction) must still be at
 * the version the user's screen was loaded from, else the save is refused — never a silent overwrite.
 * `subject` is how the message names it ("Ce dossier", "Cette fiche"), `feminine` agrees the participle.
 */
export async function assertVersion(
  em: EntityManager,
  record: { entity: string; id: string; version: number },
  expected: number,
  subject: { text: string; feminine?: boolean } = { text: 'Cet enregistrement' },
): Promise<void> {
  if (record.version === expected) return;
  const last = await lastChangeOf(em, record.entity, record.id);
  const who = last ? ` par ${last.name} le ${parisDateTime.format(last.at).replace(' ', ' à ')}` : '';
  throw conflict(
    `${subject.text} a été modifié${subject.feminine ? 'e' : ''} entre-temps${who} : rechargez la page.`,
    EXPECTED_VERSION_FIELD,
  );
}
