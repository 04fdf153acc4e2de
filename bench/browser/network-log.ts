import type { WorkerTarget } from './worker-target';

/** One HTTP exchange of the sync worker, as DevTools saw it (times in seconds, browser clock). */
export interface Exchange {
  method: string;
  path: string;
  startedAt: number;
  finishedAt?: number;
  /** Request body bytes as sent (after the app's gzip), when DevTools reported the body. */
  upBytes?: number;
  /** Response bytes on the wire, headers included (compressed, as the server sent them). */
  downBytes?: number;
  failed?: string;
}

/** What a phase's exchanges add up to. */
export interface Traffic {
  requests: number;
  /** Sum of request-to-last-byte times: the worker waited on the network and the server this long. */
  inFlightSeconds: number;
  upBytes: number;
  downBytes: number;
}

/** The sync worker's requests, from `Network.*` events on its own DevTools target. */
export class NetworkLog {
  private readonly exchanges = new Map<string, Exchange>();

  private constructor() {}

  static async start(worker: WorkerTarget): Promise<NetworkLog> {
    const log = new NetworkLog();
    worker.on('Network.requestWillBeSent', (event) => log.started(event));
    worker.on('Network.loadingFinished', (event) => log.finished(event));
    worker.on('Network.loadingFailed', (event) => log.failed(event));
    // Push bodies are at most a few hundred KB gzipped; ask for all of them to count their bytes.
    await worker.send('Network.enable', { maxPostDataSize: 8 * 1024 * 1024 });
    return log;
  }

  /** Forgets what was logged so far: the next phase starts clean. */
  clear(): void {
    this.exchanges.clear();
  }

  /** The finished exchanges whose `METHOD path` starts with `prefix`, e.g. `POST /api/sync/push`. */
  traffic(prefix: string): Traffic {
    const matching = [...this.exchanges.values()].filter(
      (e) => `${e.method} ${e.path}`.startsWith(prefix) && e.finishedAt !== undefined,
    );
    return {
      requests: matching.length,
      inFlightSeconds: matching.reduce((sum, e) => sum + ((e.finishedAt ?? e.startedAt) - e.startedAt), 0),
      upBytes: matching.reduce((sum, e) => sum + (e.upBytes ?? 0), 0),
      downBytes: matching.reduce((sum, e) => sum + (e.downBytes ?? 0), 0),
    };
  }

  private started(event: Record<string, unknown>): void {
    const request = event.request as { url: string; method: string; postDataEntries?: Array<{ bytes?: string }> };
    const entries = request.postDataEntries;
    const upBytes = entries?.reduce((sum, entry) => sum + Buffer.from(entry.bytes ?? '', 'base64').length, 0);
    this.exchanges.set(String(event.requestId), {
      method: request.method,
      path: new URL(request.url).pathname,
      startedAt: Number(event.timestamp),
      ...(upBytes === undefined ? {} : { upBytes }),
    });
  }

  private finished(event: Record<string, unknown>): void {
    const exchange = this.exchanges.get(String(event.requestId));
    if (!exchange) return;
    exchange.finishedAt = Number(event.timestamp);
    exchange.downBytes = Number(event.encodedDataLength);
  }

  private failed(event: Record<string, unknown>): void {
    const exchange = this.exchanges.get(String(event.requestId));
    if (!exchange) return;
    exchange.finishedAt = Number(event.timestamp);
    exchange.failed = String(event.errorText);
  }
}
