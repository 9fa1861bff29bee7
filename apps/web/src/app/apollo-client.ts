import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
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
  const live = liveSocket(() => void client.refetchObservableQueries());
  const client = new ApolloClient({
    link: ApolloLink.from([
      sessionLink,
      // subscriptions over the WebSocket, everything else over HTTP
      ApolloLink.split(
        (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
        new GraphQLWsLink(live),
        new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
      ),
    ]),
    cache,
    // a list shown again is fetched again (after a change made on another page, or by someone else), showing the
    // cached rows meanwhile; later cache updates do not refetch
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
  // the socket is signed in by the cookie it opened with: after a sign-in or sign-out, open a new one
  client.onClearStore(async () => live.terminate());
  return client;
}

/**
 * The subscriptions' socket, on the page's own origin. Opened with the first subscription; when it drops it comes
 * back (waits growing to 30 s, without end), and whatever changed meanwhile is fetched again (`onReconnected`).
 */
function liveSocket(onReconnected: () => void) {
  return createClient({
    url: () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * 2 ** retries))),
    // pings keep proxies from closing an idle socket (nginx closes after 60 s of silence by default)
    keepAlive: 25_000,
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) onReconnected();
      },
    },
  });
}
