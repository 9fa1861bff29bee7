import { registerEnumType } from 'type-graphql';
import { DIRECTORATE_KEYS, ROLES, type DirectorateKey, type Role } from '@call/domain';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'Rôle d’un utilisateur' });

export const DirectorateEnum = Object.fromEntries(DIRECTORATE_KEYS.map((d) => [d, d])) as { [K in DirectorateKey]: K };
registerEnumType(DirectorateEnum, { name: 'Directorate', description: 'Direction de la CALL' });
