import Dexie, { type ObservabilitySet } from 'dexie';

/** How often a throttled query may run while its tables keep changing. */
export const THROTTLE_MS = 250;

/** Whether a change notice touches one of `tables` (a notice that names no table touches all). */
export function touches(parts: ObservabilitySet, tables: readonly string[]): boolean {
  return Object.keys(parts).some((part) => {
    // Parts are named idb://<database>/<table>/<index>.
    if (!part.startsWith('idb://')) return true;
    const table = part.slice('idb://'.length).split('/')[1];
    return table !== undefined && tables.includes(table);
  });
}

export interface WatchOptions<T> {
  query: () => Promise<T>;
  /** The tables the query reads. */
  tables: readonly string[];
  onValue: (value: T) => void;
  intervalMs?: number;
}

/**
 * Runs `query` now and again whenever one of `tables` changes — in this context, another tab or
 * the sync worker (Dexie relays commits between them) — but at most once every `intervalMs`,
 * and always once after the last change. Returns the function that stops watching.
 */
export function watchQuery<T>({ query, tables, onValue, intervalMs = THROTTLE_MS }: WatchOptions<T>): () => void {
  let closed = false;
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;

  const schedule = (): void => {
    if (closed || timer !== undefined) return;
    if (running) {
      again = true;
      return;
    }
    const wait = Math.max(0, lastRun + intervalMs - performance.now());
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, wait);
  };
  const run = async (): Promise<void> => {
    running = true;
    again = false;
    lastRun = performance.now();
    try {
      const value = await query();
      if (!closed) onValue(value);
    } catch (error) {
      console.error('query failed', error);
    } finally {
      running = false;
      if (again) schedule();
    }
  };
  const onChange = (parts: ObservabilitySet): void => {
    if (touches(parts, tables)) schedule();
  };

  Dexie.on('storagemutated', onChange);
  void run();
  return () => {
    closed = true;
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(onChange);
  };
}
