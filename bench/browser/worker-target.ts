import type { CDPSession } from 'playwright-core';

type Listener = (params: Record<string, unknown>) => void;

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

const COMMAND_TIMEOUT_MS = 10_000;

/**
 * A DevTools channel to the app's sync worker (a dedicated worker). Playwright's CDP sessions
 * only open on pages and frames, and its own worker sessions are internal, so this attaches
 * through the page's session in non-flattened mode (`Target.setAutoAttach` with
 * `flatten: false`): commands travel in `Target.sendMessageToTarget`, answers and events come
 * back in `Target.receivedMessageFromTarget`.
 */
export class WorkerTarget {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Map<string, Listener[]>();

  private constructor(
    private readonly page: CDPSession,
    private readonly sessionId: string,
  ) {
    page.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId === sessionId) this.receive(event.message);
    });
  }

  /** Attaches to the page's dedicated worker whose URL contains `urlPart`. */
  static async attach(page: CDPSession, urlPart: string, timeoutMs = 10_000): Promise<WorkerTarget> {
    const found = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no worker matching ${urlPart} to attach to`)), timeoutMs);
      page.on('Target.attachedToTarget', (event) => {
        if (event.targetInfo.type !== 'worker' || !event.targetInfo.url.includes(urlPart)) return;
        clearTimeout(timer);
        resolve(event.sessionId);
      });
    });
    // Existing workers are reported at once; nothing is paused, the app keeps running.
    await page.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return new WorkerTarget(page, await found);
  }

  send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method}: no answer from the worker target in ${COMMAND_TIMEOUT_MS} ms`));
      }, COMMAND_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      this.page
        .send('Target.sendMessageToTarget', {
          sessionId: this.sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch((error: unknown) => {
          clearTimeout(timer);
          this.pending.delete(id);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
  }

  on(method: string, listener: Listener): void {
    this.listeners.set(method, [...(this.listeners.get(method) ?? []), listener]);
  }

  private receive(raw: string): void {
    const message = JSON.parse(raw) as {
      id?: number;
      method?: string;
      params?: Record<string, unknown>;
      result?: unknown;
      error?: { message?: string };
    };
    if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new Error(message.error.message ?? 'CDP error'));
      else pending.resolve(message.result);
      return;
    }
    if (message.method) for (const listener of this.listeners.get(message.method) ?? []) listener(message.params ?? {});
  }
}
