import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Database } from '../database/database';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../context';
import { AppError, badInput, conflict } from '../errors';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import { Session } from './session.entity';
import { User } from './user.entity';
import type { CreateUserInput } from './auth.types';

export const SESSION_COOKIE = 'call_session';
const SESSION_DAYS = 7;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const toAuthUser = (u: User): AuthUser => ({
  id: u.id,
  login: u.login,
  displayName: u.displayName,
  role: u.role,
  directorates: u.directorates,
});

export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly throttle = new LoginThrottle(),
  ) {}

  async signIn(rawLogin: string, password: string): Promise<{ user: AuthUser; token: string; expiresAt: Date }> {
    const login = rawLogin.trim().toLowerCase();
    const wait = this.throttle.waitMinutes(login);
    if (wait > 0)
      throw new AppError(
        'RATE_LIMITED',
        `Trop de tentatives de connexion pour cet identifiant : réessayez dans ${wait} minute${wait > 1 ? 's' : ''}.`,
      );
    return this.db.transaction(async (em) => {
      const user = await em.findOne(User, { where: { login } });
      // the same message whether the login or the password is wrong
      if (!user || !user.active || !(await verifyPassword(password, user.passwordHash))) {
        this.throttle.fail(login);
        throw new AppError('UNAUTHENTICATED', 'Identifiant ou mot de passe incorrect.');
      }
      this.throttle.succeed(login);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
      await em.insert(Session, { tokenHash: hashToken(token), userId: user.id, expiresAt });
      return { user: toAuthUser(user), token, expiresAt };
    });
  }

  async signOut(token: string): Promise<void> {
    await this.db.transaction((em) => em.delete(Session, { tokenHash: hashToken(token) }));
  }

  async userForSession(token: string): Promise<AuthUser | null> {
    return this.db.read(async (em) => {
      const session = await em.findOne(Session, { where: { tokenHash: hashToken(token) }, relations: { user: true } });
      if (!session || session.expiresAt.getTime() < Date.now() || !session.user.active) return null;
      return toAuthUser(session.user);
    });
  }

  async listUsers(): Promise<AuthUser[]> {
    return this.db.read(async (em) => (await em.find(User, { order: { login: 'ASC' } })).map(toAuthUser));
  }

  async createUser(actor: AuthUser, input: CreateUserInput): Promise<AuthUser> {
    return this.db.transaction(async (em) => {
      const user = await createUserRecord(em, input);
      await this.audit.record(em, actor, {
        entity: 'User',
        entityId: user.id,
        action: 'create',
        changes: { login: user.login, role: user.role, directorates: user.directorates },
      });
      return toAuthUser(user);
    });
  }
}

/** Shared by the admin mutation and the seed. */
export async function createUserRecord(em: EntityManager, input: CreateUserInput): Promise<User> {
  const login = input.login.trim().toLowerCase();
  if ((input.role === 'AGENT' || input.role === 'DIRECTOR') && input.directorates.length === 0) {
    throw badInput('directorates', 'Un agent ou un directeur doit être rattaché à au moins une direction.');
  }
  if (input.role === 'DIRECTOR' && input.directorates.length > 1) {
    throw badInput('directorates', 'Un directeur dirige une seule direction.');
  }
  if (await em.exists(User, { where: { login } })) throw conflict(`L’identifiant « ${login} » existe déjà.`, 'login');
  return em.save(
    em.create(User, {
      login,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.password),
      role: input.role,
      directorates: input.role === 'AGENT' || input.role === 'DIRECTOR' ? input.directorates : [],
    }),
  );
}
