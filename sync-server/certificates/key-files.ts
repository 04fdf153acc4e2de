import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Private keys on disk under KEYS_DIR, one JWK JSON file each, readable by the server's user
 * alone (0600 in a 0700 directory). They never go into the database or over the network.
 *
 *   KEYS_DIR/root.jwk.json                      the root key that signs the trust list
 *   KEYS_DIR/issuers/<issuer>/<kid>.jwk.json    an issuer's signing keys (kid in base64url)
 *
 * Several server processes may share KEYS_DIR (PostgreSQL mode). A key file appears
 * atomically and is never overwritten: it is written under a temporary name and hard-linked
 * into place, so a process that loses a race reads the winner's complete file.
 */
export class KeyFiles {
  constructor(readonly dir: string) {}

  get rootPath(): string {
    return join(this.dir, 'root.jwk.json');
  }

  issuerDir(issuer: string): string {
    return join(this.dir, 'issuers', issuer);
  }

  issuerKeyPath(issuer: string, kidBase64: string): string {
    return join(this.issuerDir(issuer), `${Buffer.from(kidBase64, 'base64').toString('base64url')}.jwk.json`);
  }

  /** The root's private JWK; `create` makes one when there is none, unless another process just did. */
  async root(create: () => Promise<JsonWebKey>): Promise<JsonWebKey> {
    const existing = await readKey(this.rootPath);
    if (existing) return existing;
    return this.writeOnce(this.rootPath, await create());
  }

  /** Keeps an issuer's new private key; the file is never replaced once written. */
  async putIssuerKey(issuer: string, kidBase64: string, privateJwk: JsonWebKey): Promise<void> {
    await this.writeOnce(this.issuerKeyPath(issuer, kidBase64), privateJwk);
  }

  issuerKey(issuer: string, kidBase64: string): Promise<JsonWebKey | undefined> {
    return readKey(this.issuerKeyPath(issuer, kidBase64));
  }

  /** Every key file in an issuer's directory: keys an operator (or a test) placed there before first use. */
  async placedIssuerKeys(issuer: string): Promise<JsonWebKey[]> {
    let names: string[];
    try {
      names = await readdir(this.issuerDir(issuer));
    } catch (error) {
      if (isCode(error, 'ENOENT')) return [];
      throw error;
    }
    const keys: JsonWebKey[] = [];
    for (const name of names.filter((n) => n.endsWith('.jwk.json')).sort()) {
      const key = await readKey(join(this.issuerDir(issuer), name));
      if (key) keys.push(key);
    }
    return keys;
  }

  /** Writes `jwk` at `path` unless a file is there already; returns the key the file then holds. */
  private async writeOnce(path: string, jwk: JsonWebKey): Promise<JsonWebKey> {
    const directory = join(path, '..');
    await mkdir(directory, { recursive: true, mode: 0o700 });
    const temporary = join(directory, `.${randomBytes(8).toString('hex')}.tmp`);
    await writeFile(temporary, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx', flush: true });
    try {
      await link(temporary, path);
      return jwk;
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
      const winner = await readKey(path);
      if (!winner) throw new Error(`${path} vanished while it was being created`);
      return winner;
    } finally {
      await unlink(temporary);
    }
  }
}

/** Reads a key file, refusing one other users can read (as OpenSSH does). */
async function readKey(path: string): Promise<JsonWebKey | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  }
  const { mode } = await stat(path);
  if ((mode & 0o077) !== 0) {
    throw new Error(`the private key ${path} is readable by other users; run: chmod 600 ${path}`);
  }
  try {
    return JSON.parse(text) as JsonWebKey;
  } catch {
    throw new Error(`the key file ${path} is not JSON (a JWK was expected)`);
  }
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}
