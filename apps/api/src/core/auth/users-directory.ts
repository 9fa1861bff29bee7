import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { DirectorateKey } from '@call/domain';
import { User } from './user.entity';

/** What a module may know of a colleague: never the password hash or the sessions. */
export interface DirectoryUser {
  id: string;
  login: string;
  displayName: string;
}

const pick = (u: User): DirectoryUser => ({ id: u.id, login: u.login, displayName: u.displayName });

/** Active agents and directors attached to a directorate (e.g. the ADS instructors). */
export async function usersOfDirectorate(em: EntityManager, directorate: DirectorateKey): Promise<DirectoryUser[]> {
  const users = await em
    .createQueryBuilder(User, 'u')
    .where('u.active AND u.role IN (:...roles) AND :d = ANY(u.directorates)', {
      roles: ['AGENT', 'DIRECTOR'],
      d: directorate,
    })
    .orderBy('u.display_name', 'ASC')
    .getMany();
  return users.map(pick);
}

export async function isUserOfDirectorate(
  em: EntityManager,
  id: string,
  directorate: DirectorateKey,
): Promise<boolean> {
  return em
    .createQueryBuilder(User, 'u')
    .where('u.id = :id AND u.active AND u.role IN (:...roles) AND :d = ANY(u.directorates)', {
      id,
      roles: ['AGENT', 'DIRECTOR'],
      d: directorate,
    })
    .getExists();
}

/**
 * Adds the display name of the user whose id is `idSql` to a list's own query, selected as the raw column `as`
 * (a left join: no second query per page, and nothing else of the account is read).
 */
export function selectUserDisplayName<E extends ObjectLiteral>(
  qb: SelectQueryBuilder<E>,
  idSql: string,
  as: string,
): SelectQueryBuilder<E> {
  return qb.leftJoin(User, `${as}_u`, `${as}_u.id = ${idSql}`).addSelect(`${as}_u.display_name`, as);
}
