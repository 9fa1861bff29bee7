import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** Same origin in production (the API serves dist/) and through Vite's proxy in development. */
export function createApolloClient() {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        DirectorateInfo: { keyFields: ['key'] },
        // a declared value returned by the mutation refreshes the card wherever it is shown
        Indicator: { keyFields: ['key', 'year'] },
        Commune: { keyFields: ['inseeCode'] },
      },
    }),
  });
}
