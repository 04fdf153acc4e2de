import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { whatsappExtension, type SimulatorHandles } from '../../app/whatsapp';
import type { FakeGraphApi } from '../../bot/fake-graph';
import { STATUS_CURSOR } from '../../bot/runtime/notifications';
import { issueToken, type TokenGrant } from '../../sync-server/auth/tokens';
import { start, type RunningServer } from '../../sync-server/server';
import type { Store } from '../../sync-server/store/store';
import { freePort } from './embedded-postgres';
import type { ApiResponse, TestServer } from './test-server';

/**
 * The real server process, in-process: `start()` with the WhatsApp extension in simulator mode
 * (no WHATSAPP_* settings), so the webhook, the bot runtime, the fake Graph API and the
 * simulator are all mounted, over a real SQLite store in `dataDir`.
 */
export interface WhatsAppServer {
  url: string;
  dataDir: string;
  store: Store;
  /** What the bot sent through the Graph API, and what the fake refused. */
  fake: FakeGraphApi;
  /** The secret webhooks must be signed with (made up at start in simulator mode). */
  appSecret: string;
  phoneNumberId: string;
  /** Read-only queries on the bot's tables, from a second connection (WAL lets it read while the server writes). */
  db: BotTables;
  token(grant: TokenGrant): Promise<string>;
  call<T = unknown>(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResponse<T>>;
  /** This server as the sync helpers (`enrollDevice`, `pullAll`) expect it. */
  asTestServer(): TestServer;
  /** A graceful stop, as on SIGTERM: the bot finishes its turns and sends in flight, then the store closes. */
  stop(): Promise<void>;
}

export interface BotTables {
  inboundCount(messageId?: string): number;
  /** Inbound events not yet processed, for everyone or one citizen. */
  pendingInbound(citizenId?: string): number;
  isProcessed(messageId: string): boolean;
  /** Outbound messages still `queued` or `sending`, for everyone or one citizen. */
  unsentOutbound(citizenId?: string): number;
  outboundCount(citizenId?: string): number;
  /** A citizen's inbound events (messages and notifications), in arrival order. */
  inboundOf(citizenId: string): Array<{ messageId: string; processed: boolean }>;
  /** The bot's position in the request change feed (0 before it read anything). */
  statusCursor(): number;
  /** The delivery statuses recorded for a message the bot sent, by status name. */
  statusesOf(waMessageId: string): Array<{ status: string; errorCode: number | null }>;
  close(): void;
}

/** Starts the server on a free port; `dataDir` (kept after stop) makes it a restart of an earlier one. */
export async function startWhatsAppServer(options: { dataDir?: string } = {}): Promise<WhatsAppServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'seva-whatsapp-'));
  const pwaDir = join(dataDir, 'pwa-empty');
  mkdirSync(pwaDir, { recursive: true });
  const env = {
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PWA_DIR: pwaDir,
    LOG_LEVEL: 'silent',
  };
  let handles: SimulatorHandles | undefined;
  const running: RunningServer = await start(env, {
    extend: whatsappExtension(env, { onSimulator: (given) => (handles = given) }),
  });
  if (!handles) {
    await running.stop();
    throw new Error('the WhatsApp extension did not start in simulator mode');
  }
  const { fake, appSecret, phoneNumberId } = handles;
  const db = openBotTables(join(dataDir, 'seva.db'));
  const { url, store } = running;

  const call: WhatsAppServer['call'] = async (method, path, callOptions = {}) => {
    const headers: Record<string, string> = { ...callOptions.headers };
    if (callOptions.token) headers.authorization = `Bearer ${callOptions.token}`;
    let body: string | undefined;
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
      // Not JSON: the caller sees the text.
    }
    return { status: response.status, headers: response.headers, body: parsed as never };
  };
  const token = async (grant: TokenGrant) => (await issueToken(store, grant, new Date())).token;

  return {
    url,
    dataDir,
    store,
    fake,
    appSecret,
    phoneNumberId,
    db,
    token,
    call,
    asTestServer() {
      const unsupported = (what: string) => () => {
        throw new Error(`${what} is not available on the WhatsApp test server`);
      };
      return {
        url,
        store,
        faults: [],
        requestLog: [],
        clock: {
          get now() {
            return new Date();
          },
        },
        token,
        call,
        failCommits: unsupported('failCommits'),
        pause: unsupported('pause'),
        resume: unsupported('resume'),
        close: unsupported('close'),
      };
    },
    async stop() {
      db.close();
      await running.stop();
    },
  };
}

/**
 * Moves the bot's position in the request change feed back to the start, as a crash between
 * storing notifications and moving the cursor leaves it. Only for a stopped server's data.
 */
export function rewindStatusFeed(dataDir: string): void {
  const database = new BetterSqlite3(join(dataDir, 'seva.db'), { fileMustExist: true });
  try {
    const moved = database.prepare('update feed_cursors set value = 0 where name = ?').run(STATUS_CURSOR);
    if (moved.changes !== 1) throw new Error('the bot has no status-change cursor to rewind');
  } finally {
    database.close();
  }
}

/** Removes a data directory once no server uses it. */
export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}

function openBotTables(file: string): BotTables {
  const database = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  const count = (query: string, ...params: string[]): number =>
    (database.prepare(query).get(...params) as { n: number }).n;
  const forCitizen = (query: string, citizenId: string | undefined) =>
    citizenId === undefined ? count(query) : count(`${query} and citizen_id = ?`, citizenId);
  return {
    inboundCount: (messageId) =>
      messageId === undefined
        ? count('select count(*) as n from wa_inbound')
        : count('select count(*) as n from wa_inbound where message_id = ?', messageId),
    pendingInbound: (citizenId) =>
      forCitizen('select count(*) as n from wa_inbound where processed_at is null', citizenId),
    isProcessed: (messageId) =>
      count('select count(*) as n from wa_inbound where message_id = ? and processed_at is not null', messageId) === 1,
    unsentOutbound: (citizenId) =>
      forCitizen("select count(*) as n from wa_outbound where state in ('queued', 'sending')", citizenId),
    outboundCount: (citizenId) => forCitizen('select count(*) as n from wa_outbound where 1 = 1', citizenId),
    inboundOf: (citizenId) =>
      (
        database
          .prepare('select message_id, processed_at from wa_inbound where citizen_id = ? order by seq')
          .all(citizenId) as Array<{ message_id: string; processed_at: string | null }>
      ).map((row) => ({ messageId: row.message_id, processed: row.processed_at !== null })),
    statusCursor: () =>
      (
        database.prepare('select value from feed_cursors where name = ?').get(STATUS_CURSOR) as
          { value: number } | undefined
      )?.value ?? 0,
    statusesOf: (waMessageId) =>
      database
        .prepare('select status, error_code as errorCode from wa_statuses where wa_message_id = ? order by status')
        .all(waMessageId) as Array<{ status: string; errorCode: number | null }>,
    close: () => database.close(),
  };
}

/** Waits for `condition`, checking every `everyMs`, up to `timeoutMs`; fails naming `what`. */
export async function waitFor<T>(
  what: string,
  condition: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = 10_000, everyMs = 10 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
