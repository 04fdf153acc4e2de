import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Router } from 'express';
import { pino, type Logger } from 'pino';
import type { Geography } from '../shared/model/geography';
import { createApp } from './app';
import { loadShippedCatalog } from './catalog/shipped-catalog';
import { openCertificates } from './certificates/open-certificates';
import { startIssuanceSweep } from './certificates/issuance-sweep';
import { keysDirOf, loadConfig, redactUrl, type Config } from './config';
import { CatalogService } from './domain/catalog-service';
import { indexGeography, loadShippedGeography } from './geography/shipped-geography';
import { openStore } from './store/open-store';
import type { Store } from './store/store';

/** What the server shares with the parts the host process adds to it (the WhatsApp bot). */
export interface ServerContext {
  config: Config;
  store: Store;
  catalog: CatalogService;
  geography: Geography;
  places: ReturnType<typeof indexGeography>;
  logger: Logger;
  now: () => Date;
  /** The server's own base URL, known once it listens. */
  url(): string;
}

/** A part the host adds: routers to mount, and work to start after listening and stop before closing. */
export interface ServerExtension {
  routers: Router[];
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

export interface RunningServer {
  url: string;
  config: Config;
  store: Store;
  logger: Logger;
  /** Stops accepting connections, lets requests in flight finish (up to the timeout), closes the store. */
  stop(): Promise<void>;
}

/**
 * Starts Seva's server from environment settings: validates the configuration, opens the
 * store (migrating it), publishes the shipped catalog if it changed, and listens.
 */
export async function start(
  env: Record<string, string | undefined> = process.env,
  options: { handleSignals?: boolean; extend?: (context: ServerContext) => Promise<ServerExtension> } = {},
): Promise<RunningServer> {
  const config = loadConfig(env);
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'seva' } });
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const now = () => new Date();
  try {
    if (config.CATALOG_SOURCE === 'shipped') {
      const outcome = await store.publishCatalog(loadShippedCatalog(), now().toISOString());
      if (outcome.published) logger.info({ rev: outcome.catalog.rev }, 'published the shipped catalog');
    }
    const geography = loadShippedGeography();
    const catalog = new CatalogService(store, { graceDays: config.CATALOG_GRACE_DAYS, now });
    await catalog.latest();
    const places = indexGeography(geography);
    const certificates = await openCertificates({ store, catalog, geography, keysDir: keysDirOf(config), now });
    let url = '';
    const extension = options.extend
      ? await options.extend({ config, store, catalog, geography, places, logger, now, url: () => url })
      : { routers: [] };
    const app = createApp({
      store,
      catalog,
      geography,
      places,
      logger,
      now,
      pwaDir: config.PWA_DIR,
      extraRouters: extension.routers,
      certificates,
    });
    const server = app.listen(config.PORT, config.HOST);
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`;
    await extension.start?.();
    // Issuance right after approval can be cut short by a crash; the sweep finishes the job.
    const sweep = startIssuanceSweep(certificates, {
      intervalMs: config.CERTIFICATE_SWEEP_SECONDS * 1000,
      graceMs: 30_000,
      logger,
    });
    logger.info(
      {
        url,
        engine: store.engine,
        database: store.engine === 'postgres' ? redactUrl(config.DATABASE_URL) : config.DATA_DIR,
      },
      'seva server listening',
    );

    let stopping: Promise<void> | undefined;
    const stop = () => {
      stopping ??= (async () => {
        logger.info('shutting down: finishing requests in flight');
        await extension.stop?.();
        await sweep.stop();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const timer = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
        await closed;
        clearTimeout(timer);
        // After the requests in flight: an approval among them may still be rendering its certificate.
        await certificates.pdf.close();
        await store.close();
        logger.info('stopped');
      })();
      return stopping;
    };
    if (options.handleSignals) {
      for (const signal of ['SIGTERM', 'SIGINT'] as const) {
        process.once(signal, () => {
          void stop().then(() => process.exit(0));
        });
      }
    }
    return { url, config, store, logger, stop };
  } catch (error) {
    await store.close();
    throw error;
  }
}
