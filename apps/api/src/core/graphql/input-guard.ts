import {
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { badInput, type FieldLabeller } from '../errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// dates of law for a public body of today: anything outside is a typing slip (0100 for 2010)
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
const FLOAT_BOUND = 1e12;

/**
 * What the database would refuse with a bare error, or store wrongly, is refused here with the field's
 * French name: ids that are not UUIDs, NUL characters, required text of spaces only, dates outside
 * 1900–2100, floats no column holds. Runs before the resolver, on every field's arguments.
 */
export function guardRootInputs(schema: GraphQLSchema, labelOf: FieldLabeller): void {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      // on the root fields only: a global middleware would wrap every field of every object in a promise
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        // the field is named as class-validator names it: an input's property, without the argument's name
        for (const arg of field.args) check(labelOf, arg.type, args[arg.name], arg.name, arg.name, undefined, true);
        return resolve(source, args, context, info);
      };
    }
  }
}

function check(
  labelOf: FieldLabeller,
  type: GraphQLInputType,
  value: unknown,
  path: string,
  name: string,
  owner: string | undefined,
  root = false,
): void {
  if (value === null || value === undefined) return;
  const required = isNonNullType(type);
  const t = getNullableType(type);
  const label = () => labelOf(owner, name);
  if (isListType(t)) {
    if (Array.isArray(value)) value.forEach((v, i) => check(labelOf, t.ofType, v, `${path}.${i}`, name, owner));
    return;
  }
  if (isInputObjectType(t)) {
    for (const f of Object.values(t.getFields()))
      check(
        labelOf,
        f.type,
        (value as Record<string, unknown>)[f.name],
        root ? f.name : `${path}.${f.name}`,
        f.name,
        t.name,
      );
    return;
  }
  if (!isScalarType(t)) return;
  if (typeof value === 'string') {
    if (value.includes('\u0000')) throw badInput(path, `${label()} : caractère nul interdit.`);
    if (t.name === 'ID' && !UUID.test(value)) throw badInput(path, `${label()} : identifiant mal formé.`);
    // an empty text is left to each input's own rule and message; spaces alone would pass them
    if (t.name === 'String' && required && value !== '' && value.trim() === '')
      throw badInput(path, `${label()} : valeur obligatoire (des espaces seuls ne suffisent pas).`);
    if (t.name === 'Date') {
      const year = Number(value.slice(0, 4));
      if (year < FIRST_YEAR || year > LAST_YEAR)
        throw badInput(path, `${label()} : date hors limites (années ${FIRST_YEAR} à ${LAST_YEAR}).`);
    }
  }
  if (t.name === 'Float' && typeof value === 'number' && Math.abs(value) > FLOAT_BOUND)
    throw badInput(path, `${label()} : nombre hors limites.`);
}
