import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publicTestJwk } from '../../test/fixtures/certificate-keys';

export interface BuiltPwa {
  dir: string;
  remove(): void;
}

/**
 * Builds the PWA into a temporary directory, the way the browser tests do
 * (test/e2e/global-setup.ts): in a child process with NODE_ENV=production, because under any
 * other NODE_ENV Vite builds an app without its service worker registration, and the figures
 * must come from what ships. The kiosk pins the fixed test root, as in the browser tests.
 */
export function buildPwa(): BuiltPwa {
  const root = resolve(import.meta.dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'seva-bench-pwa-'));
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', SEVA_TRUST_ROOTS: JSON.stringify([publicTestJwk('root')]) },
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (result.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`building the PWA failed:\n${result.stdout}\n${result.stderr}`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
