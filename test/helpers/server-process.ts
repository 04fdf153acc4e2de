import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CERTIFICATE_TEST_KEYS, publicTestJwk } from '../fixtures/certificate-keys';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  url: string;
  process: ChildProcess;
  output(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * Runs `seva start` as its own process, as an operator would, on `dataDir` and `port`.
 * A stub PWA directory keeps start from building the real PWA; it pins the fixed test root,
 * which the server's KEYS_DIR (`dataDir/keys`) holds, so start has no reason to rebuild it.
 */
export async function startServerProcess(options: {
  dataDir: string;
  port: number;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const pwaDir = join(options.dataDir, 'pwa-stub');
  mkdirSync(pwaDir, { recursive: true });
  writeFileSync(join(pwaDir, 'index.html'), '<!doctype html><title>stub</title>');
  writeFileSync(join(pwaDir, 'trust-roots.json'), JSON.stringify([publicTestJwk('root')]));
  const keysDir = join(options.dataDir, 'keys');
  mkdirSync(keysDir, { recursive: true, mode: 0o700 });
  if (!existsSync(join(keysDir, 'root.jwk.json'))) {
    writeFileSync(join(keysDir, 'root.jwk.json'), JSON.stringify(CERTIFICATE_TEST_KEYS.root), { mode: 0o600 });
  }
  const child = spawn(process.execPath, [join(ROOT, 'bin/seva.mjs'), 'start'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: options.dataDir,
      PORT: String(options.port),
      PWA_DIR: pwaDir,
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  const deadline = Date.now() + 60_000;
  while (!output.includes('Seva is running')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return { url: `http://127.0.0.1:${options.port}`, process: child, output: () => output, exited };
}
