import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { pino } from 'pino';
import type { CatalogContent } from '../../shared/model/catalog';
import { createApp } from '../../sync-server/app';
import type { CertificateDeps } from '../../sync-server/certificates/certificate-deps';
import { openCertificates } from '../../sync-server/certificates/open-certificates';
import { issueToken, type TokenGrant } from '../../sync-server/auth/tokens';
import { loadShippedCatalog } from '../../sync-server/catalog/shipped-catalog';
import { CatalogService } from '../../sync-server/domain/catalog-service';
import { indexGeography, loadShippedGeography } from '../../sync-server/geography/shipped-geography';
import { openSqliteStore } from '../../sync-server/store/sqlite-store';
import type { Store, SyncBatch } from '../../sync-server/store/store';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** A failure the test server injects in front of the real app, for requests `match` selects. */
export interface Fault {
  match: (req: Request) => boolean;
  /**
   * `fail-before`: answer 500 without reaching the app. `drop-after-commit`: let the app do
   * all its work, then cut the connection instead of sending the answer. `cut`: cut the
   * connection at once, as a lost network would. `delay`: hold the request `delayMs`, as a
   * slow link would, then let it through.
   */
  kind: 'fail-before' | 'drop-after-commit' | 'cut' | 'delay';
  delayMs?: number;
  /** How many matching requests it hits before it is spent. */
  times: number;
}

export interface TestServer {
  url: string;
  store: Store;
  /** Failures to inject; tests push onto it. */
  faults: Fault[];
  /** `METHOD /path` of every request received, in order. */
  requestLog: string[];
  /**
   * Makes the next `times` sync commits fail in the middle of their transaction — after the
   * records are written, before the results are — as a crashing database would; the server
   * answers 500 and the transaction rolls back.
   */
  failCommits(times: number): void;
  /** A clock the test can move. */
  clock: { now: Date };
  /** The certificate machinery, when the server was started with `certificates`. */
  certificates?: CertificateDeps;
  token(grant: TokenGrant): Promise<string>;
  /**
   * Stops answering: new connections are refused and open ones cut, as when a phone loses
   * its network. (Chromium's offline emulation does not reach dedicated workers, so browser
   * tests combine it with this.) `resume` listens again on the same port.
   */
  pause(): Promise<void>;
  resume(): Promise<void>;
  call<T = unknown>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> },
  ): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real app, in-process on a free port, over a real store (a fresh SQLite database unless
 * one is given), with the shipped catalog published as rev 1.
 */
export async function startTestServer(
  options: {
    store?: Store;
    catalog?: CatalogContent;
    pwaDir?: string;
    /** Issue certificates, with the keys in `keysDir` (created there when absent). */
    certificates?: { keysDir: string };
  } = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'seva-api-'));
  const realStore = options.store ?? (await openSqliteStore(dataDir));
  const commitFaults = { remaining: 0 };
  const store = withCommitFaults(realStore, commitFaults);
  const clock = { now: new Date() };
  const now = () => clock.now;
  await store.publishCatalog(options.catalog ?? loadShippedCatalog(), now().toISOString());
  const geography = loadShippedGeography();
  const catalog = new CatalogService(store, { graceDays: 30, now, refreshMs: 0 });
  const certificates =
    options.certificates &&
    (await openCertificates({ store, catalog, geography, keysDir: options.certificates.keysDir, now }));
  const app = createApp({
    store,
    catalog,
    geography,
    places: indexGeography(geography),
    logger: pino({ level: 'silent' }),
    now,
    ...(options.pwaDir ? { pwaDir: options.pwaDir } : {}),
    ...(certificates ? { certificates } : {}),
  });
  const faults: Fault[] = [];
  const requestLog: string[] = [];
  const outer = express();
  outer.use((req, res, next) => {
    requestLog.push(`${req.method} ${req.path}`);
    injectFault(faults, req, res, next);
  });
  outer.use(app);
  const server: Server = outer.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    store,
    faults,
    requestLog,
    ...(certificates ? { certificates } : {}),
    failCommits(times) {
      commitFaults.remaining = times;
    },
    clock,
    async pause() {
      if (!server.listening) return;
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
    },
    async resume() {
      if (server.listening) return;
      server.listen(port, '127.0.0.1');
      await once(server, 'listening');
    },
    async token(grant) {
      return (await issueToken(store, grant, now())).token;
    },
    async call(method, path, callOptions = {}) {
      const headers: Record<string, string> = { ...callOptions.headers };
      if (callOptions.token) headers.authorization = `Bearer ${callOptions.token}`;
      let body: string | undefined = callOptions.rawBody;
      if (callOptions.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(callOptions.body);
      }
      const response = await fetch(`${url}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON: the test sees the raw text.
      }
      return { status: response.status, headers: response.headers, body: parsed as never };
    },
    async close() {
      server.closeAllConnections();
      if (server.listening) await new Promise((resolve) => server.close(resolve));
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function injectFault(faults: Fault[], req: Request, res: Response, next: NextFunction): void {
  const fault = faults.find((f) => f.times > 0 && f.match(req));
  if (!fault) {
    next();
    return;
  }
  fault.times -= 1;
  if (fault.kind === 'delay') {
    setTimeout(next, fault.delayMs ?? 1000);
    return;
  }
  if (fault.kind === 'cut') {
    req.socket.destroy();
    return;
  }
  if (fault.kind === 'fail-before') {
    res.status(500).json({ error: { code: 'internal', message: 'injected failure' } });
    return;
  }
  // The app commits before it answers; swallowing the answer and cutting the socket is
  // exactly "the connection dropped after the server committed".
  res.end = (() => {
    req.socket.destroy();
    return res;
  }) as Response['end'];
  next();
}

/**
 * The store with `commitSyncBatch` made to fail mid-transaction on demand: a result that
 * cannot be serialised sits in the middle of the batch, so the writes before it happen and
 * then the whole transaction rolls back.
 */
function withCommitFaults(store: Store, faults: { remaining: number }): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'commitSyncBatch') {
        const value: unknown = Reflect.get(target, property, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return async (batch: SyncBatch) => {
        if (faults.remaining <= 0) return target.commitSyncBatch(batch);
        faults.remaining -= 1;
        const poison = {
          mutationId: 'poison',
          seq: 0,
          result: {
            toJSON() {
              throw new Error('injected failure in the middle of a sync commit');
            },
          },
        };
        const middle = Math.floor(batch.results.length / 2);
        const results = [...batch.results.slice(0, middle), poison, ...batch.results.slice(middle)];
        return target.commitSyncBatch({ ...batch, results });
      };
    },
  });
}
