import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

const FALLBACK_MESSAGE = 'Une erreur inattendue est survenue. Veuillez réessayer.';
const NETWORK_MESSAGE = 'Le serveur est injoignable. Vérifiez votre connexion puis réessayez.';

export function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

/** The message to show a user: the server's French message, or a generic one for network failures. */
export function errorMessage(error: unknown): string {
  const [first] = graphQLErrorsOf(error);
  if (first) return first.message;
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message)))
    return NETWORK_MESSAGE;
  return FALLBACK_MESSAGE;
}

/**
 * Puts BAD_USER_INPUT errors (and CONFLICT errors naming a field) under the matching form field.
 * The server names fields like its input class (`login`, `input.login`, `directorates.0`): we match on the
 * first segment after an optional `input.` prefix. A validation error's `extensions.issues` (one per field,
 * without the "Label : " prefix of the top-level message) are all placed. Returns the message of what could not be placed on a field,
 * for an Alert, or null when everything was placed.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | null {
  const errors = graphQLErrorsOf(error);
  if (errors.length === 0) return errorMessage(error);
  const unplaced: string[] = [];
  const fieldOf = (raw: unknown) => {
    const name = typeof raw === 'string' ? raw.replace(/^input\./, '').split('.')[0] : undefined;
    return fields.find((f) => f === name);
  };
  for (const e of errors) {
    const code = e.extensions?.code;
    if (code !== 'BAD_USER_INPUT' && code !== 'CONFLICT') {
      unplaced.push(e.message);
      continue;
    }
    // validation errors list every issue with its own, unprefixed message; others name one field
    const issues = Array.isArray(e.extensions?.issues)
      ? (e.extensions.issues as { field?: unknown; message?: unknown }[])
      : [{ field: e.extensions?.field, message: e.message }];
    let placedAll = true;
    for (const issue of issues) {
      const field = fieldOf(issue.field);
      if (field && typeof issue.message === 'string') {
        setError(field, { type: 'server', message: issue.message }, { shouldFocus: true });
      } else {
        placedAll = false;
      }
    }
    if (!placedAll) unplaced.push(e.message);
  }
  return unplaced.length ? unplaced.join(' ') : null;
}
