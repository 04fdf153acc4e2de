import { chmodSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CertificateResponse } from '../../../shared/api/certificates-api';
import { verifyCertificateQr } from '../../../shared/certificate';
import { issueCertificate } from '../../../sync-server/certificates/issue-certificate';
import { openCertificates } from '../../../sync-server/certificates/open-certificates';
import { loadShippedCatalog } from '../../../sync-server/catalog/shipped-catalog';
import { CatalogService } from '../../../sync-server/domain/catalog-service';
import { loadShippedGeography } from '../../../sync-server/geography/shipped-geography';
import type { Store } from '../../../sync-server/store/store';
import { CERTIFICATE_TEST_KIDS, publicTestJwk } from '../../fixtures/certificate-keys';
import { fixtureKeysDir } from '../../helpers/certificate-keys-dir';
import type { TestServer } from '../../helpers/test-server';
import {
  approvedApplication,
  approveWithoutIssuing,
  decide,
  fileApplication,
  gunturStaff,
  newKeysDir,
  servedVerificationContext,
  startCertificateServer,
} from './certificate-helpers';
import { ENGINES, type FreshDatabase } from './engines';

function open(store: Store, keysDir: string) {
  const now = () => new Date();
  return openCertificates({
    store,
    catalog: new CatalogService(store, { graceDays: 30, now }),
    geography: loadShippedGeography(),
    keysDir,
    now,
  });
}

/** The current trust list's seq, from its ETag. */
async function servedSeq(server: TestServer): Promise<number> {
  const { headers } = await server.call('GET', '/api/trust-list');
  return Number(/"trust-(\d+)"/.exec(headers.get('etag') ?? '')?.[1]);
}

describe.each(ENGINES)('signing keys and the trust list on $name', (engine) => {
  let database: FreshDatabase;
  /** A server started on the database closes it when it closes. */
  let server: TestServer | undefined;

  beforeEach(async () => {
    server = undefined;
    database = await engine.fresh();
    await database.store.publishCatalog(loadShippedCatalog(), new Date().toISOString());
  });
  afterEach(() => (server ? server.close() : database.store.close()));

  it('when anyone asks for the trust and status lists, then they get them without a token — but a wrong token is refused', async () => {
    server = await startCertificateServer({ store: database.store, keysDir: await fixtureKeysDir() });
    const kiosk = await server.token({ role: 'kiosk', name: 'Bus stand kiosk' });
    for (const path of ['/api/trust-list', '/api/status-lists/AP-REV-1']) {
      expect((await server.call('GET', path)).status).toBe(200);
      expect((await server.call('GET', path, { token: kiosk })).status).toBe(200);
      const wrong = await server.call('GET', path, { token: 'mistyped-token' });
      expect(wrong.status).toBe(401);
      expect(wrong.body).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('when keys are placed in KEYS_DIR, then the trust list is signed by the placed root and Revenue signs with the placed key', async () => {
    server = await startCertificateServer({ store: database.store, keysDir: await fixtureKeysDir() });
    const context = await servedVerificationContext(server, publicTestJwk('root'));
    const revenue = context.trustList.issuers.filter((issuer) => issuer.issuer === 'AP-REV');
    expect(revenue.map((issuer) => issuer.kid)).toEqual([CERTIFICATE_TEST_KIDS.revenueCurrent]);
    expect(revenue[0]?.documentTypes).toEqual(expect.arrayContaining(['income', 'caste', 'residence']));
    expect(context.trustList.issuers.map((issuer) => issuer.issuer)).toContain('AP-MAUD');
  });

  it('when keys are generated on first start, then private keys exist only as 0600 files in a 0700 KEYS_DIR', async () => {
    const keysDir = newKeysDir();
    await open(database.store, keysDir);
    const files = [join(keysDir, 'root.jwk.json')];
    for (const issuer of readdirSync(join(keysDir, 'issuers'))) {
      expect(statSync(join(keysDir, 'issuers', issuer)).mode & 0o777).toBe(0o700);
      files.push(
        ...readdirSync(join(keysDir, 'issuers', issuer)).map((name) => join(keysDir, 'issuers', issuer, name)),
      );
    }
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveProperty('d');
    }
    const keys = await database.store.certificates.signingKeys();
    expect(keys.every((key) => !('d' in key.publicJwk))).toBe(true);
    expect((await database.store.certificates.latestTrustList())?.document).not.toContain('"d"');
  });

  it('when the server restarts on the same KEYS_DIR, then it keeps its keys and publishes no new trust list', async () => {
    const keysDir = newKeysDir();
    await open(database.store, keysDir);
    const before = await database.store.certificates.latestTrustList();
    const again = await database.openAnother();
    try {
      await open(again, keysDir);
      expect(await again.certificates.latestTrustList()).toEqual(before);
    } finally {
      await again.close();
    }
  });

  it('when KEYS_DIR holds another root than the one that signed the database trust list, then opening refuses, naming KEYS_DIR', async () => {
    await open(database.store, newKeysDir());
    await expect(open(database.store, newKeysDir())).rejects.toThrow(/KEYS_DIR/);
  });

  it('when a private key file is readable by other users, then opening refuses it', async () => {
    const keysDir = newKeysDir();
    await open(database.store, keysDir);
    chmodSync(join(keysDir, 'root.jwk.json'), 0o644);
    await expect(open(database.store, keysDir)).rejects.toThrow(/chmod 600/);
  });

  // Two SQLite connections in one process deadlock (a blocked writer sleeps the thread the other
  // needs to commit); two real processes provisioning on SQLite are in certificate-cli.test.ts.
  if (engine.name === 'PostgreSQL') {
    it('when two server processes start on a new database at once, then each issuer gets one key and there is one trust list', async () => {
      const keysDir = newKeysDir();
      const again = await database.openAnother();
      try {
        await Promise.all([open(database.store, keysDir), open(again, keysDir)]);
        const keys = await database.store.certificates.signingKeys();
        expect(new Set(keys.map((key) => key.issuer)).size).toBe(keys.length);
        expect((await database.store.certificates.latestTrustList())?.seq).toBe(1);
      } finally {
        await again.close();
      }
    });
  }

  describe('rotation', () => {
    let running: TestServer;
    let staff: { agent: string; officer: string };
    beforeEach(async () => {
      running = await startCertificateServer({ store: database.store, keysDir: await fixtureKeysDir() });
      server = running;
      staff = await gunturStaff(running);
    });

    const qrOf = async (certificateId: string | undefined) =>
      (await running.call<CertificateResponse>('GET', `/api/certificates/${certificateId}`, { token: staff.officer }))
        .body;

    it('when an issuer key is rotated, then old certificates stay VALID, new ones carry the new kid, and the trust list seq grows', async () => {
      const old = await qrOf((await approvedApplication(running, staff)).certificate?.id);
      const seqBefore = await servedSeq(running);
      const etagBefore = (await running.call('GET', '/api/trust-list')).headers.get('etag') ?? '';

      running.clock.now = new Date(running.clock.now.getTime() + 60_000);
      const rotated = await running.certificates?.keys.rotate('AP-REV');
      running.clock.now = new Date(running.clock.now.getTime() + 60_000);
      const fresh = await qrOf((await approvedApplication(running, staff)).certificate?.id);

      expect(rotated?.retired.kid).toBe(CERTIFICATE_TEST_KIDS.revenueCurrent);
      expect(fresh.issuerKid).toBe(rotated?.current.kid);
      expect(fresh.issuerKid).not.toBe(old.issuerKid);
      expect(await servedSeq(running)).toBe(seqBefore + 1);
      expect((await running.call('GET', '/api/trust-list', { headers: { 'if-none-match': etagBefore } })).status).toBe(
        200,
      );
      const etagAfter = (await running.call('GET', '/api/trust-list')).headers.get('etag') ?? '';
      expect((await running.call('GET', '/api/trust-list', { headers: { 'if-none-match': etagAfter } })).status).toBe(
        304,
      );

      const context = await servedVerificationContext(running, publicTestJwk('root'), running.clock.now);
      const retired = context.trustList.issuers.find((issuer) => issuer.kid === old.issuerKid);
      expect(retired?.notAfter).toBe(rotated?.retired.notAfter);
      expect((await verifyCertificateQr(old.qr, context)).status).toBe('VALID');
      expect((await verifyCertificateQr(fresh.qr, context)).status).toBe('VALID');
    });

    it('when keys are rotated again and again, then every trust list has a new, higher seq', async () => {
      const seqs = [await servedSeq(running)];
      for (let i = 0; i < 3; i++) {
        await running.certificates?.keys.rotate(i % 2 === 0 ? 'AP-REV' : 'AP-MAUD');
        seqs.push(await servedSeq(running));
      }
      const first = seqs[0] ?? NaN;
      expect(seqs).toEqual([first, first + 1, first + 2, first + 3]);
    });

    it('when a key is rotated while certificates are being issued, then every certificate verifies VALID', async () => {
      const deps = running.certificates;
      if (!deps) throw new Error('the test running issues certificates');
      running.clock.now = new Date();
      const approved: string[] = [];
      for (let i = 0; i < 6; i++) {
        const filed = await fileApplication(running, staff.agent);
        await decide(running, staff.officer, filed.id, 'received');
        await approveWithoutIssuing(running.store, filed.id, running.clock.now);
        approved.push(filed.id);
      }
      // The test clock stands still, so issue against the real one: the race is in real time.
      const live = { ...deps, now: () => new Date() };
      const [, ...issued] = await Promise.all([
        deps.keys.rotate('AP-REV'),
        ...approved.map((id) => issueCertificate(live, id)),
      ]);
      const context = await servedVerificationContext(running, publicTestJwk('root'), new Date());
      for (const request of issued) {
        expect(request?.status).toBe('issued');
        const { qr } = await qrOf(request?.certificate?.id);
        expect((await verifyCertificateQr(qr, context)).status).toBe('VALID');
      }
    });
  });
});
