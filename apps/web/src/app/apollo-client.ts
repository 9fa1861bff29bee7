import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { MeQuery } from '../auth/graphql/me.query';

/** Same origin in production (the API serves dist/) and through Vite's proxy in development. */
export function createApolloClient() {
  const cache = new InMemoryCache({
    typePolicies: {
      DirectorateInfo: { keyFields: ['key'] },
      // a declared value returned by the mutation refreshes the card wherever it is shown
      Indicator: { keyFields: ['key', 'year'] },
      Commune: { keyFields: ['inseeCode'] },
    },
  });
  // an expired session: forget the user, and the route guard sends them to /connexion
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Login') return;
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      cache.writeQuery({ query: MeQuery, data: { me: null } });
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([sessionLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache,
  });
}
