/**
 * Slows down password guessing: after `maxFailures` failed sign-ins on one login within `windowMs`,
 * that login is refused until the window has passed. In memory: one API process serves the CALL;
 * a restart forgets the counters, which only gives an attacker a few more guesses.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 5,
    private readonly windowMs = 15 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Minutes to wait before trying again, or 0 when the login may try. */
  waitMinutes(login: string): number {
    const recent = this.recent(login);
    if (recent.length < this.maxFailures) return 0;
    return Math.max(1, Math.ceil((recent[0] + this.windowMs - this.now()) / 60_000));
  }

  fail(login: string): void {
    this.failures.set(login, [...this.recent(login), this.now()]);
  }

  succeed(login: string): void {
    this.failures.delete(login);
  }

  private recent(login: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(login) ?? []).filter((t) => t > since);
  }
}
