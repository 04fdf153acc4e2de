import { startCommand } from '../sync-server/cli/start-command';

/** `seva start`: the one server process — the sync server with the WhatsApp bot mounted on it. */
export async function startSeva(): Promise<void> {
  await startCommand();
}
