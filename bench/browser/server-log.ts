import type { TestServer } from '../../test/helpers/test-server';

/** What the server spent on matching requests, measured in this process. */
export interface ServerTime {
  requests: number;
  /** From the request reaching the app to the response being handed to the socket. */
  seconds: number;
}

/**
 * Times every request the test server handles. The test server exposes no middleware hook, but
 * it asks each fault in `server.faults` whether a request matches, before the app runs: this
 * observer is such a "fault" that notes the arrival, listens for the response to finish, and
 * never matches, so nothing is ever injected.
 */
export class ServerLog {
  private readonly done: Array<{ route: string; ms: number }> = [];

  constructor(server: TestServer) {
    server.faults.push({
      kind: 'fail-before',
      times: Number.POSITIVE_INFINITY,
      match: (req) => {
        const start = performance.now();
        const route = `${req.method} ${req.path}`;
        req.res?.once('finish', () => this.done.push({ route, ms: performance.now() - start }));
        return false;
      },
    });
  }

  clear(): void {
    this.done.length = 0;
  }

  /** Finished requests whose `METHOD path` starts with `prefix`. */
  time(prefix: string): ServerTime {
    const matching = this.done.filter((entry) => entry.route.startsWith(prefix));
    return { requests: matching.length, seconds: matching.reduce((sum, entry) => sum + entry.ms, 0) / 1000 };
  }
}
