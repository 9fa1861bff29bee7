import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createApp, type App, type AppOptions } from '../../src/core/app';
import { DEMO_PASSWORD, seed } from '../../src/core/seed';
import { MODULES } from '../../src/modules';

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; field?: string; [k: string]: unknown } }[];
}

export interface GqlClient {
  request<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** Like request, but fails the test on any GraphQL error. */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The session cookie (`name=value`), for plain HTTP routes (downloads). */
  cookie: string | null;
}

export interface TestApp {
  app: App;
  url: string;
  /** A client signed in as a demo user (password of the seed), or anonymous. */
  /** Signed in with the demo password unless another is given (a production database's accounts). */
  as(login?: string, password?: string): Promise<GqlClient>;
  close(): Promise<void>;
}

/**
 * A real server on a real database: PGlite in memory, or a fresh schema on the PostgreSQL of
 * DATABASE_URL. Referentials and demo users are seeded; modules' demo activity is not, unless asked.
 */
export async function startTestApp(
  options: Omit<AppOptions, 'database'> & {
    activity?: boolean;
    demo?: boolean;
    adminPassword?: string;
    seedEnv?: Record<string, string>;
    /** On PostgreSQL: how long a pooled connection above the ones kept warm may stay idle. */
    poolIdleMs?: number;
  } = {},
): Promise<TestApp> {
  let dropSchema: (() => Promise<void>) | null = null;
  let database: AppOptions['database'] = { kind: 'pglite', dataDir: null };
  if (process.env.DATABASE_URL) {
    const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    database = { kind: 'postgres', url: process.env.DATABASE_URL, schema, poolIdleMs: options.poolIdleMs };
    dropSchema = async () => {
      const c = new Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP SCHEMA "${schema}" CASCADE`);
      await c.end();
    };
  }
  const app = await createApp({ dailyJobs: false, ...options, database }).catch(async (e: unknown) => {
    await dropSchema?.();
    throw e;
  });
  await seed(app.db, options.modules ?? MODULES, {
    demo: options.demo ?? true,
    activity: options.activity ?? false,
    adminPassword: options.adminPassword,
    clock: options.clock,
    env: options.seedEnv,
  });
  const server: Server = await app.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  const makeClient = (cookie: string | null): GqlClient => {
    const request = async <T>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> => {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GqlResult<T>;
    };
    return {
      request,
      cookie,
      ok: async <T>(query: string, variables?: Record<string, unknown>) => {
        const r = await request<T>(query, variables);
        if (r.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(r.errors)}`);
        return r.data as T;
      },
    };
  };

  return {
    app,
    url,
    async as(login?: string, password = DEMO_PASSWORD) {
      if (!login) return makeClient(null);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: LoginInput!) { login(input: $i) { id } }',
          variables: { i: { login, password } },
        }),
      });
      const body = (await res.json()) as GqlResult;
      if (body.errors) throw new Error(`Connexion impossible pour ${login} : ${body.errors[0].message}`);
      const setCookie = res.headers.get('set-cookie') ?? '';
      return makeClient(setCookie.split(';')[0]);
    },
    async close() {
      await app.live.close(); // open subscription sockets would keep the server from closing
      await new Promise((r) => server.close(r));
      await app.close();
      if (dropSchema) await dropSchema();
    },
  };
}
