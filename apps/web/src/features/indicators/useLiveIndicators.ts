import { useApolloClient, useSubscription } from '@apollo/client/react';
import type { DirectorateKey } from '@call/domain';
import { useRef } from 'react';
import { IndicatorsChangedSubscription } from './graphql/indicators-changed.subscription';
import { IndicatorsQuery } from './graphql/indicators.query';

/**
 * Keeps the open page's figures live: when a change of a directorate is committed, that directorate's indicators
 * are fetched again; the cache (indicators keyed by key and year) updates every card showing them, whether the
 * page shows that directorate or all. A burst of saves (an import) costs one fetch in flight and one after it.
 */
export function useLiveIndicators(year: number, directorate: DirectorateKey | null): void {
  const client = useApolloClient();
  const inFlight = useRef(new Map<string, 'running' | 'again'>());

  const refetch = (changed: DirectorateKey) => {
    const key = `${year}:${changed}`;
    if (inFlight.current.has(key)) {
      inFlight.current.set(key, 'again');
      return;
    }
    inFlight.current.set(key, 'running');
    client
      .query({ query: IndicatorsQuery, variables: { year, directorate: changed }, fetchPolicy: 'network-only' })
      .catch(() => undefined) // the page shows its own query's errors
      .finally(() => {
        const again = inFlight.current.get(key) === 'again';
        inFlight.current.delete(key);
        if (again) refetch(changed);
      });
  };

  useSubscription(IndicatorsChangedSubscription, {
    variables: { directorate },
    ignoreResults: true,
    onData: ({ data }) => {
      const changed = data.data?.indicatorsChanged;
      if (changed) refetch(changed.directorate);
    },
  });
}
