import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rootPublicJwk } from '../sync-server/certificates/root-key';
import { buildPwa } from '../sync-server/cli/start-command';
import { keysDirOf, loadConfig } from '../sync-server/config';

/** The variable the PWA build reads its pinned roots from, and the file it records them in. */
const TRUST_ROOTS_ENV = 'SEVA_TRUST_ROOTS';
const TRUST_ROOTS_FILE = 'trust-roots.json';

const sameKey = (a: JsonWebKey, b: JsonWebKey) => a.kty === b.kty && a.crv === b.crv && a.x === b.x && a.y === b.y;

/**
 * Makes sure the PWA this server serves pins this server's root key: kiosks open a trust list
 * only when a root they were built with signed it. When the build's `trust-roots.json` is
 * missing or lacks the root in KEYS_DIR (a first start, or a new KEYS_DIR), the PWA is built
 * again with `SEVA_TRUST_ROOTS` naming it — and any roots the operator already set there.
 */
export async function pinServerRootInPwa(env: NodeJS.ProcessEnv): Promise<void> {
  const config = loadConfig(env);
  const root = await rootPublicJwk(keysDirOf(config));
  const pinned = await pinnedRoots(config.PWA_DIR);
  if (pinned?.some((key) => sameKey(key, root))) return;

  const operatorRoots = parseRoots(env[TRUST_ROOTS_ENV]);
  const roots = operatorRoots.some((key) => sameKey(key, root)) ? operatorRoots : [...operatorRoots, root];
  env[TRUST_ROOTS_ENV] = JSON.stringify(roots);
  const why = pinned ? "its pinned roots lack this server's root key" : "to pin this server's root key";
  if (!(await buildPwa(config.PWA_DIR, why))) {
    console.warn(
      `The PWA in ${config.PWA_DIR} does not pin this server's root key and Vite is not installed to build it; ` +
        'its kiosks will not trust certificates from this server.',
    );
  }
}

/** The roots a build recorded, or undefined when it recorded none (no build, or an older one). */
async function pinnedRoots(pwaDir: string): Promise<JsonWebKey[] | undefined> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(pwaDir, TRUST_ROOTS_FILE), 'utf8'));
    return Array.isArray(parsed) ? (parsed as JsonWebKey[]) : undefined;
  } catch {
    return undefined;
  }
}

/** Roots the operator pins besides this server's own (the build checks each one). */
function parseRoots(raw: string | undefined): JsonWebKey[] {
  if (raw === undefined || raw.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed)) throw new Error(`${TRUST_ROOTS_ENV} must be a JSON array of public JWKs`);
  return parsed as JsonWebKey[];
}
