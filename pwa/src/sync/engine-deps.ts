import type { SevaDb } from '../db/seva-db';
import type { FetchLike, HttpFailure } from './http';
import type { SyncEvent } from './sync-api';

/** What the sync phases need from the outside world; tests pass fakes. */
export interface EngineDeps {
  db: SevaDb;
  fetch: FetchLike;
  now: () => Date;
  emit: (event: SyncEvent) => void;
}

/** How a phase ended: done, or stopped by a failure the run reports. */
export type PhaseResult<T = void> =
  { ok: true; value: T } | { ok: false; failure: HttpFailure | { kind: 'sequence_gap'; detail: string } };
