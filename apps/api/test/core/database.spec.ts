import fs from 'node:fs';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app';
import { printSchemaOfCode } from '../../src/core/print-schema';

describe('the database and the schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should have committed migrations that match the entities (generating one now yields nothing)', async () => {
    const log = await t.app.db.read(() => t.app.db.dataSource.driver.createSchemaBuilder().log());
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('should have committed the GraphQL schema the code defines (run `pnpm --filter @call/api schema:print`)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8');
    expect(committed).toBe(await printSchemaOfCode());
  });

  it('should keep concurrent mutations apart: a failing one writes nothing, the others all land', async () => {
    const admin = await t.as('admin');
    const create = (login: string, password: string) =>
      admin.request(`mutation($i: CreateUserInput!) { createUser(input: $i) { login } }`, {
        i: { login, displayName: login, password, role: 'AGENT', directorates: ['rh'] },
      });
    // the duplicates fail inside their transaction after other work may have started
    const results = await Promise.all([
      create('conc.a', 'motdepasse-long'),
      create('conc.b', 'motdepasse-long'),
      create('conc.a', 'motdepasse-long'),
      create('conc.c', 'motdepasse-long'),
      create('conc.b', 'motdepasse-long'),
    ]);
    expect(results.filter((r) => r.errors).length).toBe(2);
    const rows = await t.app.db.read((em) =>
      em.query(`SELECT login FROM app_user WHERE login LIKE 'conc.%' ORDER BY login`),
    );
    expect(rows).toEqual([{ login: 'conc.a' }, { login: 'conc.b' }, { login: 'conc.c' }]);
    const trail = await t.app.db.read((em) =>
      em.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity = 'User' AND action = 'create'`),
    );
    expect(trail[0].n).toBe(3);
  });

  // an internal error hidden behind a generic message: test/core/clean-refusals.spec.ts
  it('should refuse a year out of range naming the field, without stack trace', async () => {
    const c = await t.as('dgs');
    const r = await c.request(`query { indicators(year: 1990) { key } }`);
    expect(r.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'year' } });
    expect(JSON.stringify(r)).not.toContain('stacktrace');
  });
});
