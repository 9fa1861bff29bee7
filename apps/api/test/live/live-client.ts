import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PASSWORD } from '../../src/core/seed';
import type { TestApp } from '../support/test-app';

export interface LiveSubscription<T> {
  /** The next event, or the error that ended the subscription. */
  next(timeoutMs?: number): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
  close(): Promise<void>;
}

export async function sessionCookie(t: TestApp, login: string): Promise<string> {
  const res = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { id } }',
      variables: { i: { login, password: DEMO_PASSWORD } },
    }),
  });
  return (res.headers.get('set-cookie') ?? '').split(';')[0];
}

/** A graphql-ws client as a browser would open it: same URL, the session cookie on the upgrade request. */
export function liveClient(t: TestApp, cookie: string | null): Client {
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  return createClient({ url: t.url.replace(/^http/, 'ws'), webSocketImpl: CookieSocket, retryAttempts: 0 });
}

export function subscribe<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription<T> {
  const queue: unknown[] = [];
  const waiters: ((v: unknown) => void)[] = [];
  const push = (v: unknown) => (waiters.length ? waiters.shift()!(v) : queue.push(v));
  const unsubscribe = client.subscribe(
    { query, variables },
    {
      next: (v) => push(v),
      error: (e) =>
        push(Array.isArray(e) ? { errors: e } : { errors: [{ message: String((e as Error).message ?? e) }] }),
      complete: () => undefined,
    },
  );
  return {
    next: (timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        if (queue.length) return resolve(queue.shift() as never);
        const timer = setTimeout(() => reject(new Error(`aucun événement en ${timeoutMs} ms`)), timeoutMs);
        waiters.push((v) => {
          clearTimeout(timer);
          resolve(v as never);
        });
      }),
    close: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
}

/** There is no acknowledgement of a started subscription in the protocol: wait until the bus has its subscribers. */
export async function untilSubscribers(t: TestApp, n: number): Promise<void> {
  const until = Date.now() + 5000;
  while (t.app.live.bus.size < n) {
    if (Date.now() > until) throw new Error(`${t.app.live.bus.size} abonnés sur ${n}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
