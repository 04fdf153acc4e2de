import { backoffDelay } from '../../sync/backoff';
import type { RefreshOutcome } from '../data/kiosk-rows';

export interface RefreshLoopDeps {
  /** One refresh; never throws for network or server trouble. */
  run: () => Promise<RefreshOutcome>;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  random: () => number;
  /** Between routine refreshes while they succeed. */
  periodMs: number;
  /** Told when a refresh starts and ends, so the screen can say "updating…". */
  onRunning: (running: boolean) => void;
}

/**
 * When refreshes happen: on demand (start, `online`, visible, a new token, a button) and on a
 * timer; after a network or server failure sooner, with backoff. One at a time; triggers that
 * arrive during a refresh fold into one follow-up, so a token saved mid-refresh is used.
 */
export class RefreshLoop {
  private current: Promise<RefreshOutcome> | undefined;
  private followUp: Promise<RefreshOutcome> | undefined;
  private failures = 0;
  private timer: unknown;

  constructor(private readonly deps: RefreshLoopDeps) {}

  get running(): boolean {
    return this.current !== undefined;
  }

  trigger(): Promise<RefreshOutcome> {
    if (!this.current) {
      this.current = this.runOnce().finally(() => {
        this.current = undefined;
        this.deps.onRunning(false);
      });
      this.deps.onRunning(true);
      return this.current;
    }
    this.followUp ??= this.current.then(() => {
      this.followUp = undefined;
      return this.trigger();
    });
    return this.followUp;
  }

  private async runOnce(): Promise<RefreshOutcome> {
    this.deps.clearTimer(this.timer);
    let outcome: RefreshOutcome;
    try {
      outcome = await this.deps.run();
    } catch (error) {
      // A bug or a storage failure: report it and try again later, like a server failure.
      outcome = { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
    this.timer = this.deps.setTimer(() => void this.trigger(), this.delayAfter(outcome));
    return outcome;
  }

  private delayAfter(outcome: RefreshOutcome): number {
    if (outcome.kind === 'offline' || outcome.kind === 'failed') {
      const delay = Math.min(this.deps.periodMs, backoffDelay(this.failures, this.deps.random));
      this.failures += 1;
      return delay;
    }
    this.failures = 0;
    return this.deps.periodMs;
  }
}
