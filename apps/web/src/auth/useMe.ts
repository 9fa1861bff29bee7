import { useQuery } from '@apollo/client/react';
import { MeQuery } from './graphql/me.query';

/** The signed-in user, or null. Cached: every component may call it. */
export function useMe() {
  const { data, loading, error } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading: loading && !data, error };
}
