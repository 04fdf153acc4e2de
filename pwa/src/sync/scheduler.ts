import { backoffDelay } from './backoff';
import type { RunResult } from './engine';
import type { SyncRunOutcome, SyncTrigger } from './sync-api';

export interface SchedulerDeps {
  /** One engine run; never throws for network or server trouble. */
  run: (trigger: SyncTrigger) => Promise<RunResult>;
  /**
   * Runs `fn` holding the cross-tab sync lock (SYNC-CLIENT-5). With `wait: false` it gives up at
   * once when another tab holds it and resolves undefined.
   */
  withLock: <T>(wait: boolean, fn: () => Promise<T>) => Promise<T | undefined>;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  now: () => Date;
  random: () => number;
  /** Records the outcome for every tab to see. */
  record: (outcome: SyncRunOutcome, trigger: SyncTrigger) => Promise<void>;
  /** Between routine runs while nothing is failing. */
  periodMs: number;
}

/** Triggers every tab receives at once: one tab's run is enough, so the others do not wait for it. */
const SHARED_TRIGGERS: ReadonlySet<SyncTrigger> = new Set<SyncTrigger>(['timer', 'online', 'visible']);

/**
 * Decides when runs happen: on demand, on a timer, and after failures with backoff
 * (SYNC-CLIENT-1, SYNC-CLIENT-6). At most one run at a time; triggers that arrive during a run
 * are folded into one follow-up run.
 */
export class SyncScheduler {
  private current: Promise<SyncRunOutcome> | undefined;
  private followUp: Promise<SyncRunOutcome> | undefined;
  private failures = 0;
  private timer: unknown;

  constructor(private readonly deps: SchedulerDeps) {}

  trigger(trigger: SyncTrigger): Promise<SyncRunOutcome> {
    if (!this.current) {
      this.current = this.runOnce(trigger).finally(() => {
        this.current = undefined;
      });
      return this.current;
    }
    this.followUp ??= this.current.then(() => {
      this.followUp = undefined;
      return this.trigger(trigger);
    });
    return this.followUp;
  }

  private async runOnce(trigger: SyncTrigger): Promise<SyncRunOutcome> {
    this.deps.clearTimer(this.timer);
    let outcome: SyncRunOutcome;
    try {
      const result = await this.deps.withLock(!SHARED_TRIGGERS.has(trigger), () => this.deps.run(trigger));
      outcome = this.toOutcome(result);
    } catch (error) {
      // A bug or a storage failure: report it and retry later, like a server failure.
      outcome = this.retrying(error instanceof Error ? error.message : String(error));
    }
    await this.deps.record(outcome, trigger).catch(() => undefined);
    this.schedule(outcome);
    return outcome;
  }

  private toOutcome(result: RunResult | undefined): SyncRunOutcome {
    if (result === undefined) return { kind: 'skipped', why: 'other_tab' };
    switch (result.kind) {
      case 'synced':
        this.failures = 0;
        return { kind: 'synced', pushed: result.pushed, pulled: result.pulled };
      case 'retry':
        return this.retrying(result.detail);
      case 'blocked':
        return { kind: 'blocked', problem: result.problem, detail: result.detail };
      case 'not_enrolled':
        return { kind: 'skipped', why: 'not_enrolled' };
      default: {
        const unhandled: never = result;
        throw new TypeError(`unhandled run result ${JSON.stringify(unhandled)}`);
      }
    }
  }

  private retrying(detail: string): SyncRunOutcome {
    const delay = backoffDelay(this.failures, this.deps.random);
    this.failures += 1;
    return { kind: 'retrying', retryAt: new Date(this.deps.now().getTime() + delay).toISOString(), detail };
  }

  private schedule(outcome: SyncRunOutcome): void {
    const delay =
      outcome.kind === 'retrying'
        ? Math.max(0, Date.parse(outcome.retryAt) - this.deps.now().getTime())
        : this.deps.periodMs;
    const trigger: SyncTrigger = outcome.kind === 'retrying' ? 'retry' : 'timer';
    this.timer = this.deps.setTimer(() => void this.trigger(trigger), delay);
  }
}
