import type { AuthUser } from '../context';

/** How long a session read from the database is trusted without reading it again. */
const SESSION_CACHE_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  user: AuthUser;
  expiresAt: number;
  lastSeenAt: number;
  cachedAt: number;
  /** A read of this session is under way in the background. */
  refreshing?: boolean;
}

/**
 * Sessions read in the last few seconds, so that a burst of requests reads the session once (every request used
 * to cost a round trip before its own query). In-process: whatever this process changes (sign-out, deactivation,
 * password reset, role change) forgets the entries at once; a change made by another instance or by hand in the
 * database shows within `ttlMs`. A read that started before a change never stores its (older) result. Past half
 * its life, an entry that is used is read again in the background (`claimRefresh`): a user active every few seconds
 * never waits for the read, and no entry is trusted longer than `ttlMs` after its own read.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /** Ticks of the last change of each token and user: a read started earlier is not stored. */
  private readonly changed = new Map<string, number>();
  private tick = 0;
  /** Ticks before this one were forgotten: a read started earlier is not stored. */
  private forgottenBefore = 0;

  constructor(readonly ttlMs = SESSION_CACHE_MS) {}

  /** The tick to pass to `set` for a read starting now. */
  begin(): number {
    return ++this.tick;
  }

  get(tokenHash: string, now: number): Entry | undefined {
    const e = this.entries.get(tokenHash);
    if (!e) return undefined;
    if (now - e.cachedAt >= this.ttlMs) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return e;
  }

  /** True once per entry past half its life: the caller reads the session again, off the request's path. */
  claimRefresh(tokenHash: string, now: number): boolean {
    const e = this.entries.get(tokenHash);
    if (!e || e.refreshing || now - e.cachedAt < this.ttlMs / 2) return false;
    e.refreshing = true;
    return true;
  }

  set(tokenHash: string, entry: Entry, startedAt: number): void {
    if (this.ttlMs <= 0) return;
    const last = Math.max(this.forgottenBefore, this.changed.get(tokenHash) ?? 0, this.changed.get(entry.user.id) ?? 0);
    if (last >= startedAt) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(tokenHash, entry);
  }

  /** A session ended (sign-out). */
  forgetToken(tokenHash: string): void {
    this.changed.set(tokenHash, ++this.tick);
    this.entries.delete(tokenHash);
    this.trim();
  }

  /** A user changed (role, directorates, active, password): every cached session of theirs is read again. */
  forgetUser(userId: string): void {
    this.changed.set(userId, ++this.tick);
    for (const [k, e] of this.entries) if (e.user.id === userId) this.entries.delete(k);
    this.trim();
  }

  /** Change ticks only matter to reads in flight: the oldest go once there are many. */
  private trim(): void {
    if (this.changed.size <= MAX_ENTRIES) return;
    this.changed.clear();
    this.forgottenBefore = this.tick;
  }
}
