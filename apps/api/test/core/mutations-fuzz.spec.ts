import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputType,
} from 'graphql';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app';

/** Malformed and boundary values of each scalar, next to ordinary ones. */
const SCALARS: Record<string, fc.Arbitrary<unknown>> = {
  String: fc.oneof(
    fc.constantFrom('', '   ', 'a\u0000b', 'x'.repeat(5000), '=HYPERLINK("x")', "'; DROP TABLE app_user; --", 'Liévin'),
    fc.string({ maxLength: 30 }),
  ),
  ID: fc.constantFrom('', 'abc', '1', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-4fff-bfff-ffffffffffff'),
  Int: fc.constantFrom(0, -1, 1, 2147483647, -2147483648, 2147483648, 1.5, '12'),
  Float: fc.constantFrom(0, -1, 0.01, 1e308, -1e15, 3.5, 'abc'),
  Boolean: fc.constantFrom(true, false, 'oui'),
  Date: fc.constantFrom(
    '0100-01-01',
    '1899-12-31',
    '2024-02-30',
    '2024-02-29',
    '2023-06-15',
    '2101-01-01',
    '15/06/2023',
    '',
  ),
  JSONObject: fc.constantFrom({}, { a: 1 }, 'x'),
};

function valueOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  const inner = getNullableType(type);
  const value: fc.Arbitrary<unknown> = isListType(inner)
    ? fc.array(valueOf(inner.ofType, depth + 1), { maxLength: 3 })
    : isEnumType(inner)
      ? fc.constantFrom(...inner.getValues().map((v) => v.name), 'INCONNU')
      : isInputObjectType(inner)
        ? depth > 3
          ? fc.constant(null)
          : fc.record(
              Object.fromEntries(Object.values(inner.getFields()).map((f) => [f.name, valueOf(f.type, depth + 1)])),
              { requiredKeys: [] }, // a required field is sometimes missing
            )
        : (SCALARS[inner.name] ?? fc.constant('x'));
  // null where the schema forbids it, now and then
  return isNonNullType(type)
    ? fc.oneof({ weight: 9, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) })
    : value;
}

/** Who may call a mutation, so that it reaches its validation rather than stopping at FORBIDDEN. */
const callerOf = (name: string) =>
  /^(login|logout)$/.test(name)
    ? undefined
    : /User|ServiceMembership/.test(name)
      ? 'admin'
      : /Ads|ads/.test(name)
        ? /ActWeights/.test(name)
          ? 'directeur.ads'
          : 'agent.ads'
        : /Fourriere/.test(name)
          ? /Tariff|Calendar/.test(name)
            ? 'directeur.fourriere'
            : 'agent.fourriere'
          : 'directeur.rh';

describe('every mutation under malformed and boundary inputs (fast-check)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('should never answer INTERNAL_SERVER_ERROR nor write part of a refused mutation', async () => {
    const mutations = Object.values(t.app.schema.getMutationType()!.getFields());
    expect(mutations.length).toBeGreaterThan(20);
    const tables = t.app.db.dataSource.entityMetadatas.map((m) => m.tableName).filter((n) => n !== 'session');
    const countRows = () =>
      t.app.db.read(async (em) => {
        const [row] = await em.query(`SELECT ${tables.map((n) => `(SELECT count(*) FROM "${n}")`).join(' + ')} AS n`);
        return Number(row.n);
      });
    const clients = new Map<string | undefined, GqlClient>();
    let refused = 0;
    for (const m of mutations) {
      const login = callerOf(m.name);
      if (!clients.has(login)) clients.set(login, await t.as(login));
      const client = clients.get(login)!;
      const vars = m.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const call = m.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = isObjectType(getNamedType(m.type)) ? ' { __typename }' : '';
      const doc = `mutation${vars ? `(${vars})` : ''} { ${m.name}${call ? `(${call})` : ''}${selection} }`;
      const args = fc.record(Object.fromEntries(m.args.map((a) => [a.name, valueOf(a.type)])));
      await fc.assert(
        fc.asyncProperty(args, async (variables) => {
          const before = await countRows();
          const r = await client.request(doc, variables);
          const codes = (r.errors ?? []).map((e) => e.extensions?.code);
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
          for (const e of r.errors ?? [])
            expect(e.message).not.toMatch(/cannot represent|Did you mean|of required type/);
          // sign-in may record its failures in the audit trail: only other refusals must leave no row behind
          if (r.errors?.length && m.name !== 'login') {
            refused++;
            expect(await countRows()).toBe(before);
          }
        }),
        { numRuns: 8, seed: 20261128 },
      );
    }
    expect(refused).toBeGreaterThan(mutations.length);
  }, 300_000);
});
