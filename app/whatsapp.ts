import { Router, type RequestHandler } from 'express';
import { createBot, type Bot } from '../bot';
import { createFakeGraphApi, type FakeGraphApi } from '../bot/fake-graph';
import { createSimulator, type Simulator } from '../bot/simulator/create-simulator';
import { createCitizenQueue } from '../sync-server/domain/citizen-queue';
import type { ServerContext, ServerExtension } from '../sync-server/server';
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
 * runtime loops, and — with no WhatsApp settings — the built-in fake Graph API at
 * /fake-graph and the simulator at /simulator.
 */
export function whatsappExtension(env: Record<string, string | undefined>, options: WhatsAppExtensionOptions = {}) {
  return async (context: ServerContext): Promise<ServerExtension> => {
    const settings = loadWhatsAppSettings(env);
    const queue = createCitizenQueue({
      store: context.store,
      catalog: context.catalog,
      geography: context.geography,
      places: context.places,
      now: context.now,
    });
    const bot = late<Bot>();
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
    const routers = [Router().use(bot.handler)];
    if (fake) routers.push(Router().use('/fake-graph', fake.router), Router().use('/simulator', simulator.handler));
    let running: Bot | undefined;
    let simulatorRunning: Simulator | undefined;

    return {
      routers,
      async start() {
        const graphUrl =
          settings.mode === 'cloud' ? settings.graphUrl : `${context.url()}/fake-graph/${FAKE_GRAPH_VERSION}`;
        running = createBot({
          store: context.store.bot,
          queue,
          config: {
            appSecret: settings.appSecret,
            verifyToken: settings.verifyToken,
            accessToken: settings.accessToken,
            phoneNumberId: settings.phoneNumberId,
            graphUrl,
            ...(settings.mode === 'cloud' ? { messagesPerSecond: settings.messagesPerSecond } : {}),
          },
          logger: context.logger,
          now: context.now,
        });
        bot.set(running);
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
        running.start();
      },
      async stop() {
        // Open event streams would keep the HTTP server from closing.
        await simulatorRunning?.close();
        await running?.stop();
      },
    };
  };
}
