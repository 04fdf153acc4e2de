import { useEffect, useState } from 'preact/hooks';
import type { Live } from '../ui/use-live-query';
import { THROTTLE_MS, watchQuery } from './watch-query';

/**
 * Like `useLiveQuery`, for what the page shows but nothing waits on (counts, badges, lists): the
 * query runs again when one of `tables` changes, at most once every `intervalMs` (see
 * `watchQuery`).
 *
 * Why not on every change: during a sync the worker commits a batch every few milliseconds, and a
 * page query over the same table waits in line with (and holds up) its next transaction.
 */
export function useThrottledQuery<T>(
  query: () => Promise<T>,
  tables: readonly string[],
  deps: readonly unknown[],
  intervalMs = THROTTLE_MS,
): Live<T> {
  const [state, setState] = useState<Live<T>>({ loaded: false });
  useEffect(
    () => watchQuery({ query, tables, intervalMs, onValue: (value) => setState({ loaded: true, value }) }),
    // The caller lists what the query depends on, as with useEffect.
    deps,
  );
  return state;
}
