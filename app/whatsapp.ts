import { Router, type RequestHandler } from 'express';
import { createBotWebhook, type BotConfigInput } from '../bot';
import { createFakeGraphApi, type FakeGraphApi } from '../bot/fake-graph';
import { createSimulator, type Simulator } from '../bot/simulator/create-simulator';
import type { ServerContext, ServerExtension } from '../sync-server/server';
import { mainThreadWriteGateCells } from '../sync-server/store/sqlite-write-gate';
import { startBotThread, type BotThread } from './bot-thread/bot-thread';
import { FAKE_GRAPH_VERSION, loadWhatsAppSettings } from './whatsapp-settings';

/** A handler that forwards to one made later (once the server knows its own URL). */
function late<T extends { router: RequestHandler }>(): { handler: RequestHandler; set(value: T): void } {
  let target: T | undefined;
  return {
    handler: (req, res, next) => (target ? target.router(req, res, next) : next()),
    set: (value) => {
      target = value;
    },
  };
}

/** What simulator mode made up and stands in with, for tests and benchmarks that drive it from outside. */
export interface SimulatorHandles {
  /** The fake Graph API: what the bot sent (`sent`) and what it got wrong (`violations`). */
  fake: FakeGraphApi;
  /** The secret webhooks are signed with, and the rest of the made-up settings. */
  appSecret: string;
  verifyToken: string;
  phoneNumberId: string;
}

export interface WhatsAppExtensionOptions {
  /** In simulator mode, called once with the fake Graph API and the settings made up for it. */
  onSimulator?: (handles: SimulatorHandles) => void;
}

/**
 * The WhatsApp bot as part of the server process: the webhook at /webhooks/whatsapp, the
 * runtime loops in a worker thread of their own, and — with no WhatsApp settings — the built-in fake Graph API at
 * /fake-graph and the simulator at /simulator.
 */
export function whatsappExtension(env: Record<string, string | undefined>, options: WhatsAppExtensionOptions = {}) {
  return async (context: ServerContext): Promise<ServerExtension> => {
    const settings = loadWhatsAppSettings(env);
    const webhook = late<{ router: RequestHandler }>();
    const simulator = late<Simulator>();
    const fake =
      settings.mode === 'simulator'
        ? createFakeGraphApi({
            accessToken: settings.accessToken,
            phoneNumberId: settings.phoneNumberId,
            now: context.now,
          })
        : undefined;
    if (fake) {
      const { appSecret, verifyToken, phoneNumberId } = settings;
      options.onSimulator?.({ fake, appSecret, verifyToken, phoneNumberId });
    }
    const routers = [Router().use(webhook.handler)];
    if (fake) routers.push(Router().use('/fake-graph', fake.router), Router().use('/simulator', simulator.handler));
    let thread: BotThread | undefined;
    let simulatorRunning: Simulator | undefined;

    return {
      routers,
      async start() {
        const graphUrl =
          settings.mode === 'cloud' ? settings.graphUrl : `${context.url()}/fake-graph/${FAKE_GRAPH_VERSION}`;
        const config: BotConfigInput = {
          appSecret: settings.appSecret,
          verifyToken: settings.verifyToken,
          accessToken: settings.accessToken,
          phoneNumberId: settings.phoneNumberId,
          graphUrl,
          ...(settings.mode === 'cloud' ? { messagesPerSecond: settings.messagesPerSecond } : {}),
        };
        // The runtime works in its own thread on its own store connection, and writes the inbox
        // there too: the thread answering webhooks (and the rest of the API) only verifies,
        // parses, hands over and acknowledges.
        thread = await startBotThread(
          {
            databaseUrl: context.config.DATABASE_URL,
            dataDir: context.config.DATA_DIR,
            sqliteWriteGate: mainThreadWriteGateCells(),
            logLevel: context.config.LOG_LEVEL,
            catalogGraceDays: context.config.CATALOG_GRACE_DAYS,
            bot: config,
          },
          context.logger,
        );
        webhook.set({
          router: createBotWebhook({ store: thread.inbox, config, logger: context.logger, now: context.now }),
        });
        if (fake) {
          simulatorRunning = createSimulator({
            webhookUrl: `${context.url()}/webhooks/whatsapp`,
            appSecret: settings.appSecret,
            phoneNumberId: settings.phoneNumberId,
            fake,
            now: context.now,
          });
          simulator.set(simulatorRunning);
        }
      },
      async stop() {
        // Open event streams would keep the HTTP server from closing.
        await simulatorRunning?.close();
        await thread?.stop();
      },
    };
  };
}
