import { beforeAll, describe, expect, it } from 'vitest';
import { openStatusList, signStatusList, STATUS_LIST_FORMAT } from './status-list-document';
import { DEFAULT_STATUS_LIST_SIZE, newStatusList, withRevoked } from './status-list';
import { base64UrlToBytes, bytesToBase64Url } from './base64';
import { signJsonDocument } from './signed-document';
import { zlibCompress } from './zlib';
import type { CertificateSigner, StatusList, TrustedKey } from './types';
import { testSigner, testTrustedKeys } from '../../test/fixtures/certificate-trust';

let keys: Map<string, TrustedKey>;
let revenue: CertificateSigner;
let health: CertificateSigner;
const keyFor = (kid: string) => keys.get(kid);

const at = new Date('2026-03-10T08:00:00.000Z');
const revocations = [5, 4093, 91214, DEFAULT_STATUS_LIST_SIZE - 1];
const revenueList: StatusList = revocations.reduce(
  (list, index, i) => withRevoked(list, index, new Date(at.getTime() + i * 60_000)),
  newStatusList('ap-revenue-1', 'ap-revenue', DEFAULT_STATUS_LIST_SIZE, at),
);

beforeAll(async () => {
  keys = await testTrustedKeys();
  [revenue, health] = await Promise.all([testSigner('revenueCurrent'), testSigner('healthCurrent')]);
});

type Payload = Record<string, unknown>;
const payloadOf = (doc: { payload: string }) =>
  JSON.parse(new TextDecoder().decode(base64UrlToBytes(doc.payload))) as Payload;

describe('signed status lists', () => {
  it('when an issuer signs its list and a verifier opens it, then every bit and date comes back', async () => {
    const opened = await openStatusList(await signStatusList(revenueList, revenue), keyFor);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.raw).toEqual(revenueList);
    expect(opened.list).toMatchObject({ id: 'ap-revenue-1', issuer: 'ap-revenue', updatedAt: revenueList.updatedAt });
    expect(revocations.every((index) => opened.list.isRevoked(index))).toBe(true);
    expect(opened.list.isRevoked(6)).toBe(false);
    expect(opened.list.revokedAt(4093)).toBe(revenueList.revokedAt[4093]);
  });

  it('when a 131,072-index list with a few revocations is signed, then its document stays small', async () => {
    const doc = await signStatusList(revenueList, revenue);
    expect(doc.format).toBe(STATUS_LIST_FORMAT);
    expect(typeof payloadOf(doc).bits).toBe('string');
    expect(JSON.stringify(doc).length).toBeLessThan(1500);
  });

  it('CERT-S2: when a list is signed by another issuer, then it is refused as wrong_issuer', async () => {
    const forged = await signStatusList(revenueList, health);
    expect(await openStatusList(forged, keyFor)).toEqual({ ok: false, reason: 'wrong_issuer' });
  });

  it('CERT-S1: when the signing key is not trusted, then it is refused as unknown_key', async () => {
    const doc = await signStatusList(revenueList, revenue);
    expect(await openStatusList(doc, () => undefined)).toEqual({ ok: false, reason: 'unknown_key' });
  });

  it('CERT-S1: when a bit is cleared after signing, then it is refused as bad_signature', async () => {
    const doc = await signStatusList(revenueList, revenue);
    const cleared = {
      ...payloadOf(doc),
      bits: bytesToBase64Url(zlibCompress(new Uint8Array(revenueList.bits.length))),
    };
    const payload = bytesToBase64Url(new TextEncoder().encode(JSON.stringify(cleared)));
    expect(await openStatusList({ ...doc, payload }, keyFor)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('CERT-S3: when a signed payload is inconsistent, then it is refused as malformed', async () => {
    const good = payloadOf(await signStatusList(revenueList, revenue));
    const bitsOf = (bytes: Uint8Array) => bytesToBase64Url(zlibCompress(bytes));
    const inconsistent: Payload[] = [
      { ...good, bits: bitsOf(new Uint8Array(revenueList.bits.length - 1)) }, // too few bits
      { ...good, bits: bitsOf(new Uint8Array(10 * 1024 * 1024)) }, // a bomb
      { ...good, bits: 'not base64url!' },
      { ...good, size: 12, bits: bitsOf(Uint8Array.from([0, 0x01])) }, // a bit past the end
      { ...good, revokedAt: { ...(good.revokedAt as object), 6: at.toISOString() } }, // a date for a clear bit
      { ...good, revokedAt: { '007': at.toISOString() } },
      { ...good, size: 2 ** 25 },
      { ...good, extra: true },
    ];
    for (const payload of inconsistent) {
      const doc = await signJsonDocument(STATUS_LIST_FORMAT, payload, revenue);
      expect(await openStatusList(doc, keyFor)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('when the document is not a signed status list, then it is refused as malformed', async () => {
    const doc = await signStatusList(revenueList, revenue);
    for (const bad of [undefined, [], { ...doc, format: 'seva-trust-list/1' }, { ...doc, payload: '' }]) {
      expect(await openStatusList(bad, keyFor)).toEqual({ ok: false, reason: 'malformed' });
    }
  });
});
