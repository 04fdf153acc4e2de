import { startCommand } from '../sync-server/cli/start-command';
import { pinServerRootInPwa } from './pwa-trust-pin';
import { whatsappExtension } from './whatsapp';
import { loadWhatsAppSettings } from './whatsapp-settings';

/** `seva start`: the one server process — the sync server with the WhatsApp bot mounted on it. */
export async function startSeva(): Promise<void> {
  // Checked before anything starts, so a bad WhatsApp setting stops start with its name.
  const simulator = loadWhatsAppSettings(process.env).mode === 'simulator';
  await pinServerRootInPwa(process.env);
  await startCommand({
    extend: whatsappExtension(process.env),
    moreLines: (url) =>
      simulator
        ? [
            `  WhatsApp:   ${url}/simulator  (no WHATSAPP_* settings: a built-in fake Graph API stands in for Meta)`,
            '              or in a terminal: npx seva chat',
          ]
        : [`  WhatsApp:   webhook at ${url}/webhooks/whatsapp`],
  });
}
