import { useQuery } from '@apollo/client/react';
import type { MeQuery as MeQueryResult } from '../gql/graphql';
import { MeQuery } from './graphql/me.query';

export type Me = NonNullable<MeQueryResult['me']>;

/** The signed-in user, or null. Cached: every component may call it. */
export function useMe() {
  const { data, loading, error } = useQuery(MeQuery, { fetchPolicy: 'cache-first' });
  return { me: data?.me ?? null, loading: loading && !data, error };
}
