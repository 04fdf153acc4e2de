import { parentPort, workerData } from 'node:worker_threads';
import pino from 'pino';
import { createBotWorker } from '../../bot';
import { createCertificateDesk } from '../../sync-server/certificates/certificate-desk';
import { CatalogService } from '../../sync-server/domain/catalog-service';
import { createCitizenQueue } from '../../sync-server/domain/citizen-queue';
import { createHandoffDesk } from '../../sync-server/domain/handoff-desk';
import { indexGeography, loadShippedGeography } from '../../sync-server/geography/shipped-geography';
import { openStore } from '../../sync-server/store/open-store';
import { backgroundGate } from '../../sync-server/store/sqlite-write-gate';
import { IngestRate, paceByLoad } from './main-thread-load';
import type { BotThreadData, FromBotThread, StoreOutcome, StoreWrite, ToBotThread } from './messages';

/**
 * The bot's runtime in its own thread: it opens its own connection to the server's store,
 * writes the inbox for the webhook, and processes it, runs effects, sends and notifies there, so
 * the thread answering webhooks only verifies, parses, hands over and acknowledges.
 */
async function main(port: NonNullable<typeof parentPort>, data: BotThreadData): Promise<void> {
  const post = (message: FromBotThread) => port.postMessage(message);
  const logger = pino({ level: data.logLevel, base: { service: 'seva-bot' } });
  const now = () => new Date();
  const store = await openStore({
    databaseUrl: data.databaseUrl,
    dataDir: data.dataDir,
    ...(data.sqliteWriteGate ? { sqliteWriteGate: backgroundGate(data.sqliteWriteGate) } : {}),
  });
  const ingest = new IngestRate();
  try {
    const geography = loadShippedGeography();
    const catalog = new CatalogService(store, { graceDays: data.catalogGraceDays, now });
    const queue = createCitizenQueue({
      store,
      catalog,
      geography,
      places: indexGeography(geography),
      certificates: createCertificateDesk(store.certificates),
      now,
    });
    const runtime = createBotWorker({
      store: store.bot,
      queue,
      config: data.bot,
      logger,
      now,
      handoff: createHandoffDesk(store.handoffs),
      pace: paceByLoad(data.mainThreadLoad, ingest),
    });
    // Each write settles on its own (they share the store's group commit); one answer for all.
    const storeAll = (writes: StoreWrite[]): Promise<StoreOutcome[]> =>
      Promise.all(
        writes.map(async (write): Promise<StoreOutcome> => {
          try {
            if (write.kind === 'statuses') {
              await store.bot.recordStatuses(write.statuses);
              return { id: write.id, ok: true, added: 0 };
            }
            ingest.add(write.events.length);
            const added = await store.bot.addInbound(write.events);
            if (added > 0) runtime.nudge();
            return { id: write.id, ok: true, added };
          } catch (error) {
            return { id: write.id, ok: false, error: String(error) };
          }
        }),
      );
    port.on('message', (message: ToBotThread) => {
      switch (message.type) {
        case 'store':
          void storeAll(message.writes).then((outcomes) => post({ type: 'stored', outcomes }));
          return;
        case 'stop':
          void runtime
            .stop()
            .then(() => store.close())
            .then(() => post({ type: 'stopped' }));
          return;
      }
    });
    runtime.start();
    post({ type: 'ready' });
  } catch (error) {
    await store.close();
    throw error;
  }
}

if (!parentPort) throw new Error('the bot worker runs only as a worker thread');
const port = parentPort;
main(port, workerData as BotThreadData).catch((error: unknown) => {
  port.postMessage({ type: 'failed', error: error instanceof Error ? error.message : String(error) });
});
