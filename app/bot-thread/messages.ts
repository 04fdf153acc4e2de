import type { BotConfigInput, DeliveryStatus, NewInbound } from '../../bot';

/** What the main thread hands the bot thread when it starts it. */
export interface BotThreadData {
  /** The same store the server uses: a PostgreSQL URL, or the SQLite data directory. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** The main thread's SQLite write gate, so the bot thread's writes give way to the webhook's. */
  sqliteWriteGate: SharedArrayBuffer | undefined;
  /** Where the main thread publishes its load (see main-thread-load.ts). */
  mainThreadLoad: SharedArrayBuffer;
  logLevel: string;
  catalogGraceDays: number;
  /** The bot's settings, already resolved (simulator mode makes some up at start). */
  bot: BotConfigInput;
}

/**
 * Main thread → bot thread. The webhook's writes travel here too: the bot thread is the one
 * that writes the inbox, so the thread answering HTTP spends no time in SQLite for a webhook.
 */
export type ToBotThread = { type: 'store'; writes: StoreWrite[] } | { type: 'stop' };

/**
 * One webhook's writes. The writes asked for in one turn of the main thread's event loop travel
 * in one message: a burst of webhooks costs one hand-over, not one each.
 */
export type StoreWrite =
  { id: number; kind: 'inbound'; events: NewInbound[] } | { id: number; kind: 'statuses'; statuses: DeliveryStatus[] };

/** What became of one write. */
export type StoreOutcome = { id: number; ok: true; added: number } | { id: number; ok: false; error: string };

/** Bot thread → main thread. */
export type FromBotThread =
  | { type: 'ready' }
  | { type: 'stored'; outcomes: StoreOutcome[] }
  | { type: 'stopped' }
  | { type: 'failed'; error: string };
