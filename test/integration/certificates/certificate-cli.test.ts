import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CertificateResponse } from '../../../shared/api/certificates-api';
import type { CertificateVerdict } from '../../../shared/certificate';
import { openSqliteStore } from '../../../sync-server/store/sqlite-store';
import { approvedApplication, gunturStaff, startCertificateServer } from './certificate-helpers';

const ROOT = resolve(import.meta.dirname, '../../..');
const SEVA = join(ROOT, 'bin/seva.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'seva-cert-cli-'));
const dataDir = join(scratch, 'data');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the operator CLI as an operator would, on the test's DATA_DIR. */
function seva(args: string[]): Run {
  const result = spawnSync(process.execPath, [SEVA, ...args], {
    cwd: scratch,
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, as a separate process running alongside others. */
function sevaAsync(args: string[]): Promise<Run> {
  return new Promise((resolveRun) => {
    const child = spawn(process.execPath, [SEVA, ...args], {
      cwd: scratch,
      env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (status) => resolveRun({ status, stdout, stderr }));
  });
}

const lastLine = (run: Run) => run.stdout.trim().split('\n').at(-1) ?? '';

function verify(args: string[]): { status: number | null; verdict: CertificateVerdict } {
  const run = seva(['cert', 'verify', ...args]);
  return { status: run.status, verdict: JSON.parse(run.stdout) as CertificateVerdict };
}

/** The Revenue issuer's only private key file in the test's KEYS_DIR. */
function revenuePrivateJwk(): JsonWebKey {
  const dir = join(dataDir, 'keys', 'issuers', 'AP-REV');
  const [file] = readdirSync(dir);
  return JSON.parse(readFileSync(join(dir, file ?? ''), 'utf8')) as JsonWebKey;
}

describe('seva cert', () => {
  let sample: string;

  beforeAll(async () => {
    // The database exists (migrated) but has no keys yet; then two processes at once create
    // them, on SQLite, sharing KEYS_DIR.
    await (await openSqliteStore(dataDir)).close();
    const runs = await Promise.all([1, 2].map((n) => sevaAsync(['cert', 'issue', '--sample', '--out', `s${n}.pdf`])));
    for (const run of runs) expect(run.stderr).toBe('');
    sample = lastLine(runs[0] ?? { status: null, stdout: '', stderr: '' });
  }, 120_000);

  it('when two processes issue samples at once before any key exists, then each issuer gets one key and the samples are PDFs with QR texts', async () => {
    expect(sample).toMatch(/^SV1:[0-9A-Z $%*+\-./:]+$/);
    for (const n of [1, 2])
      expect(
        readFileSync(join(scratch, `s${n}.pdf`))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    const store = await openSqliteStore(dataDir);
    try {
      const keys = await store.certificates.signingKeys();
      expect(new Set(keys.map((key) => key.issuer)).size).toBe(keys.length);
      expect((await store.certificates.latestTrustList())?.seq).toBe(1);
    } finally {
      await store.close();
    }
    expect(readdirSync(join(dataDir, 'keys', 'issuers', 'AP-REV'))).toHaveLength(1);
  });

  it('when a sample is verified with the installation lists, then it is VALID and the exit code is 0', () => {
    const { status, verdict } = verify([sample]);
    expect(verdict).toMatchObject({ status: 'VALID', claims: { issuer: 'AP-REV', seva: { documentType: 'income' } } });
    expect(verdict.claims?.seva?.name).toContain('SAMPLE');
    expect(status).toBe(0);
  });

  it('when the QR text was altered, then it is INVALID and the exit code is not 0', () => {
    const middle = Math.floor(sample.length / 2);
    const altered = sample.slice(0, middle) + (sample[middle] === 'A' ? 'B' : 'A') + sample.slice(middle + 1);
    const { status, verdict } = verify([altered]);
    expect(verdict.status).toBe('INVALID');
    expect(verdict.claims).toBeUndefined();
    expect(status).not.toBe(0);
  });

  it('when the clock is set before the issue date, then it is NOT_YET_VALID and the exit code is not 0', () => {
    const { status, verdict } = verify(['--at', '2020-01-01T00:00:00Z', sample]);
    expect(verdict.status).toBe('NOT_YET_VALID');
    expect(status).not.toBe(0);
  });

  it('when another prefix is required, then a Seva QR is NOT_OURS', () => {
    const { status, verdict } = verify(['--prefix', 'HC1:', sample]);
    expect(verdict.status).toBe('NOT_OURS');
    expect(status).not.toBe(0);
  });

  describe('with --key', () => {
    const keyFile = (name: string, text: string) => {
      const path = join(scratch, name);
      writeFileSync(path, text);
      return path;
    };

    it('when the key is the issuer public key as a JWK, a PEM or an X.509 certificate (PEM or base64 DER), then it is VALID', () => {
      const { kty, crv, x, y } = revenuePrivateJwk();
      const publicJwk = { kty, crv, x, y };
      const pem = createPublicKey({ key: publicJwk as never, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
      const privatePem = keyFile(
        'issuer.key',
        createPrivateKey({ key: revenuePrivateJwk() as never, format: 'jwk' })
          .export({ type: 'pkcs8', format: 'pem' })
          .toString(),
      );
      const certificatePath = join(scratch, 'issuer.crt');
      execFileSync('openssl', [
        'req',
        '-x509',
        '-new',
        '-key',
        privatePem,
        '-subj',
        '/CN=AP-REV',
        '-days',
        '2',
        '-out',
        certificatePath,
      ]);
      const der = new X509Certificate(readFileSync(certificatePath)).raw.toString('base64');
      const files = {
        jwk: keyFile('issuer.jwk.json', JSON.stringify(publicJwk)),
        pem: keyFile('issuer.pem', pem.toString()),
        certificate: certificatePath,
        der: keyFile('issuer.der.b64', der),
      };
      for (const [form, file] of Object.entries(files)) {
        const { status, verdict } = verify(['--key', file, sample]);
        expect([form, verdict.status, status]).toEqual([form, 'VALID', 0]);
      }
    });

    it('when the key is someone else, then the signature is INVALID', () => {
      const [other] = readdirSync(join(dataDir, 'keys', 'issuers', 'AP-MAUD'));
      const { kty, crv, x, y } = JSON.parse(
        readFileSync(join(dataDir, 'keys', 'issuers', 'AP-MAUD', other ?? ''), 'utf8'),
      ) as JsonWebKey;
      const { status, verdict } = verify([
        '--key',
        keyFile('maud.jwk.json', JSON.stringify({ kty, crv, x, y })),
        sample,
      ]);
      expect(verdict).toMatchObject({ status: 'INVALID', reason: 'bad_signature' });
      expect(status).not.toBe(0);
    });
  });

  it('when an issued certificate is revoked from the CLI, then it verifies REVOKED, and revoking again is fine', async () => {
    const server = await startCertificateServer({
      store: await openSqliteStore(dataDir),
      keysDir: join(dataDir, 'keys'),
    });
    let certificate: CertificateResponse;
    try {
      const staff = await gunturStaff(server);
      const issued = await approvedApplication(server, staff);
      certificate = (
        await server.call<CertificateResponse>('GET', `/api/certificates/${issued.certificate?.id}`, {
          token: staff.officer,
        })
      ).body;
    } finally {
      await server.close();
    }
    expect(verify([certificate.qr]).verdict.status).toBe('VALID');

    const revoked = seva(['cert', 'revoke', certificate.number.toLowerCase(), '--reason', 'income proof was forged']);
    expect(revoked.stderr).toBe('');
    expect(revoked.status).toBe(0);
    expect(revoked.stdout).toContain(`Revoked certificate ${certificate.number}`);
    const { status, verdict } = verify([certificate.qr]);
    expect(verdict.status).toBe('REVOKED');
    expect(status).not.toBe(0);

    const again = seva(['cert', 'revoke', certificate.id, '--reason', 'again']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('already revoked');
  });

  it('when revoke is called badly, then it exits 2 for usage and 1 for an unknown certificate', () => {
    expect(seva(['cert', 'revoke', 'INC-2026-00001']).status).toBe(2);
    const unknown = seva(['cert', 'revoke', 'INC-1999-ZZZZZ', '--reason', 'x']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no certificate INC-1999-ZZZZZ');
    expect(seva(['cert', 'verify']).status).toBe(2);
    expect(seva(['cert', 'verify', '--at', 'yesterday', sample]).status).toBe(2);
  });

  it('when an issuer key is rotated, then earlier samples stay VALID and new ones carry the new kid', () => {
    const before = verify([sample]).verdict.claims?.kid;
    const rotated = seva(['cert', 'rotate', '--issuer', 'AP-REV']);
    expect(rotated.status).toBe(0);
    expect(rotated.stdout).toContain(`old key ${before}`);
    const next = lastLine(seva(['cert', 'issue', '--sample', '--out', 'after.pdf']));
    const after = verify([next]);
    expect(after.verdict.status).toBe('VALID');
    expect(after.verdict.claims?.kid).not.toBe(before);
    expect(verify([sample]).verdict.status).toBe('VALID');

    const unknown = seva(['cert', 'rotate', '--issuer', 'AP-NOPE']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no issuer AP-NOPE');
  });
});
