import pg from 'pg';

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 10_000;

/**
 * A dedicated connection that LISTENs on PostgreSQL (a pooled one would be handed to queries). PostgreSQL may
 * terminate it (restart, failover, pg_terminate_backend): it keeps an 'error' listener, since without one the
 * process dies, and reconnects with a growing delay; `onResync` then says that notifications may have been missed.
 */
export class PostgresListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private retryMs = FIRST_RETRY_MS;
  private timer: NodeJS.Timeout | null = null;
  private lostOnce = false;

  constructor(
    private readonly url: string,
    private readonly channel: string,
    private readonly onPayload: (payload: string) => void,
    private readonly onResync: () => void,
    private readonly log: (message: string) => void = (m) => console.warn(`[live] ${m}`),
  ) {}

  get pid(): number | null {
    return (this.client as unknown as { processID?: number } | null)?.processID ?? null;
  }

  /** Connects once; if the database is not there yet, keeps trying in the background rather than failing the start. */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.url });
    let lost = false;
    const drop = (reason: string) => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = null;
      client.removeAllListeners('notification');
      if (this.stopped) return;
      this.lostOnce = true;
      this.log(`écoute des changements interrompue (${reason}) : nouvelle tentative dans ${this.retryMs} ms`);
      this.schedule();
    };
    client.on('error', (e) => drop(e.message));
    client.on('end', () => drop('connexion fermée'));
    client.on('notification', (msg) => {
      if (msg.channel === this.channel && msg.payload) this.onPayload(msg.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel}"`);
    } catch (e) {
      drop((e as Error).message);
      client.end().catch(() => undefined);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.retryMs = FIRST_RETRY_MS;
    if (this.lostOnce) this.onResync();
  }

  private schedule(): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const client = this.client;
    this.client = null;
    // keep the 'error' listener while closing
    if (client) await client.end().catch(() => undefined);
  }
}
