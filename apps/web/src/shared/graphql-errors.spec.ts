import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { applyServerErrors, errorMessage } from './graphql-errors';

const serverError = (errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('applyServerErrors', () => {
  it('should put a BAD_USER_INPUT error under its field when the form has it', () => {
    const setError = jest.fn();
    const rest = applyServerErrors(
      serverError([
        { message: 'Identifiant : déjà utilisé', extensions: { code: 'BAD_USER_INPUT', field: 'input.login' } },
      ]),
      setError,
      ['login', 'password'],
    );
    expect(setError).toHaveBeenCalledWith(
      'login',
      { type: 'server', message: 'Identifiant : déjà utilisé' },
      { shouldFocus: true },
    );
    expect(rest).toBeNull();
  });

  it('should place every validation issue, unprefixed, under its field', () => {
    const setError = jest.fn();
    const rest = applyServerErrors(
      serverError([
        {
          message: 'Mot de passe : Le mot de passe doit faire au moins 10 caractères.',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'password',
            issues: [
              { field: 'password', message: 'Le mot de passe doit faire au moins 10 caractères.' },
              { field: 'login', message: 'Identifiant invalide.' },
            ],
          },
        },
      ]),
      setError,
      ['login', 'password'],
    );
    expect(setError).toHaveBeenCalledWith(
      'password',
      { type: 'server', message: 'Le mot de passe doit faire au moins 10 caractères.' },
      { shouldFocus: true },
    );
    expect(setError).toHaveBeenCalledWith(
      'login',
      { type: 'server', message: 'Identifiant invalide.' },
      { shouldFocus: true },
    );
    expect(rest).toBeNull();
  });

  it('should return the message for an alert when no field matches', () => {
    const setError = jest.fn();
    const rest = applyServerErrors(
      serverError([{ message: 'Identifiant ou mot de passe incorrect.', extensions: { code: 'UNAUTHENTICATED' } }]),
      setError,
      ['login'],
    );
    expect(setError).not.toHaveBeenCalled();
    expect(rest).toBe('Identifiant ou mot de passe incorrect.');
  });

  it('should give a French message for a network failure', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toMatch(/serveur est injoignable/);
  });
});
