import type { EntityManager } from 'typeorm';
import { isUserOfDirectorate, usersOfDirectorate, type DirectoryUser } from '../../core/auth/users-directory';

export type InstructorRow = DirectoryUser;

/** The instructors are the ADS service's agents and its director. */
export const adsInstructors = (em: EntityManager): Promise<InstructorRow[]> => usersOfDirectorate(em, 'ads');
export const isAdsInstructor = (em: EntityManager, id: string): Promise<boolean> => isUserOfDirectorate(em, id, 'ads');
