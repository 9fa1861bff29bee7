import { useSubscription } from '@apollo/client/react';
import type { DirectorateKey } from '@call/domain';
import { useEffect, useRef, useState } from 'react';
import { IndicatorsChangedSubscription } from '../indicators';

const HIGHLIGHT_MS = 4000;

/**
 * Keeps a dashboard live: a change committed in its directorate refetches it (one fetch in flight, one after a
 * burst). Several directorates (the DGS overview) listen to all changes.
 */
export function useLiveRefetch(directorate: DirectorateKey | null, refetch: () => Promise<unknown>): void {
  const state = useRef<'idle' | 'running' | 'again'>('idle');
  const run = () => {
    if (state.current !== 'idle') {
      state.current = 'again';
      return;
    }
    state.current = 'running';
    refetch()
      .catch(() => undefined) // the page shows its own query's errors
      .finally(() => {
        const again = state.current === 'again';
        state.current = 'idle';
        if (again) run();
      });
  };
  useSubscription(IndicatorsChangedSubscription, {
    variables: { directorate },
    ignoreResults: true,
    onData: ({ data }) => {
      if (data.data?.indicatorsChanged) run();
    },
  });
}

/**
 * The keys whose value changed since the last data of the same view (`view` = year and directorate): what just
 * moved on screen, highlighted for a few seconds. A new view starts with nothing highlighted.
 */
export function useChangedKeys(view: string, values: readonly { key: string; value: number | null }[]): Set<string> {
  const seen = useRef<{ view: string; values: Map<string, number | null> } | null>(null);
  const [changed, setChanged] = useState<Set<string>>(new Set());
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());
  useEffect(() => {
    const pending = timers.current;
    return () => pending.forEach(clearTimeout);
  }, []);
  useEffect(() => {
    if (!values.length) return;
    const previous = seen.current?.view === view ? seen.current.values : null;
    seen.current = { view, values: new Map(values.map((v) => [v.key, v.value])) };
    if (!previous) return;
    const moved = values.filter((v) => previous.has(v.key) && previous.get(v.key) !== v.value).map((v) => v.key);
    if (!moved.length) return;
    setChanged((c) => new Set([...c, ...moved]));
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      setChanged((c) => new Set([...c].filter((k) => !moved.includes(k))));
    }, HIGHLIGHT_MS);
    timers.current.add(timer);
  }, [view, values]);
  return changed;
}
