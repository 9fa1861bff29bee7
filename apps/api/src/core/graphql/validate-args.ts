import { getMetadataStorage, validateOrReject, type ValidationError } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

/** type-graphql's own settings: missing (optional) properties pass, unknown objects are not refused. */
const OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false, stopAtFirstError: false };

const constrained = new WeakMap<Function, boolean>();

/** Whether class-validator has anything to check on instances of this class (nested inputs are declared on it). */
function hasConstraints(value: object): boolean {
  const cls = value.constructor;
  let known = constrained.get(cls);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false).length > 0;
    constrained.set(cls, known);
  }
  return known;
}

/**
 * Validates GraphQL arguments as type-graphql does (class-validator, its options and its error), skipping the
 * arguments whose class declares no constraint: most of them (filters, sorts, ids) on the busiest reads.
 */
export const validateArgs: ValidatorFn = async (value) => {
  const items = (Array.isArray(value) ? value : [value]) as unknown[];
  const checked = items.filter((v): v is object => v !== null && typeof v === 'object' && hasConstraints(v));
  if (!checked.length) return;
  try {
    await Promise.all(checked.map((v) => validateOrReject(v, OPTIONS)));
  } catch (e) {
    throw new ArgumentValidationError(e as ValidationError[]);
  }
};
