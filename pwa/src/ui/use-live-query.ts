import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The result of a query, while it loads and after. */
export type Live<T> = { loaded: false } | { loaded: true; value: T };

/**
 * Runs a Dexie query and re-runs it whenever the tables it read change — in this tab, another
 * tab or the sync worker (Dexie broadcasts changes between them).
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ loaded: false });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setState({ loaded: true, value }),
      error: (error: unknown) => console.error('live query failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return state;
}
