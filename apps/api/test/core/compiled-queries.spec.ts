import {
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLString,
  execute,
  getOperationAST,
  parse,
  type ExecutionResult,
} from 'graphql';
import * as jit from 'graphql-jit';
import { checkCoercionIsIdempotent, compiledQueriesGateway } from '../../src/core/graphql/compiled-queries';

jest.mock('graphql-jit', () => {
  const actual = jest.requireActual<typeof import('graphql-jit')>('graphql-jit');
  return { ...actual, compileQuery: jest.fn(actual.compileQuery) };
});
const compileQuery = jit.compileQuery as jest.MockedFunction<typeof jit.compileQuery>;

class ProbeError extends Error {
  extensions = { code: 'NOT_FOUND' };
}

const Filter = new GraphQLInputObjectType({
  name: 'Filter',
  fields: {
    prefix: { type: GraphQLString },
    withinDays: { type: new GraphQLNonNull(GraphQLInt), defaultValue: 15 },
  },
});
let written = 0;
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      rows: {
        type: new GraphQLObjectType({
          name: 'Row',
          fields: { label: { type: GraphQLString }, days: { type: GraphQLInt } },
        }),
        args: { f: { type: Filter } },
        resolve: (_: unknown, { f }: { f?: { prefix?: string; withinDays: number } }) => ({
          label: `${f?.prefix ?? ''}ligne`,
          days: f?.withinDays,
        }),
      },
      missing: {
        type: GraphQLString,
        resolve: () => {
          throw new ProbeError('Dossier introuvable.');
        },
      },
      plain: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('secret');
        },
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: { write: { type: GraphQLInt, resolve: () => ++written } },
  }),
});

const loaded = compiledQueriesGateway(schema).load({} as never);
async function run(source: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const { executor } = await loaded;
  const document = parse(source);
  return (await executor!({
    document,
    source,
    operationName: operationName ?? null,
    operation: getOperationAST(document, operationName)!,
    request: { variables },
    context: {},
  } as never)) as ExecutionResult;
}

describe('queries executed by graphql-jit under Apollo’s pipeline', () => {
  beforeEach(() => compileQuery.mockClear());

  it('should compile a query once and give graphql-js’s answer, input defaults included', async () => {
    const q = 'query($f: Filter) { rows(f: $f) { label days } }';
    const vars = { f: { prefix: 'une ' } };
    const first = await run(q, vars);
    const again = await run(q, vars);
    expect(first).toEqual({ data: { rows: { label: 'une ligne', days: 15 } } });
    expect(again).toEqual(first);
    expect(JSON.stringify(first)).toBe(
      JSON.stringify(await execute({ schema, document: parse(q), variableValues: vars })),
    );
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('should take text written in the document as text, never as code', async () => {
    // the compiled function is generated JavaScript: a literal closing its string and calling code stays a literal
    const hostile = String.raw`a"); globalThis.pwned = 1; ("` + "`${(globalThis.pwned = 2)}`\\'";
    const r = await run(`{ rows(f: { prefix: ${JSON.stringify(hostile)} }) { label } }`);
    expect(r).toEqual({ data: { rows: { label: `${hostile}ligne` } } });
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it('should refuse bad variables with graphql-js’s own wording, before compiling', async () => {
    const q = 'query($f: Filter) { rows(f: $f) { label } }';
    const vars = { f: { withinDays: 'bientôt' } };
    const r = await run(q, vars);
    const expected = await execute({ schema, document: parse(q), variableValues: vars });
    expect(r.errors?.map((e) => e.message)).toEqual(expected.errors?.map((e) => e.message));
    expect(r.errors?.[0].message).toMatch(/^Variable "\$f" got invalid value/);
    expect(compileQuery).not.toHaveBeenCalled();
  });

  it('should hand Apollo graphql-js errors carrying the resolver’s error, its code and the path', async () => {
    const r = await run('{ missing plain }');
    expect(r.data).toEqual({ missing: null, plain: null });
    const [missing, plain] = r.errors!;
    expect(missing).toBeInstanceOf(GraphQLError);
    expect(missing.path).toEqual(['missing']);
    expect(missing.extensions).toEqual({ code: 'NOT_FOUND' });
    expect(missing.originalError).toBeInstanceOf(ProbeError);
    // Apollo reads `extensions.code` of every error: an object even when the resolver's error has none
    expect(plain.extensions).toEqual({});
    expect(plain.originalError?.message).toBe('secret');
  });

  it('should leave mutations to graphql-js, one after the other', async () => {
    const r = await run('mutation { a: write b: write }');
    expect(r).toEqual({ data: { a: 1, b: 2 } });
    expect(compileQuery).not.toHaveBeenCalled();
  });

  it('should refuse to start on an enum or scalar that coercing twice would change', () => {
    const withEnum = (values: Record<string, { value: unknown }>) =>
      new GraphQLSchema({
        query: new GraphQLObjectType({
          name: 'Query',
          fields: { e: { type: new GraphQLEnumType({ name: 'Kind', values }) } },
        }),
      });
    expect(() => checkCoercionIsIdempotent(withEnum({ DP: { value: 'DP' } }))).not.toThrow();
    expect(() => checkCoercionIsIdempotent(withEnum({ DP: { value: 1 } }))).toThrow(/Kind/);
    const money = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { m: { type: new GraphQLScalarType({ name: 'Money' }) } },
      }),
    });
    expect(() => checkCoercionIsIdempotent(money)).toThrow(/Money/);
  });
});
