import path from 'node:path';

export type DatabaseConfig =
  | {
      kind: 'postgres';
      url: string;
      schema?: string;
      /** How long a pooled connection above the ones kept warm may stay idle (pg's default, 10 s; tests shorten it). */
      poolIdleMs?: number;
    }
  | { kind: 'pglite'; dataDir: string | null }; // null = in memory (tests)

/** PostgreSQL when DATABASE_URL is set, else the embedded PGlite persisted under <repo>/data/pglite. */
export function databaseConfigFromEnv(env = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL, schema: env.DATABASE_SCHEMA };
  const dataDir = env.PGLITE_DATA_DIR ?? path.resolve(__dirname, '../../../../../data/pglite');
  return { kind: 'pglite', dataDir: dataDir === 'memory' ? null : dataDir };
}
