import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { passwordProblem } from '@call/domain';
import type { Database } from '../database/database';
import { AuditEntry } from '../audit/audit-entry.entity';
import type { AuthUser } from '../context';
import { AppError, badInput, conflict } from '../errors';
import { clearAttempts, DEFAULT_THROTTLE, reserveAttempt, type ThrottlePolicy } from './login-throttle';
import { dummyHash, hashPassword, verifyPassword } from './password';
import { DEFAULT_SESSION_POLICY, type SessionPolicy } from './session-policy';
import { SessionCache } from './session-cache';
import { Session } from './session.entity';
import { User } from './user.entity';
import type { CreateUserInput } from './auth.types';

export const SESSION_COOKIE = 'call_session';
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const TOUCH_EVERY_MS = 60_000;

export const toAuthUser = (u: User): AuthUser => ({
  id: u.id,
  login: u.login,
  displayName: u.displayName,
  role: u.role,
  directorates: u.directorates,
  active: u.active,
  mustChangePassword: u.mustChangePassword,
});

/** Sign-in events go to the audit trail under the attempted login, even when no such user exists. */
async function recordSignInEvent(
  em: EntityManager,
  login: string,
  userId: string | null,
  action: 'login' | 'login_failed' | 'login_locked' | 'logout',
  ip?: string,
): Promise<void> {
  await em.insert(AuditEntry, {
    userId,
    userLogin: login.slice(0, 120),
    entity: 'User',
    entityId: userId ?? 'inconnu',
    action,
    changes: (ip ? { ip } : null) as never,
  });
}

export class AuthService {
  constructor(
    private readonly db: Database,
    readonly sessions: SessionPolicy = DEFAULT_SESSION_POLICY,
    private readonly throttle: ThrottlePolicy = DEFAULT_THROTTLE,
    readonly cache = new SessionCache(),
  ) {}

  /**
   * Three steps so that no password is hashed while a unit of work holds the database: reserve the
   * attempt (atomic), check the password outside, then open the session or record the failure.
   */
  async signIn(
    rawLogin: string,
    password: string,
    ip?: string,
  ): Promise<{ user: AuthUser; token: string; expiresAt: Date }> {
    const login = rawLogin.trim().toLowerCase();
    const { reservation, user } = await this.db.transaction(async (em) => {
      const reservation = await reserveAttempt(em, login, this.throttle);
      const user = await em.findOne(User, { where: { login } });
      if (reservation.rank === this.throttle.maxAttempts + 1)
        await recordSignInEvent(em, login, user?.id ?? null, 'login_locked', ip);
      return { reservation, user };
    });
    if (!reservation.allowed) {
      const w = reservation.waitMinutes;
      throw new AppError(
        'RATE_LIMITED',
        `Trop de tentatives de connexion pour cet identifiant : réessayez dans ${w} minute${w > 1 ? 's' : ''}.`,
      );
    }
    // an unknown login costs one hash too, so that timing does not tell which logins exist
    const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !user.active || !matches) {
      await this.db.transaction((em) => recordSignInEvent(em, login, user?.id ?? null, 'login_failed', ip));
      // the same message whether the login or the password is wrong
      throw new AppError('UNAUTHENTICATED', 'Identifiant ou mot de passe incorrect.');
    }
    return this.db.transaction(async (em) => {
      await clearAttempts(em, login, this.throttle);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + this.sessions.maxHours * 3_600_000);
      await em.insert(Session, { tokenHash: hashToken(token), userId: user.id, expiresAt });
      await recordSignInEvent(em, login, user.id, 'login', ip);
      return { user: toAuthUser(user), token, expiresAt };
    });
  }

  async signOut(token: string, user: AuthUser, ip?: string): Promise<void> {
    const tokenHash = hashToken(token);
    this.cache.forgetToken(tokenHash);
    try {
      await this.db.transaction(async (em) => {
        await em.delete(Session, { tokenHash });
        await recordSignInEvent(em, user.login, user.id, 'logout', ip);
      });
    } finally {
      this.cache.forgetToken(tokenHash);
    }
  }

  /** The user of a live session: not past its absolute lifetime, not idle too long, user active. */
  async userForSession(token: string): Promise<AuthUser | null> {
    const tokenHash = hashToken(token);
    const now = Date.now();
    const cached = this.cache.get(tokenHash, now);
    // within the cache's few seconds, the session is live while the database's last-seen stays fresh
    if (cached && this.live(cached, now) && !this.stale(cached.lastSeenAt, now)) {
      // read again ahead of expiry, once this request's own statements are on their way (setImmediate: after the
      // current I/O callbacks), outside its unit of work; a failure leaves the entry to expire
      if (this.cache.claimRefresh(tokenHash, now))
        setImmediate(() => void this.db.detached(() => this.readSession(tokenHash)).catch(() => undefined));
      return cached.user;
    }
    return this.readSession(tokenHash);
  }

  /** Reads the session from the database, caches it, and refreshes its last-seen when that is due. */
  private async readSession(tokenHash: string): Promise<AuthUser | null> {
    const startedAt = this.cache.begin();
    const found = await this.db.read(async (em) => {
      // one statement (findOne with a relation adds a DISTINCT query before it)
      const session = await em
        .createQueryBuilder(Session, 's')
        .innerJoinAndSelect('s.user', 'u')
        .where('s.tokenHash = :tokenHash', { tokenHash })
        .getOne();
      if (!session || !session.user.active) return null;
      const now = Date.now();
      const entry = {
        user: toAuthUser(session.user),
        expiresAt: session.expiresAt.getTime(),
        lastSeenAt: session.lastSeenAt.getTime(),
        cachedAt: now,
      };
      if (!this.live(entry, now)) return null;
      return { entry, stale: this.stale(entry.lastSeenAt, now) };
    });
    // gone (signed out elsewhere, deleted by hand): a background read ends the cached entry at once
    if (!found) {
      if (this.cache.get(tokenHash, Date.now())) this.cache.forgetToken(tokenHash);
      return null;
    }
    const { entry } = found;
    // a session whose last-seen is about to be refreshed is cached with the refreshed value
    this.cache.set(tokenHash, found.stale ? { ...entry, lastSeenAt: entry.cachedAt } : entry, startedAt);
    if (found.stale)
      await this.db.transaction((em) => em.update(Session, { tokenHash }, { lastSeenAt: () => 'now()' }));
    return entry.user;
  }

  private live(e: { expiresAt: number; lastSeenAt: number }, now: number): boolean {
    return e.expiresAt > now && e.lastSeenAt + this.sessions.idleMinutes * 60_000 > now;
  }

  private stale(lastSeenAt: number, now: number): boolean {
    return now - lastSeenAt > TOUCH_EVERY_MS;
  }
}

/**
 * Shared by the admin mutation and the seed. The password is checked against the policy and hashed
 * by the caller beforehand, outside the unit of work.
 */
export async function createUserRecord(
  em: EntityManager,
  input: Omit<CreateUserInput, 'password'>,
  passwordHash: string,
): Promise<User> {
  const login = input.login.trim().toLowerCase();
  checkRoleDirectorates(input.role, input.directorates);
  if (await em.exists(User, { where: { login } })) throw conflict(`L’identifiant « ${login} » existe déjà.`, 'login');
  return em.save(
    em.create(User, {
      login,
      displayName: input.displayName.trim(),
      passwordHash,
      role: input.role,
      directorates: input.role === 'AGENT' || input.role === 'DIRECTOR' ? input.directorates : [],
    }),
  );
}

export function checkRoleDirectorates(role: string, directorates: readonly string[]): void {
  if ((role === 'AGENT' || role === 'DIRECTOR') && directorates.length === 0)
    throw badInput('directorates', 'Un agent ou un directeur doit être rattaché à au moins une direction.');
  if (role === 'DIRECTOR' && directorates.length > 1)
    throw badInput('directorates', 'Un directeur dirige une seule direction.');
}

/** Refuses a password the policy rejects, naming the field; hashes it otherwise. */
export async function checkedHash(password: string, login: string, field = 'password'): Promise<string> {
  const problem = passwordProblem(password, login);
  if (problem) throw badInput(field, problem);
  return hashPassword(password);
}
