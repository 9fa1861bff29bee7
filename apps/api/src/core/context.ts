import type { Request, Response } from 'express';
import type { DirectorateKey, Role } from '@call/domain';

export interface AuthUser {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  directorates: DirectorateKey[];
  active: boolean;
  /** A temporary password set by an administrator: only the change of password is allowed. */
  mustChangePassword: boolean;
}

export interface RequestContext {
  user: AuthUser | null;
  sessionToken: string | null;
  req: Request;
  res: Response;
  /** Per-request caches (DataLoaders), created lazily by the services that need them. */
  loaders: Map<string, unknown>;
}

export function loader<T>(ctx: RequestContext, key: string, create: () => T): T {
  let l = ctx.loaders.get(key) as T | undefined;
  if (!l) ctx.loaders.set(key, (l = create()));
  return l;
}
