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
export type ToBotThread =
  | { type: 'store_inbound'; id: number; events: NewInbound[] }
  | { type: 'store_statuses'; id: number; statuses: DeliveryStatus[] }
  | { type: 'stop' };

/** Bot thread → main thread. */
export type FromBotThread =
  | { type: 'ready' }
  | { type: 'stored'; id: number; added: number }
  | { type: 'store_failed'; id: number; error: string }
  | { type: 'stopped' }
  | { type: 'failed'; error: string };
