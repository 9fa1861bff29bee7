import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isLocalDate } from '@call/domain';

export { GraphQLJSONObject as JSONObjectScalar } from 'graphql-scalars';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new GraphQLError('Date invalide : le format attendu est AAAA-MM-JJ.', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar day "YYYY-MM-DD": dates of law carry no time and no time zone. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'Jour calendaire au format AAAA-MM-JJ',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
