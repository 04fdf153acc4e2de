import { ConfigError } from '../sync-server/config';
import { certCommand } from '../sync-server/cli/cert-command';
import { enrollCommand } from '../sync-server/cli/enroll-command';
import { tokenCommand } from '../sync-server/cli/token-command';
import { UsageError } from '../sync-server/cli/usage-error';
import { chatCommand } from './chat';
import { startSeva } from './start';

const USAGE = `Usage: seva <command>

  start                                   start the server (builds the PWA first if needed)
  token create --role agent --secretariat <code> --name <name>
  token create --role officer --department <code> --district <code> --name <name>
  token create --role kiosk|admin --name <name>
  token revoke <token-id>
  enroll --role agent --secretariat <code> --name <name>
                                          a one-time code for a new field device
  chat [--citizen <phone>] [--url <server>]
                                          talk to the bot in this terminal (the server must
                                          run without WHATSAPP_* settings: the simulator)
  token list
  cert issue --sample [--out file.pdf]    a sample certificate signed with this installation's key;
                                          its QR text on the last line
  cert verify [--key <file>] [--prefix <prefix>] [--at <ISO time>] <qr-text>
                                          the verdict as JSON; exit code 0 only when VALID
                                          (--key: a PEM or JWK public key, or an X.509 certificate)
  cert revoke <certificate-number-or-id> --reason <text>
  cert rotate --issuer <id>               a new signing key for an issuer, e.g. AP-REV

Settings come from the environment (PORT, HOST, DATA_DIR, DATABASE_URL, ...); see README.md.`;

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'start':
      return startSeva();
    case 'token':
      return tokenCommand(rest, (message) => new UsageError(message));
    case 'chat':
      return chatCommand(rest, (message) => new UsageError(message));
    case 'enroll':
      return enrollCommand(rest, (message) => new UsageError(message));
    case 'cert':
      return certCommand(rest, (message) => new UsageError(message));
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
