import type { EntityManager } from 'typeorm';
import { LoginAttempt } from './login-attempt.entity';

export interface ThrottlePolicy {
  /** Attempts allowed per login within the window (the sixth is refused without checking the password). */
  maxAttempts: number;
  windowMinutes: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = { maxAttempts: 5, windowMinutes: 15 };

interface Reservation {
  allowed: boolean;
  /** This attempt's rank in the window: maxAttempts + 1 is the one that locks the login. */
  rank: number;
  waitMinutes: number;
}

/**
 * Counts an attempt on a login before its password is checked, in one atomic statement: the row lock
 * of the upsert serialises parallel attempts on PostgreSQL, the single session does on PGlite.
 * A window older than `windowMinutes` starts again from one.
 */
export async function reserveAttempt(em: EntityManager, login: string, policy: ThrottlePolicy): Promise<Reservation> {
  const table = em.getRepository(LoginAttempt).metadata.tableName;
  const rows: { attempts: number; wait_seconds: string }[] = await em.query(
    `INSERT INTO ${table} AS a (login, attempts, window_start) VALUES ($1, 1, now())
     ON CONFLICT (login) DO UPDATE SET
       attempts = CASE WHEN a.window_start <= now() - make_interval(mins => $2::int) THEN 1 ELSE a.attempts + 1 END,
       window_start = CASE WHEN a.window_start <= now() - make_interval(mins => $2::int) THEN now() ELSE a.window_start END
     RETURNING attempts, extract(epoch FROM window_start + make_interval(mins => $2::int) - now()) AS wait_seconds`,
    [login, policy.windowMinutes],
  );
  const rank = Number(rows[0].attempts);
  return {
    allowed: rank <= policy.maxAttempts,
    rank,
    waitMinutes: Math.max(1, Math.ceil(Number(rows[0].wait_seconds) / 60)),
  };
}

/** A successful sign-in forgives the login's earlier failures; stale windows of other logins go too. */
export async function clearAttempts(em: EntityManager, login: string, policy: ThrottlePolicy): Promise<void> {
  await em
    .createQueryBuilder()
    .delete()
    .from(LoginAttempt)
    .where('login = :login OR window_start <= now() - make_interval(mins => :mins::int)', {
      login,
      mins: policy.windowMinutes,
    })
    .execute();
}
