import { Not } from 'typeorm';
import type { Database } from '../database/database';
import type { AuditService } from '../audit/audit.service';
import { AuditService as Audit } from '../audit/audit.service';
import type { AuthUser } from '../context';
import { AppError, badInput, forbidden, notFound } from '../errors';
import { checkedHash, checkRoleDirectorates, createUserRecord, hashToken, toAuthUser } from './auth.service';
import type { CreateUserInput, UpdateUserInput } from './auth.types';
import { clearAttempts, DEFAULT_THROTTLE, reserveAttempt } from './login-throttle';
import { hashPassword, temporaryPassword, verifyPassword } from './password';
import type { SessionCache } from './session-cache';
import { Session } from './session.entity';
import { User } from './user.entity';

const snapshot = (u: User) => ({ displayName: u.displayName, role: u.role, directorates: u.directorates });

/** What an administrator does to accounts, and what a user does to their own password. */
export class AccountsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly sessions: SessionCache,
  ) {}

  /** Forgets the user's cached sessions before and after the change: no request keeps the old account. */
  private async changing<T>(userId: string, fn: () => Promise<T>): Promise<T> {
    this.sessions.forgetUser(userId);
    try {
      return await fn();
    } finally {
      this.sessions.forgetUser(userId);
    }
  }

  async listUsers(): Promise<AuthUser[]> {
    return this.db.read(async (em) => (await em.find(User, { order: { login: 'ASC' } })).map(toAuthUser));
  }

  async createUser(actor: AuthUser, input: CreateUserInput): Promise<AuthUser> {
    const passwordHash = await checkedHash(input.password, input.login.trim().toLowerCase());
    return this.db.transaction(async (em) => {
      const user = await createUserRecord(em, input, passwordHash);
      await this.audit.record(em, actor, {
        entity: 'User',
        entityId: user.id,
        action: 'create',
        changes: { login: user.login, role: user.role, directorates: user.directorates },
      });
      return toAuthUser(user);
    });
  }

  async updateUser(actor: AuthUser, id: string, input: UpdateUserInput): Promise<AuthUser> {
    checkRoleDirectorates(input.role, input.directorates);
    return this.changing(id, () =>
      this.db.transaction(async (em) => {
        const user = await em.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!user) throw notFound('Utilisateur');
        if (user.id === actor.id && input.role !== user.role)
          throw badInput('role', 'Vous ne pouvez pas changer votre propre rôle.');
        const before = snapshot(user);
        user.displayName = input.displayName.trim();
        user.role = input.role;
        user.directorates = input.role === 'AGENT' || input.role === 'DIRECTOR' ? input.directorates : [];
        await em.save(user);
        await this.audit.record(em, actor, {
          entity: 'User',
          entityId: user.id,
          action: 'update',
          changes: Audit.diff(before, snapshot(user)),
        });
        return toAuthUser(user);
      }),
    );
  }

  /** Deactivating ends every session of the user at once; reactivating lets them sign in again. */
  async setUserActive(actor: AuthUser, id: string, active: boolean): Promise<AuthUser> {
    if (id === actor.id && !active) throw forbidden('Vous ne pouvez pas désactiver votre propre compte.');
    return this.changing(id, () =>
      this.db.transaction(async (em) => {
        const user = await em.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!user) throw notFound('Utilisateur');
        if (user.active !== active) {
          user.active = active;
          await em.save(user);
          if (!active) await em.delete(Session, { userId: id });
          await this.audit.record(em, actor, {
            entity: 'User',
            entityId: id,
            action: active ? 'reactivate' : 'deactivate',
          });
        }
        return toAuthUser(user);
      }),
    );
  }

  /** A temporary password, returned once: the user must replace it at their next sign-in. */
  async resetPassword(actor: AuthUser, id: string): Promise<{ user: AuthUser; temporaryPassword: string }> {
    const password = temporaryPassword();
    const passwordHash = await hashPassword(password);
    return this.changing(id, () =>
      this.db.transaction(async (em) => {
        const user = await em.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!user) throw notFound('Utilisateur');
        if (user.id === actor.id)
          throw forbidden('Changez votre propre mot de passe depuis « Changer mon mot de passe ».');
        user.passwordHash = passwordHash;
        user.mustChangePassword = true;
        await em.save(user);
        await em.delete(Session, { userId: id });
        await this.audit.record(em, actor, { entity: 'User', entityId: id, action: 'reset_password' });
        return { user: toAuthUser(user), temporaryPassword: password };
      }),
    );
  }

  /** The current password is required; the user's other sessions end, this one stays. */
  async changeOwnPassword(actor: AuthUser, sessionToken: string, current: string, next: string): Promise<AuthUser> {
    // guesses of the current password count against the same throttle as sign-in
    const { reservation, stored } = await this.db.transaction(async (em) => ({
      reservation: await reserveAttempt(em, actor.login, DEFAULT_THROTTLE),
      stored: await em.findOne(User, { where: { id: actor.id } }),
    }));
    if (!stored) throw notFound('Utilisateur');
    if (!reservation.allowed)
      throw new AppError(
        'RATE_LIMITED',
        `Trop d’essais du mot de passe actuel : réessayez dans ${reservation.waitMinutes} minute(s).`,
      );
    if (!(await verifyPassword(current, stored.passwordHash)))
      throw badInput('currentPassword', 'Le mot de passe actuel est incorrect.');
    if (next === current) throw badInput('newPassword', 'Le nouveau mot de passe doit différer de l’actuel.');
    const passwordHash = await checkedHash(next, actor.login, 'newPassword');
    return this.changing(actor.id, () =>
      this.db.transaction(async (em) => {
        const user = await em.findOne(User, { where: { id: actor.id }, lock: { mode: 'pessimistic_write' } });
        if (!user) throw notFound('Utilisateur');
        // a concurrent change won: refuse rather than silently overwrite it
        if (user.passwordHash !== stored.passwordHash)
          throw new AppError('CONFLICT', 'Le mot de passe a été changé entre-temps : reconnectez-vous.');
        user.passwordHash = passwordHash;
        user.mustChangePassword = false;
        await em.save(user);
        await clearAttempts(em, user.login, DEFAULT_THROTTLE);
        await em.delete(Session, { userId: user.id, tokenHash: Not(hashToken(sessionToken)) });
        await this.audit.record(em, actor, { entity: 'User', entityId: user.id, action: 'change_password' });
        return toAuthUser(user);
      }),
    );
  }
}
