import fs from 'node:fs';
import path from 'node:path';
import { fieldLabelRegistry, productSchema } from '../../src/core/app';
import { fixedClock } from '../../src/core/kit/clock';
import { FieldLabelRegistry } from '../../src/core/kit/field-labels';
import { MODULES } from '../../src/modules';
import { dogIntake, INTAKE } from '../fourriere/fourriere.factories';
import { startTestApp, type TestApp } from '../support/test-app';

const root = path.resolve(__dirname, '../..');
function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name) ? [p] : [];
  });
}

describe('module kit', () => {
  it('should label every input field of the product, each input type by one owner', async () => {
    const registry = fieldLabelRegistry(MODULES);
    const { schema } = await productSchema();
    expect(registry.missing(schema)).toEqual([]);
    expect(registry.orphans(schema, ['PageArgs'])).toEqual([]);
  });

  it('should refuse two owners labelling the same input type', () => {
    const registry = new FieldLabelRegistry().add('fourriere', { IntakeInput: { communeInsee: 'Commune de capture' } });
    expect(() => registry.add('ads', { IntakeInput: { communeInsee: 'Commune' } })).toThrow(
      /IntakeInput déclarés deux fois : par fourriere et par ads/,
    );
  });

  it('should give a fixed clock its Paris day', () => {
    expect(fixedClock('2024-03-31').today()).toBe('2024-03-31');
    // 23:30 UTC on 31 March 2024 is already 1 April in Paris (summer time)
    expect(fixedClock('2024-03-31T23:30:00Z').today()).toBe('2024-04-01');
  });

  it('should leave modules no clock, enum helper or pagination of their own', () => {
    const offenders = files(path.join(root, 'src/modules')).flatMap((f) => {
      const src = fs.readFileSync(f, 'utf8');
      const rel = path.relative(root, f);
      return [
        /new Date\(\)|Date\.now\(\)|toParisLocalDate\(new Date/.test(src) && !/\.seed\.ts$/.test(f)
          ? `${rel}: horloge`
          : null,
        /registerEnumType\(/.test(src) && !/Queue|Sort|ExportFormat/.test(src) ? `${rel}: enum` : null,
        /\.skip\(|@Arg\('(offset|limit|skip|take)'|\b(skip|take): number/.test(src) ? `${rel}: pagination` : null,
      ].filter((x): x is string => !!x);
    });
    expect(offenders).toEqual([]);
  });
});

describe('field labels in validation messages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should name the fourrière intake commune "Commune de capture", whatever other modules label', async () => {
    const agent = await t.as('agent.fourriere');
    const r = await agent.request(INTAKE, { i: dogIntake({ communeInsee: '624' }) });
    expect(r.errors?.[0]).toMatchObject({
      message: 'Commune de capture : doit être un code INSEE à 5 caractères.',
      extensions: { code: 'BAD_USER_INPUT', field: 'communeInsee' },
    });
  });

  it('should name the ADS page size in French when a page is too large', async () => {
    const agent = await t.as('agent.ads');
    const r = await agent.request('query { adsDossiers(limit: 500) { total } }');
    expect(r.errors?.[0]).toMatchObject({
      message: 'Taille de page : doit être comprise entre 1 et 100.',
      extensions: { code: 'BAD_USER_INPUT', field: 'limit' },
    });
  });
});
