import { fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { Agent, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import express from 'express';
import { whatsappExtension, type SimulatorHandles } from '../app/whatsapp';
import { start } from '../sync-server/server';
import { freePort } from '../test/helpers/embedded-postgres';
import { content, messageWebhook, signatureOf, TEST_BUSINESS } from '../test/helpers/whatsapp-webhooks';

/**
 * The WhatsApp webhook under load: distinct signed text webhooks from many citizens, posted
 * over keep-alive connections with a bounded number in flight, by a separate process (so the
 * load does not share the server's one JavaScript thread). The same load goes first to a bare
 * Express app whose handler only answers 200, then to the real server process (simulator
 * mode, SQLite), whose bot keeps processing the inbox in the background as in production.
 */

export interface TargetFigures {
  name: string;
  /** Webhooks posted in the measured run. */
  posted: number;
  /** Answered 200. */
  acknowledged: number;
  /** Answered otherwise, or not at all. */
  failed: number;
  seconds: number;
  messagesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface WebhookFigures {
  messages: number;
  citizens: number;
  concurrency: number;
  warmup: number;
  bare: TargetFigures;
  seva: TargetFigures;
  /** Seva's messages/s as a share of the bare handler's. */
  ratio: number;
  inbox: {
    /** Inbox rows of the measured webhooks. */
    rows: number;
    /** Distinct message ids among them. */
    distinct: number;
    /** Acknowledged webhooks missing from the inbox. */
    missing: number;
  };
  /** Where the bot's background work stood when the load ended. */
  backlog: { processed: number; pendingInbound: number; sentReplies: number; unsentReplies: number };
  /** Events the bot processed per second in the seconds after the load, with the webhook quiet. */
  drain: { seconds: number; eventsPerSecond: number };
  floors: { messagesPerSecond: number; p99Ms: number; ratio: number };
  missed: string[];
}

/** What the parent asks the load process to do. */
interface LoadOrder {
  url: string;
  appSecret: string;
  phoneNumberId: string;
  label: string;
  messages: number;
  citizens: number;
  concurrency: number;
  warmup: number;
  deadlineMs: number;
}

interface LoadResult {
  latenciesMs: number[];
  acknowledged: number;
  failed: number;
  /** Which webhooks were answered 200 (by index), to look for in the inbox. */
  acknowledgedIndices: number[];
  seconds: number;
  firstError?: string;
}

const FLOORS = { messagesPerSecond: 1_000, p99Ms: 100, ratio: 0.5 };
const LOAD_FLAG = '--webhook-load';
const DRAIN_MS = 3_000;

/** Message ids of a run's webhooks start with this (warm-up ones have their own). */
function idPrefix(label: string, kind: 'warm' | 'run'): string {
  return `wamid.bench.${label}.${kind}.`;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

// ---------------------------------------------------------------------------------------------
// The load process.

/** Signed bodies, made before the clock starts: citizen `i % citizens` sends the `i`-th. */
function prepare(order: LoadOrder, kind: 'warm' | 'run', count: number) {
  const business = { ...TEST_BUSINESS, phoneNumberId: order.phoneNumberId };
  return Array.from({ length: count }, (_, index) => {
    const citizen = { phone: `9170${String(index % order.citizens).padStart(8, '0')}`, name: 'Bench citizen' };
    const { payload } = messageWebhook(business, citizen, content.text(`status of my application ${index}`), {
      id: `${idPrefix(order.label, kind)}${index}`,
    });
    const body = Buffer.from(JSON.stringify(payload), 'utf8');
    return { body, signature: signatureOf(order.appSecret, body) };
  });
}

function post(agent: Agent, url: URL, body: Buffer, signature: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          'x-hub-signature-256': signature,
          'user-agent': 'facebookexternalua',
        },
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('no answer within 10 s')));
    req.on('error', reject);
    req.end(body);
  });
}

async function drive(
  order: LoadOrder,
  bodies: ReadonlyArray<{ body: Buffer; signature: string }>,
  agent: Agent,
): Promise<LoadResult> {
  const url = new URL('/webhooks/whatsapp', order.url);
  const latenciesMs: number[] = [];
  let acknowledged = 0;
  let failed = 0;
  const acknowledgedIndices: number[] = [];
  let firstError: string | undefined;
  let next = 0;
  const deadline = Date.now() + order.deadlineMs;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const index = next;
      next += 1;
      const item = bodies[index];
      if (!item || Date.now() > deadline) return;
      const sent = performance.now();
      try {
        const status = await post(agent, url, item.body, item.signature);
        latenciesMs.push(performance.now() - sent);
        if (status === 200) {
          acknowledged += 1;
          acknowledgedIndices.push(index);
        } else {
          failed += 1;
          firstError ??= `HTTP ${status}`;
        }
      } catch (error) {
        failed += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: order.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  return {
    latenciesMs,
    acknowledged,
    failed,
    acknowledgedIndices,
    seconds,
    ...(firstError === undefined ? {} : { firstError }),
  };
}

async function runLoad(order: LoadOrder): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: order.concurrency });
  try {
    const warm = prepare(order, 'warm', order.warmup);
    const run = prepare(order, 'run', order.messages);
    await drive(order, warm, agent);
    return await drive(order, run, agent);
  } finally {
    agent.destroy();
  }
}

if (process.argv.includes(LOAD_FLAG) && process.send) {
  process.once('message', (order: LoadOrder) => {
    void runLoad(order).then(
      (result) => process.send?.(result, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

/** Runs the load in a child process (this file, with the parent's loader flags) and waits for its figures. */
async function loadFromChild(order: LoadOrder): Promise<LoadResult> {
  const child = fork(fileURLToPath(import.meta.url), [LOAD_FLAG], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = once(child, 'exit');
  const answered = new Promise<LoadResult>((resolve, reject) => {
    child.once('message', (result) => resolve(result as LoadResult));
    void exited.then(([code]) => reject(new Error(`the load process exited with ${String(code)} before answering`)));
  });
  child.send(order);
  try {
    return await answered;
  } finally {
    if (child.exitCode === null) await exited;
  }
}

function figuresOf(name: string, posted: number, result: LoadResult): TargetFigures {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return {
    name,
    posted,
    acknowledged: result.acknowledged,
    failed: result.failed,
    seconds: result.seconds,
    messagesPerSecond: Math.round(result.acknowledged / result.seconds),
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
  };
}

// ---------------------------------------------------------------------------------------------
// The parent: both servers, one after the other, under the same load.

async function bareExpress(): Promise<{ url: string; close(): Promise<void> }> {
  const app = express();
  app.post('/webhooks/whatsapp', (_req, res) => {
    res.sendStatus(200);
  });
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export async function webhookBench(
  options: { messages?: number; citizens?: number; concurrency?: number; warmup?: number } = {},
): Promise<WebhookFigures> {
  const messages = options.messages ?? 20_000;
  const citizens = options.citizens ?? 2_000;
  const concurrency = options.concurrency ?? 32;
  const warmup = options.warmup ?? 1_000;
  const order = { messages, citizens, concurrency, warmup, deadlineMs: 120_000 };

  const bare = await bareExpress();
  let bareResult: LoadResult;
  try {
    bareResult = await loadFromChild({ ...order, url: bare.url, appSecret: 'bare', phoneNumberId: '1', label: 'bare' });
  } finally {
    await bare.close();
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'seva-webhook-bench-'));
  const pwaDir = join(dataDir, 'pwa-empty');
  mkdirSync(pwaDir);
  const env = {
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PWA_DIR: pwaDir,
    LOG_LEVEL: 'silent',
  };
  let handles: SimulatorHandles | undefined;
  const seva = await start(env, { extend: whatsappExtension(env, { onSimulator: (given) => (handles = given) }) });
  try {
    if (!handles) throw new Error('the server did not start in simulator mode');
    const sevaResult = await loadFromChild({
      ...order,
      url: seva.url,
      appSecret: handles.appSecret,
      phoneNumberId: handles.phoneNumberId,
      label: 'seva',
    });

    const db = new BetterSqlite3(join(dataDir, 'seva.db'), { readonly: true });
    const count = (query: string, ...params: string[]) => (db.prepare(query).get(...params) as { n: number }).n;
    const processedNow = () => count('select count(*) as n from wa_inbound where processed_at is not null');
    const backlog = {
      processed: processedNow(),
      pendingInbound: count('select count(*) as n from wa_inbound where processed_at is null'),
      sentReplies: count("select count(*) as n from wa_outbound where state = 'sent'"),
      unsentReplies: count("select count(*) as n from wa_outbound where state in ('queued', 'sending')"),
    };
    const prefix = idPrefix('seva', 'run');
    const stored = (
      db.prepare('select message_id from wa_inbound where message_id like ?').all(`${prefix}%`) as Array<{
        message_id: string;
      }>
    ).map((row) => row.message_id);
    const rows = stored.length;
    const distinctIds = new Set(stored);
    const distinct = distinctIds.size;
    const missing = sevaResult.acknowledgedIndices.filter((index) => !distinctIds.has(`${prefix}${index}`)).length;
    // How fast the backlog goes down once the webhook is quiet.
    await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
    const drain = {
      seconds: DRAIN_MS / 1000,
      eventsPerSecond: Math.round((processedNow() - backlog.processed) / (DRAIN_MS / 1000)),
    };
    db.close();

    const bareFigures = figuresOf('bare Express, answers 200 only', messages, bareResult);
    const sevaFigures = figuresOf('Seva webhook (signature, parse, SQLite inbox)', messages, sevaResult);
    if (sevaResult.firstError) console.warn(`seva: first failure: ${sevaResult.firstError}`);
    if (bareResult.firstError) console.warn(`bare: first failure: ${bareResult.firstError}`);
    const ratio = sevaFigures.messagesPerSecond / bareFigures.messagesPerSecond;
    const missed: string[] = [];
    if (sevaFigures.messagesPerSecond < FLOORS.messagesPerSecond) missed.push('messages/s');
    if (!(sevaFigures.p99Ms <= FLOORS.p99Ms)) missed.push('p99 ack');
    if (ratio < FLOORS.ratio) missed.push('share of the bare handler');
    if (missing > 0 || rows !== distinct) missed.push('inbox exactly once');
    return {
      messages,
      citizens,
      concurrency,
      warmup,
      bare: bareFigures,
      seva: sevaFigures,
      ratio,
      inbox: { rows, distinct, missing },
      backlog,
      drain,
      floors: FLOORS,
      missed,
    };
  } finally {
    await seva.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
