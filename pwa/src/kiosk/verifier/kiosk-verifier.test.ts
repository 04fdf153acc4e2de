import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXED_NOW, TEST_TRUST_LIST, testSigner } from '../../../../test/fixtures/certificate-trust';
import { issueTestCertificate } from '../../../../test/fixtures/certificate-issue';
import { setSetting, type KioskDb } from '../data/kiosk-db';
import { TRUST_LIST_KEY } from '../data/kiosk-rows';
import { FakeIssuer, fakeKioskDb, KIOSK_TOKEN, testRoots } from '../testing/fake-issuer';
import { KioskVerifier } from './kiosk-verifier';

let storage: IDBFactory;
let db: KioskDb;
let issuer: FakeIssuer;

function kiosk(database: KioskDb = db, roots: Promise<readonly CryptoKey[]> = testRoots()): KioskVerifier {
  return new KioskVerifier({
    db: database,
    fetch: issuer.fetch,
    roots,
    pinnedRoots: 1,
    now: () => FIXED_NOW,
    // Refreshes happen only when a test asks for one.
    setTimer: () => undefined,
    clearTimer: () => undefined,
    random: () => 0.5,
    periodMs: 60_000,
  });
}

async function enrolledKiosk(): Promise<KioskVerifier> {
  await setSetting(db, 'token', { token: KIOSK_TOKEN, savedAt: FIXED_NOW.toISOString() });
  return kiosk();
}

beforeEach(async () => {
  storage = new IDBFactory();
  db = fakeKioskDb(storage, 'kiosk');
  issuer = await FakeIssuer.create();
});

describe('kiosk verifier', () => {
  it('when the kiosk refreshed while online, then it says VALID offline, with the date of its revocation data', async () => {
    const verifier = await enrolledKiosk();
    expect(await verifier.refresh('start')).toEqual({
      kind: 'refreshed',
      trustSeq: 7,
      statusLists: 2,
      failedStatusLists: [],
    });
    issuer.offline = true;
    const verdict = await verifier.verify(await issueTestCertificate(await testSigner('revenueCurrent')));
    expect(verdict.status).toBe('VALID');
    expect(verdict.claims?.seva?.name).toBe('Ravi Kumar Gorle');
    expect(verdict.issuer?.issuer).toBe('ap-revenue');
    expect(verdict.statusFetchedAt).toBe(FIXED_NOW.toISOString());
  });

  it('when the issuer revokes a certificate and the kiosk refreshes, then the same QR is REVOKED with its date', async () => {
    const verifier = await enrolledKiosk();
    await verifier.refresh('start');
    const qr = await issueTestCertificate(await testSigner('revenueCurrent'), { claims: { statusIndex: 99 } });
    expect((await verifier.verify(qr)).status).toBe('VALID');

    const revokedAt = new Date(FIXED_NOW.getTime() - 3_600_000);
    await issuer.revoke('ap-revenue-1', 99, revokedAt);
    expect((await verifier.verify(qr)).status).toBe('VALID');
    await verifier.refresh('online');
    const verdict = await verifier.verify(qr);
    expect(verdict.status).toBe('REVOKED');
    expect(verdict.revokedAt).toBe(revokedAt.toISOString());
  });

  it('when the kiosk restarts offline, then the cached lists are reopened from IndexedDB and still verify', async () => {
    await (await enrolledKiosk()).refresh('start');
    issuer.offline = true;
    const restarted = kiosk(fakeKioskDb(storage, 'kiosk'));
    const verdict = await restarted.verify(await issueTestCertificate(await testSigner('revenueCurrent')));
    expect(verdict.status).toBe('VALID');
    expect((await restarted.status()).dataAsOf).toBe(FIXED_NOW.toISOString());
  });

  it('when the server sends a trust list older than the one held, then it is refused and the held one kept', async () => {
    const verifier = await enrolledKiosk();
    await verifier.refresh('start');
    await issuer.publishTrustList({ ...TEST_TRUST_LIST, seq: 6, issuers: TEST_TRUST_LIST.issuers.slice(2) });
    expect(await verifier.refresh('online')).toMatchObject({ kind: 'rejected', reason: 'rollback' });
    expect((await verifier.status()).trustList?.seq).toBe(7);
    const verdict = await verifier.verify(await issueTestCertificate(await testSigner('revenueCurrent')));
    expect(verdict.status).toBe('VALID');
  });

  it('when the trust list is signed by a key that is not a pinned root, then it is refused and nothing is stored', async () => {
    await issuer.publishTrustList(TEST_TRUST_LIST, 'revenueCurrent');
    const verifier = await enrolledKiosk();
    expect(await verifier.refresh('start')).toMatchObject({ kind: 'rejected', reason: 'untrusted' });
    expect(await db.documents.count()).toBe(0);
    const verdict = await verifier.verify(await issueTestCertificate(await testSigner('revenueCurrent')));
    expect(verdict.status).toBe('UNKNOWN_ISSUER');
  });

  it('when no trust list has ever been fetched, then a genuine certificate is UNKNOWN_ISSUER, never VALID or INVALID', async () => {
    const verdict = await kiosk().verify(await issueTestCertificate(await testSigner('revenueCurrent')));
    expect(verdict.status).toBe('UNKNOWN_ISSUER');
    expect(verdict.claims).toBeUndefined();
  });

  it('when a status list is signed by another issuer, then it is not stored and the others are', async () => {
    const list = issuer.statusLists.get('ap-revenue-1');
    if (!list) throw new Error('fixture has no revenue list');
    await issuer.publishStatusList(list, 'healthCurrent');
    const verifier = await enrolledKiosk();
    expect(await verifier.refresh('start')).toMatchObject({
      kind: 'refreshed',
      statusLists: 1,
      failedStatusLists: ['ap-revenue-1'],
    });
    const status = await verifier.status();
    expect(status.statusLists.map((s) => s.id)).toEqual(['ap-health-1']);
    // A list it names is missing, so the screen warns that revocation data is absent.
    expect(status.dataAsOf).toBeUndefined();
  });

  it('when the cached trust list is edited on the device, then it no longer opens and nothing verifies as VALID', async () => {
    await (await enrolledKiosk()).refresh('start');
    const row = await db.documents.get(TRUST_LIST_KEY);
    if (row?.kind !== 'trust-list') throw new Error('no trust list stored');
    const forged = { ...row.document, payload: row.document.payload.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) };
    await db.documents.put({ ...row, document: forged });
    issuer.offline = true;
    const verdict = await kiosk().verify(await issueTestCertificate(await testSigner('revenueCurrent')));
    expect(verdict.status).toBe('UNKNOWN_ISSUER');
  });

  it('when no token is stored and the server serves the lists only to kiosks, then the refresh says a token is needed', async () => {
    const verifier = kiosk();
    expect(await verifier.refresh('start')).toEqual({ kind: 'no_token' });
    expect((await verifier.status()).lastRefresh?.outcome).toEqual({ kind: 'no_token' });
    expect(await db.documents.count()).toBe(0);
  });

  it('when the server serves the lists to anyone, then a kiosk without a token refreshes too', async () => {
    issuer.requireToken = false;
    expect(await kiosk().refresh('start')).toMatchObject({ kind: 'refreshed', trustSeq: 7 });
  });

  it('when the server refuses a token, then it is not kept; an accepted one is kept and used at once', async () => {
    const verifier = kiosk();
    expect(await verifier.saveToken('seva_wrong')).toMatchObject({ kind: 'refused' });
    expect((await verifier.status()).hasToken).toBe(false);
    expect(await verifier.saveToken(`  ${KIOSK_TOKEN}\n`)).toMatchObject({
      kind: 'saved',
      refresh: { kind: 'refreshed' },
    });
    const status = await verifier.status();
    expect(status.hasToken).toBe(true);
    expect(status.trustList?.seq).toBe(7);
  });

  it('when a token is given while offline, then it is kept for later', async () => {
    issuer.offline = true;
    const verifier = kiosk();
    expect(await verifier.saveToken(KIOSK_TOKEN)).toMatchObject({ kind: 'saved', refresh: { kind: 'offline' } });
    expect((await verifier.status()).hasToken).toBe(true);
  });

  it('when a text is not a Seva QR, then the verdict is NOT_OURS without claims', async () => {
    const verdict = await kiosk().verify('upi://pay?pa=shop@upi');
    expect(verdict).toMatchObject({ status: 'NOT_OURS' });
    expect(verdict.claims).toBeUndefined();
  });
});
