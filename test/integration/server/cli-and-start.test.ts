import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../helpers/embedded-postgres';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEVA = join(ROOT, 'bin/seva.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'seva-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the operator CLI as an operator would, with only the given settings. */
function seva(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [SEVA, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('start with bad settings', () => {
  it('when PORT is malformed, then start exits with a message naming PORT', () => {
    const result = seva(['start'], {
      PORT: 'eighty',
      DATA_DIR: join(scratch, 'bad-port'),
      PWA_DIR: join(scratch, 'none'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/PORT: must be a whole number from 1 to 65535 \(got "eighty"\)/);
  });

  it('when DATABASE_URL is malformed, then start exits with a message naming it and hiding any password', () => {
    const result = seva(['start'], { DATABASE_URL: 'mysql://admin:hunter2@db/seva', PWA_DIR: join(scratch, 'none') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DATABASE_URL: must be a PostgreSQL URL/);
    expect(result.stderr).not.toContain('hunter2');
  });

  it('when only some WhatsApp settings are given, then start exits naming the missing ones', () => {
    const result = seva(['start'], {
      WHATSAPP_GRAPH_URL: 'https://graph.facebook.com/v21.0',
      WHATSAPP_PHONE_NUMBER_ID: 'not-digits',
      DATA_DIR: join(scratch, 'bad-whatsapp'),
      PWA_DIR: join(scratch, 'none'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('WHATSAPP_APP_SECRET');
    expect(result.stderr).toContain('WHATSAPP_PHONE_NUMBER_ID: must be the numeric phone number id');
  });

  it('when PORT is out of range, then start exits naming PORT', () => {
    const result = seva(['start'], { PORT: '70000', PWA_DIR: join(scratch, 'none') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT');
  });
});

/** Opens the store in `dataDir` from a process of its own at the instant `startAt`. */
function openStoreAt(startAt: number, dataDir: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'test/helpers/open-store-at.ts'), String(startAt), dataDir],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
      },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => done({ status, stderr }));
  });
}

describe('several processes opening a fresh DATA_DIR at the same moment', () => {
  it('all succeed: one creates the database, the others wait for it instead of creating it again', async () => {
    const dataDir = join(scratch, 'fresh-together');
    // Far enough ahead for every process to have started and loaded the store's code.
    const startAt = Date.now() + 8_000;
    const results = await Promise.all(Array.from({ length: 4 }, () => openStoreAt(startAt, dataDir)));
    expect(results.map((r) => [r.status, r.stderr.trim()])).toEqual(results.map(() => [0, '']));
  }, 60_000);
});

describe('operator CLI and a running server sharing DATA_DIR', () => {
  it('creates a token that the server accepts, and a revoked token stops working', async () => {
    const dataDir = join(scratch, 'shared');
    const port = await freePort();
    const env = { DATA_DIR: dataDir, PORT: String(port), PWA_DIR: join(scratch, 'no-pwa') };

    const created = seva(
      ['token', 'create', '--role', 'agent', '--secretariat', 'GNT-01-001', '--name', 'Ravi Kumar'],
      env,
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);
    const lines = created.stdout.trim().split('\n');
    const token = lines.at(-1) ?? '';
    expect(token).toMatch(/^seva_[A-Za-z0-9_-]{43}$/);
    const id = /token (tok_[0-9a-f]+)/.exec(created.stdout)?.[1];
    expect(id).toBeDefined();

    const server = spawn(process.execPath, [SEVA, 'start'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    server.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) => server.on('exit', (code) => resolveExit(code)));
    try {
      await waitFor(
        () => output.includes('Seva is running'),
        60_000,
        () => output,
      );
      const base = `http://127.0.0.1:${port}`;
      expect(output).toContain(`${base}/api/catalog`);
      const ok = await fetch(`${base}/api/requests`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);

      const revoked = seva(['token', 'revoke', id ?? ''], env);
      expect(revoked.status).toBe(0);
      const refused = await fetch(`${base}/api/requests`, { headers: { authorization: `Bearer ${token}` } });
      expect(refused.status).toBe(401);

      server.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('stopped');
    } finally {
      server.kill('SIGKILL');
    }
  });

  it('refuses a token for a secretariat that does not exist', () => {
    const result = seva(['token', 'create', '--role', 'agent', '--secretariat', 'XXX-99-999', '--name', 'Nobody'], {
      DATA_DIR: join(scratch, 'refuse'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no secretariat XXX-99-999');
  });

  it('explains the usage when an officer token lacks its district', () => {
    const result = seva(['token', 'create', '--role', 'officer', '--department', 'REV', '--name', 'Officer'], {
      DATA_DIR: join(scratch, 'usage'),
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--district');
  });
});

async function waitFor(condition: () => boolean, timeoutMs: number, describeState: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out; output so far:\n${describeState()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
