import type { DirectorateKey } from '@call/domain';

/**
 * The access rules a resolver declares with @Authorized(...). A root field without one is refused
 * (deny by default, see schema.ts); `Rule.public` must be written to open a field to everyone.
 */
export const Rule = {
  public: 'PUBLIC',
  signedIn: 'SIGNED_IN',
  /** Signed in, even with a temporary password still to change (sign-out, change of password). */
  session: 'SESSION',
  director: 'DIRECTOR',
  admin: 'ADMIN',
  dgs: 'DGS',
  read: (d: DirectorateKey) => `READ:${d}`,
  write: (d: DirectorateKey) => `WRITE:${d}`,
} as const;
