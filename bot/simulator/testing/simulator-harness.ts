import { createFakeGraphApi, type FakeGraphApi } from '../../fake-graph/create-fake-graph-api';
import { listen, type Listening } from '../../fake-graph/testing/listen';
import { createSimulator, type Simulator } from '../create-simulator';
import { createStandInBot, type StandInBot } from './stand-in-bot';

export const TOKEN = 'test-token';
export const APP_SECRET = 'test-app-secret';
export const PHONE_NUMBER_ID = '106540352242922';

export interface Harness {
  server: Listening;
  fake: FakeGraphApi;
  simulator: Simulator;
  bot: StandInBot;
  close(): Promise<void>;
}

/** One server with the fake Graph API at `/graph`, the simulator at `/simulator` and a stand-in bot. */
export async function startHarness(): Promise<Harness> {
  const server = await listen();
  const fake = createFakeGraphApi({ accessToken: TOKEN, phoneNumberId: PHONE_NUMBER_ID });
  const bot = createStandInBot({
    graphUrl: `${server.origin}/graph/v21.0`,
    accessToken: TOKEN,
    phoneNumberId: PHONE_NUMBER_ID,
    appSecret: APP_SECRET,
  });
  const simulator = createSimulator({
    webhookUrl: `${server.origin}/webhooks/whatsapp`,
    appSecret: APP_SECRET,
    phoneNumberId: PHONE_NUMBER_ID,
    fake,
    statusDelayMs: 5,
  });
  server.app.use('/graph', fake.router);
  server.app.use('/simulator', simulator.router);
  server.app.use('/webhooks/whatsapp', bot.router);
  return {
    server,
    fake,
    simulator,
    bot,
    close: async () => {
      simulator.close();
      await server.close();
    },
  };
}
