import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { chromiumAvailable, CHROMIUM_PATH } from '../helpers/browser';
import { publicTestJwk } from '../fixtures/certificate-keys';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PWA built once for the browser tests. */
    pwaDir: string;
    /** Whether Debian's Chromium is installed; browser tests skip loudly without it. */
    hasChromium: boolean;
  }
}

/**
 * Browser tests need Chromium and a built PWA. Without Chromium they are skipped with a loud
 * warning on a developer's machine, and the run fails in CI, where a skipped browser test
 * would hide a broken app.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const hasChromium = chromiumAvailable();
  if (!hasChromium) {
    const message = `Chromium was not found at ${CHROMIUM_PATH}: the browser tests cannot run. Install it with: apt-get install -y chromium`;
    if (process.env.CI) throw new Error(`${message} (CI must not skip them)`);
    console.warn(`\n${'!'.repeat(100)}\n!! SKIPPING BROWSER TESTS. ${message}\n${'!'.repeat(100)}\n`);
  }
  const root = resolve(import.meta.dirname, '../..');
  const pwaDir = mkdtempSync(join(tmpdir(), 'seva-e2e-pwa-'));
  if (hasChromium) {
    // Built in its own process: Vitest sets NODE_ENV=test, under which Vite builds a
    // non-production app with no service worker; the browser tests must run what ships.
    // The kiosk pins the fixed test root, which the test servers' trust lists are signed with.
    const vite = join(root, 'node_modules/vite/bin/vite.js');
    const result = spawnSync(
      process.execPath,
      [vite, 'build', '--outDir', pwaDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production', SEVA_TRUST_ROOTS: JSON.stringify([publicTestJwk('root')]) },
        encoding: 'utf8',
      },
    );
    if (result.status !== 0) throw new Error(`building the PWA failed:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('pwaDir', pwaDir);
  project.provide('hasChromium', hasChromium);
  return () => rmSync(pwaDir, { recursive: true, force: true });
}
