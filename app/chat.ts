import { parseArgs } from 'node:util';
import { runChat } from '../bot/simulator/chat-cli';
import { loadConfig } from '../sync-server/config';

type MakeUsageError = (message: string) => Error;

/** `seva chat`: the WhatsApp simulator in a terminal, against a running `seva start`. */
export async function chatCommand(args: string[], usage: MakeUsageError): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { citizen: { type: 'string' }, url: { type: 'string' }, name: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  const config = loadConfig(process.env);
  const baseUrl = values.url ?? `http://${config.HOST}:${config.PORT}`;
  await runChat({
    baseUrl,
    citizen: values.citizen ?? '919876543210',
    input: process.stdin,
    output: process.stdout,
    ...(values.name ? { name: values.name } : {}),
  });
}
