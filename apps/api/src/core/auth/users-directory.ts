import type { EntityManager } from 'typeorm';
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

/** Display names by id, in one query (for lists and timelines). */
export async function userDisplayNames(em: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const users = await em.createQueryBuilder(User, 'u').where('u.id IN (:...ids)', { ids: unique }).getMany();
  return new Map(users.map((u) => [u.id, u.displayName]));
}
