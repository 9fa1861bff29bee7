export interface SessionPolicy {
  /** Absolute lifetime of a session, from sign-in, whatever the activity. */
  maxHours: number;
  /** A session unused for this long ends. */
  idleMinutes: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { maxHours: 12, idleMinutes: 120 };

function positive(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} doit être un nombre positif (reçu « ${raw} »).`);
  return n;
}

/** SESSION_MAX_HOURS (default 12) and SESSION_IDLE_MINUTES (default 120). */
export function sessionPolicyFromEnv(env = process.env): SessionPolicy {
  return {
    maxHours: positive(env.SESSION_MAX_HOURS, 'SESSION_MAX_HOURS', DEFAULT_SESSION_POLICY.maxHours),
    idleMinutes: positive(env.SESSION_IDLE_MINUTES, 'SESSION_IDLE_MINUTES', DEFAULT_SESSION_POLICY.idleMinutes),
  };
}
