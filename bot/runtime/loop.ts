import { errorFacts, type BotLogger } from './logger';

/**
 * Runs `work` over and over: again at once while it finds work, after `idleMs` when it does not
 * (sooner when woken), after a pause when it fails. `stop()` lets the round in flight finish.
 */
export class BackgroundLoop {
  private running: Promise<void> | undefined;
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  private woken = false;

  constructor(
    private readonly name: string,
    private readonly work: () => Promise<number>,
    private readonly idleMs: number,
    private readonly logger: BotLogger,
  ) {}

  start(): void {
    if (this.running) return;
    this.stopped = false;
    this.running = this.run();
  }

  /** Something arrived: run now instead of waiting out the idle time. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    await this.running;
    this.running = undefined;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      let done = 0;
      let failed = false;
      this.woken = false;
      try {
        done = await this.work();
      } catch (error) {
        failed = true;
        this.logger.error({ loop: this.name, ...errorFacts(error) }, 'background work failed');
      }
      if (this.stopped) break;
      if (done > 0 && !failed) continue;
      if (!this.woken || failed) await this.sleep(failed ? Math.max(this.idleMs, 1_000) : this.idleMs);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}
