import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  GraphQLError,
  execute,
  getVariableValues,
  isEnumType,
  isScalarType,
  isSpecifiedScalarType,
  OperationTypeNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { RequestContext } from '../context';

type Gateway = ApolloServerOptionsWithGateway<RequestContext>['gateway'];

/** Compiled documents kept; the screens send a few hundred distinct ones. */
const COMPILED_MAX = 1_000;

/**
 * Apollo's pipeline (parsing, validation with the query limits, errors) with queries executed by graphql-jit: a
 * document is compiled once into a function, which resolves a list page's 700 fields without graphql-js's per-field
 * bookkeeping (a third of the API's CPU on the ADS list). Variables are coerced by graphql-js first, so refusals keep
 * its wording (which the French messages read) and input fields get their default values. Mutations (serial, not
 * hot) and subscriptions sent over HTTP stay with graphql-js. Apollo's gateway interface is its documented way to
 * bring an executor.
 */
export function compiledQueriesGateway(schema: GraphQLSchema): Gateway {
  checkCoercionIsIdempotent(schema);
  const compiled = new Map<string, CompiledQuery>();
  const compiledFor = (key: string, build: () => CompiledQuery | ExecutionResult) => {
    const known = compiled.get(key);
    if (known) return known;
    const made = build();
    if (!isCompiledQuery(made)) return made;
    if (compiled.size >= COMPILED_MAX) compiled.clear();
    compiled.set(key, made);
    return made;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    load: () =>
      Promise.resolve({
        executor: async ({ document, operation, operationName, source, request, context }) => {
          const variables = request.variables ?? {};
          if (operation.operation !== OperationTypeNode.QUERY)
            return execute({ schema, document, operationName, variableValues: variables, contextValue: context });
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
          if (coerced.errors) return { errors: coerced.errors };
          const query = compiledFor(`${operationName ?? ''}\n${source}`, () =>
            compileQuery(schema, document, operationName ?? undefined),
          );
          // graphql-jit would coerce the raw variables again without the input fields' default values; coercing
          // graphql-js's result is the identity (every enum's value is its name, the scalars parse their output)
          return isCompiledQuery(query)
            ? asGraphQLErrors(await query.query(undefined, context, coerced.coerced))
            : query;
        },
      }),
    stop: () => Promise.resolve(),
  };
}

/**
 * graphql-jit's errors are not graphql-js's own (no `extensions` object when the resolver's error has none, which
 * Apollo reads): they become graphql-js errors, keeping message, path and the resolver's error.
 */
function asGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  return {
    ...result,
    errors: result.errors.map(
      (e) =>
        new GraphQLError(e.message, {
          path: e.path,
          originalError: e.originalError ?? undefined,
          extensions: e.extensions,
        }),
    ),
  };
}

/** Custom scalars whose `parseValue` gives back what it is given once it accepted it (a day's text, a JSON object). */
const IDEMPOTENT_SCALARS = new Set(['Date', 'JSONObject']);

/**
 * Compiled queries receive variables already coerced by graphql-js, which graphql-jit coerces again: that is only
 * the identity if every enum's internal value is its name and every scalar parses its own output. Checked at
 * start-up, so a new enum or scalar that breaks it fails the boot and the tests, not a request.
 */
export function checkCoercionIsIdempotent(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isEnumType(type)) {
      const renamed = type.getValues().find((v) => v.value !== v.name);
      if (renamed) throw new Error(`Enum ${type.name}: la valeur ${renamed.name} n’est pas son propre nom`);
    } else if (isScalarType(type) && !isSpecifiedScalarType(type) && !IDEMPOTENT_SCALARS.has(type.name)) {
      throw new Error(`Scalaire ${type.name} : à ajouter aux scalaires dont la lecture est idempotente, s’il l’est`);
    }
  }
}
