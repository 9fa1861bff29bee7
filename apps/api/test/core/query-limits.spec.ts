import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { productSchema } from '../../src/core/app';
import { queryLimits } from '../../src/core/graphql/query-limits';
import { adsModule } from '../../src/modules/ads/ads.module';
import { startTestApp, type TestApp } from '../support/test-app';

const aliases = (n: number, field: string) =>
  `query { ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('bounded queries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ modules: [adsModule] });
  });
  afterAll(() => t.close());

  it('should refuse 300 aliases of the ADS export before running any of them', async () => {
    const agent = await t.as('agent.ads');
    const r = await agent.request(aliases(300, 'adsDossierExport(format: CSV) { filename base64 }'));
    expect(r.data).toBeUndefined();
    expect(r.errors).toHaveLength(1);
    expect(r.errors?.[0].message).toBe('Requête refusée : 300 alias (au plus 30).');
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('should count exports and reports as expensive: four indicator reports are refused, three are served', async () => {
    const dgs = await t.as('dgs');
    const hundred = await dgs.request(aliases(100, 'indicators(year: 2023) { key value }'));
    expect(hundred.data).toBeUndefined();
    expect(hundred.errors?.[0].message).toMatch(/^Requête refusée : 100 alias/);
    const four = await dgs.request(aliases(4, 'indicators(year: 2023) { key }'));
    expect(four.data).toBeUndefined();
    expect(four.errors?.[0].message).toBe(
      'Requête refusée : trop coûteuse (404 points, au plus 400 ; un export, un rapport ou un import en vaut 100).',
    );
    const three = await dgs.ok(aliases(3, 'indicators(year: 2023) { key }'));
    expect(three.a2.length).toBeGreaterThan(0);
  });

  it('should accept every operation the web sends', async () => {
    const { schema } = await productSchema();
    const features = path.resolve(__dirname, '../../../web/src/features');
    const documents = fs
      .readdirSync(features, { recursive: true, encoding: 'utf8' })
      .filter((f) => /graphql[\\/].*\.ts$/.test(f))
      .flatMap((f) =>
        [...fs.readFileSync(path.join(features, f), 'utf8').matchAll(/graphql\(`([^`]*)`\)/g)].map((m) => m[1]),
      );
    expect(documents.length).toBeGreaterThan(20);
    for (const doc of documents) expect(validate(schema, parse(doc), [queryLimits])).toEqual([]);
  });

  it('should refuse a deep query and a huge document', async () => {
    const dgs = await t.as('dgs');
    const deep = await dgs.request(`query { me { ${'a { '.repeat(10)}b${' }'.repeat(10)} } }`);
    expect(deep.errors?.map((e) => e.message)).toContain('Requête refusée : imbrication de 12 niveaux (au plus 10).');
    const nested = `fragment F on User { id } query { me { ...F } ${'a: me { ...F } '.repeat(31)} }`;
    expect((await dgs.request(nested)).errors?.[0].message).toBe('Requête refusée : 31 alias (au plus 30).');
    const long = await dgs.request(`query { me { id } } # ${'x'.repeat(60_000)}`);
    expect(long.errors?.[0]).toMatchObject({
      message: 'Requête refusée : document de plus de 50000 caractères.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('should refuse a 20 MB body with a French message, without reading it into a document', async () => {
    const res = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query { me { id } } # ${'x'.repeat(20 * 1024 * 1024)}` }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: 'Requête refusée : le corps dépasse 8 Mo.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
  });
});
