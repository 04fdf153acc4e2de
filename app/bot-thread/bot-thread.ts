import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { BotLogger, BotStorePort, DeliveryStatus, NewInbound } from '../../bot';
import { newLoadCell, publishMainThreadLoad } from './main-thread-load';
import type { BotThreadData, FromBotThread, StoreWrite, ToBotThread } from './messages';

/** Wait before starting a bot thread again after it died. */
const RESTART_DELAY_MS = 1_000;
/** A webhook whose events are not stored by then is answered 503, and Meta delivers it again. */
const STORE_TIMEOUT_MS = 10_000;

export interface BotThread {
  /** The webhook's writes, done by the bot thread: resolved once durable. */
  inbox: Pick<BotStorePort, 'addInbound' | 'recordStatuses'>;
  /** Lets the work in flight finish, then ends the thread. */
  stop(): Promise<void>;
}

interface Waiting {
  resolve(added: number): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Runs the bot's runtime in a worker thread and keeps it running: a thread that dies is
 * started again (its work is durable in the store, so nothing is lost — leases expire and
 * another round picks it up; a webhook it was storing is answered 503 and delivered again).
 * Resolves once the first thread is ready.
 */
export async function startBotThread(
  settings: Omit<BotThreadData, 'mainThreadLoad'>,
  logger: BotLogger,
): Promise<BotThread> {
  const data: BotThreadData = { ...settings, mainThreadLoad: newLoadCell() };
  const stopPublishing = publishMainThreadLoad(data.mainThreadLoad);
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let worker: Worker | undefined;
  let stopping = false;

  const failWaiting = (why: string) => {
    for (const [id, entry] of waiting) {
      clearTimeout(entry.timer);
      entry.reject(new Error(why));
      waiting.delete(id);
    }
  };
  const settle = (message: FromBotThread) => {
    if (message.type !== 'stored') return;
    for (const outcome of message.outcomes) {
      const entry = waiting.get(outcome.id);
      if (!entry) continue;
      waiting.delete(outcome.id);
      clearTimeout(entry.timer);
      if (outcome.ok) entry.resolve(outcome.added);
      else entry.reject(new Error(outcome.error));
    }
  };
  // Writes asked for in one turn of the event loop go over together (see StoreWrite).
  let outgoing: StoreWrite[] = [];
  const flush = () => {
    const writes = outgoing;
    outgoing = [];
    worker?.postMessage({ type: 'store', writes } satisfies ToBotThread);
  };
  const ask = (write: (id: number) => StoreWrite): Promise<number> =>
    new Promise<number>((resolve, reject) => {
      if (!worker || stopping) {
        reject(new Error('the bot thread is not running'));
        return;
      }
      const id = nextId++;
      const timer = setTimeout(() => {
        waiting.delete(id);
        reject(new Error('the bot thread did not store the webhook in time'));
      }, STORE_TIMEOUT_MS);
      waiting.set(id, { resolve, reject, timer });
      if (outgoing.length === 0) setImmediate(flush);
      outgoing.push(write(id));
    });

  const launch = async (): Promise<void> => {
    const started = new Worker(new URL('./boot.mjs', import.meta.url), { workerData: data });
    started.on('message', settle);
    started.on('error', (error) => logger.error({ error: error.message }, 'the bot thread failed'));
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      failWaiting('the bot thread stopped');
      if (stopping) return;
      logger.error({ code }, 'the bot thread stopped; starting it again');
      setTimeout(() => {
        if (!stopping) launch().catch((error: unknown) => logger.error({ error: String(error) }, 'no bot thread'));
      }, RESTART_DELAY_MS).unref();
    });
    const [first] = (await once(started, 'message')) as [FromBotThread];
    if (first.type === 'failed') {
      await started.terminate();
      throw new Error(`the bot thread could not start: ${first.error}`);
    }
    worker = started;
  };

  await launch();
  return {
    inbox: {
      addInbound: (events: readonly NewInbound[]) =>
        events.length === 0 ? Promise.resolve(0) : ask((id) => ({ id, kind: 'inbound', events: [...events] })),
      recordStatuses: async (statuses: readonly DeliveryStatus[]) => {
        if (statuses.length > 0) await ask((id) => ({ id, kind: 'statuses', statuses: [...statuses] }));
      },
    },
    async stop() {
      stopping = true;
      stopPublishing();
      const current = worker;
      if (!current) return;
      const stopped = new Promise<void>((resolve) => {
        current.on('message', (message: FromBotThread) => {
          if (message.type === 'stopped') resolve();
        });
        current.once('exit', () => resolve());
      });
      current.postMessage({ type: 'stop' } satisfies ToBotThread);
      await stopped;
      await current.terminate();
    },
  };
}
