import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { graphql } from 'graphql';
import { Client } from 'pg';
import { createApp, type App } from '../../src/core/app';
import type { DatabaseConfig } from '../../src/core/database/config';
import { seed } from '../../src/core/seed';
import { MODULES } from '../../src/modules';

const ROOT = path.resolve(__dirname, '../../../..');
const INDICATORS = `{ indicators(year: 2023) { key value previousValue breakdowns { dimension items { member value } } } }`;

/** Every indicator of the demo year as the DGS reads it, straight through the schema. */
async function indicators(app: App) {
  const user = {
    id: randomUUID(),
    login: 'dgs',
    displayName: 'DGS',
    role: 'DGS' as const,
    directorates: [],
    active: true,
    mustChangePassword: false,
  };
  const r = await graphql({
    schema: app.schema,
    source: INDICATORS,
    contextValue: { user, sessionToken: null, req: {}, res: {}, loaders: new Map() },
  });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.indicators as { key: string; value: number | null }[];
}

const script = (name: string, args: string[], env: Record<string, string | undefined>) =>
  execFileSync('sh', [path.join(ROOT, 'scripts', name), ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });

async function seededApp(database: DatabaseConfig): Promise<App> {
  const app = await createApp({ database });
  await seed(app.db, MODULES, { demo: true, activity: true });
  return app;
}

const onPostgres = !!process.env.DATABASE_URL;

describe('backup and restore', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'call-backup-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  (onPostgres ? it.skip : it)('should restore the embedded data directory and find the same indicators', async () => {
    const dataDir = path.join(tmp, 'pglite');
    const app = await seededApp({ kind: 'pglite', dataDir });
    const before = await indicators(app);
    expect(before.find((i) => i.key === 'ads.dossiers_instructed')?.value).toBeGreaterThan(0);
    await app.close(); // the API is stopped before a copy of the embedded directory
    const file = path.join(tmp, 'call.tar.gz');
    script('backup.sh', [file], { PGLITE_DATA_DIR: dataDir, DATABASE_URL: '' });
    const restoredDir = path.join(tmp, 'restauree', 'pglite');
    script('restore.sh', [file], { PGLITE_DATA_DIR: restoredDir, DATABASE_URL: '' });
    // restoring over an existing directory is refused
    expect(() => script('restore.sh', [file], { PGLITE_DATA_DIR: restoredDir, DATABASE_URL: '' })).toThrow();
    const restored = await createApp({ database: { kind: 'pglite', dataDir: restoredDir } });
    try {
      expect(await indicators(restored)).toEqual(before);
    } finally {
      await restored.close();
    }
  });

  (onPostgres ? it : it.skip)(
    'should restore a pg_dump into a fresh database and find the same indicators',
    async () => {
      const url = process.env.DATABASE_URL!;
      const schema = `t_${process.pid}_${randomBytes(4).toString('hex')}`;
      const freshDb = `restore_${randomBytes(4).toString('hex')}`;
      const admin = new Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA "${schema}"`);
      await admin.query(`CREATE DATABASE "${freshDb}"`);
      const freshUrl = Object.assign(new URL(url), { pathname: `/${freshDb}` }).toString();
      try {
        const app = await seededApp({ kind: 'postgres', url, schema });
        const before = await indicators(app);
        expect(before.find((i) => i.key === 'ads.dossiers_instructed')?.value).toBeGreaterThan(0);
        const file = path.join(tmp, 'call.dump');
        script('backup.sh', [file], { DATABASE_URL: url, DATABASE_SCHEMA: schema });
        await app.close();
        script('restore.sh', [file], { DATABASE_URL: freshUrl, DATABASE_SCHEMA: undefined });
        const restored = await createApp({ database: { kind: 'postgres', url: freshUrl, schema } });
        try {
          expect(await indicators(restored)).toEqual(before);
        } finally {
          await restored.close();
        }
      } finally {
        await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
        await admin.query(`DROP DATABASE IF EXISTS "${freshDb}" WITH (FORCE)`);
        await admin.end();
      }
    },
  );
});
