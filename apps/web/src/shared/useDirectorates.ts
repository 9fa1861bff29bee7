import { useQuery } from '@apollo/client/react';
import { canReadDirectorate } from '@call/domain';
import { useMemo } from 'react';
import { useMe } from '../auth/useMe';
import { DirectoratesQuery } from './graphql/directorates.query';

/** The directorates the signed-in user may read, with the server's labels and rights. */
export function useVisibleDirectorates() {
  const { me } = useMe();
  const { data, loading, error } = useQuery(DirectoratesQuery, { skip: !me });
  const directorates = useMemo(
    () => (me && data ? data.directorates.filter((d) => canReadDirectorate(me, d.key)) : []),
    [me, data],
  );
  return { directorates, loading, error };
}
