import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publicTestJwk } from '../../fixtures/certificate-keys';
import { freePort } from '../../helpers/embedded-postgres';
import { rootPublicJwk } from './certificate-helpers';

const ROOT = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'seva-pin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `seva start` until it is up, then stops it with SIGTERM; resolves with everything it printed. */
async function startAndStop(env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/seva.mjs'), 'start'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: String(await freePort()), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', resolveExit));
  try {
    const deadline = Date.now() + 150_000;
    while (!output.includes('Seva is running')) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`start did not come up:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  return output;
}

const pinned = (pwaDir: string) => JSON.parse(readFileSync(join(pwaDir, 'trust-roots.json'), 'utf8')) as JsonWebKey[];

describe('seva start and the PWA it serves', () => {
  it('when the PWA pins another root than this server, then start rebuilds it pinning this server root, and then leaves it be', async () => {
    const dataDir = join(scratch, 'data');
    const pwaDir = join(scratch, 'pwa');
    mkdirSync(pwaDir, { recursive: true });
    writeFileSync(join(pwaDir, 'index.html'), '<!doctype html><title>an older build</title>');
    writeFileSync(join(pwaDir, 'trust-roots.json'), JSON.stringify([publicTestJwk('root')]));

    const first = await startAndStop({ DATA_DIR: dataDir, PWA_DIR: pwaDir });
    expect(first).toContain('Building the PWA');
    const root = rootPublicJwk(join(dataDir, 'keys'));
    expect(pinned(pwaDir)).toEqual([root]);
    expect(readFileSync(join(pwaDir, 'index.html'), 'utf8')).not.toContain('an older build');
    expect(existsSync(join(pwaDir, 'sw.js'))).toBe(true);

    const second = await startAndStop({ DATA_DIR: dataDir, PWA_DIR: pwaDir });
    expect(second).not.toContain('Building the PWA');
    expect(pinned(pwaDir)).toEqual([root]);
  }, 300_000);
});
