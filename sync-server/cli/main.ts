import { ConfigError } from '../config';
import { enrollCommand } from './enroll-command';
import { startCommand } from './start-command';
import { tokenCommand } from './token-command';

const USAGE = `Usage: seva <command>

  start                                   start the server (builds the PWA first if needed)
  token create --role agent --secretariat <code> --name <name>
  token create --role officer --department <code> --district <code> --name <name>
  token create --role kiosk|admin --name <name>
  token revoke <token-id>
  enroll --role agent --secretariat <code> --name <name>
                                          a one-time code for a new field device
  token list

Settings come from the environment (PORT, HOST, DATA_DIR, DATABASE_URL, ...); see README.md.`;

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return startCommand();
    case 'token':
      return tokenCommand(rest, (message) => new UsageError(message));
    case 'enroll':
      return enrollCommand(rest, (message) => new UsageError(message));
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`seva: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof ConfigError) {
    console.error(`seva: ${error.message}`);
    process.exit(1);
  }
  console.error(`seva: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
