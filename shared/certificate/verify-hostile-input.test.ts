import { beforeAll, describe, expect, it } from 'vitest';
import { Tag } from 'cbor-x';
import { verifyCertificateQr, type CertificateSigner, type TrustedKey, type VerificationContext } from './index';
import { encodeBase45 } from './base45';
import { zlibCompress } from './zlib';
import { encodeCbor } from './cbor';
import { encodeCoseSign1 } from './cose-sign1';
import { CLAIM_KEYS, claimsToCbor } from './certificate-claims';
import { GOLDEN_INCOME } from '../../test/fixtures/certificate-vectors';
import { testContext, testSigner, testTrustedKeys } from '../../test/fixtures/certificate-trust';
import {
  coseBytesOf,
  qrAround,
  sampleEnvelope,
  sampleIncomeClaims,
  signedQrAroundPayload,
} from '../../test/fixtures/certificate-issue';

let keys: Map<string, TrustedKey>;
let revenue: CertificateSigner;
let context: VerificationContext;
const golden = GOLDEN_INCOME;

beforeAll(async () => {
  keys = await testTrustedKeys();
  revenue = await testSigner('revenueCurrent');
  context = testContext(keys);
});

/** mulberry32: a tiny seeded PRNG, so a failing random case can be replayed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomBytes(random: () => number, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

/** A CWT with the sample claims, as a Map so a test can spoil one entry. */
function sampleCwt(): Map<number, unknown> {
  const { issuer, issuedAt, expiresAt } = sampleEnvelope();
  return new Map<number, unknown>([
    [1, issuer],
    [4, expiresAt],
    [6, issuedAt],
    [-65537, claimsToCbor(sampleIncomeClaims())],
  ]);
}

function withClaim(key: number | string, value: unknown): Map<number, unknown> {
  const cwt = sampleCwt();
  (cwt.get(-65537) as Map<number | string, unknown>).set(key, value);
  return cwt;
}

describe('CERT-V4 decompression bombs', () => {
  it('when the QR inflates past the cap, then it is INVALID inflate_limit', async () => {
    const bomb = qrAround(new Uint8Array(4 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(8192);
    expect(await verifyCertificateQr(bomb, context)).toEqual({ status: 'INVALID', reason: 'inflate_limit' });
  });

  it('when a properly signed COSE message inflates past the cap, then it is INVALID inflate_limit', async () => {
    const cwt = sampleCwt();
    cwt.set(-65538, new Uint8Array(200 * 1024));
    const bomb = await signedQrAroundPayload(cwt, revenue);
    expect(await verifyCertificateQr(bomb, context)).toEqual({ status: 'INVALID', reason: 'inflate_limit' });
  });
});

describe('CERT-V2 to V5 malformed layers', () => {
  it('when the text after the prefix is not Base45, then it is INVALID base45_malformed', async () => {
    for (const body of ['a', 'ABCD', 'GGW', 'ZZ', 'é12']) {
      expect(await verifyCertificateQr(`SV1:${body}`, context)).toEqual({
        status: 'INVALID',
        reason: 'base45_malformed',
      });
    }
  });

  it('when the bytes are not a zlib stream, or one with a wrong checksum, then it is INVALID inflate_failed', async () => {
    const stream = zlibCompress(coseBytesOf(golden.text));
    const badChecksum = stream.slice();
    badChecksum[badChecksum.length - 1] = (stream.at(-1) ?? 0) ^ 1;
    const withTrailingBytes = Uint8Array.from([...stream, 0, 0]);
    for (const bytes of [new Uint8Array(0), Uint8Array.from([1, 2, 3]), badChecksum, withTrailingBytes]) {
      const verdict = await verifyCertificateQr(`SV1:${encodeBase45(bytes)}`, context);
      expect(verdict).toEqual({ status: 'INVALID', reason: 'inflate_failed' });
    }
  });

  it('when the text is longer than any QR can hold, then it is INVALID too_long', async () => {
    expect(await verifyCertificateQr(`SV1:${'0'.repeat(9000)}`, context)).toEqual({
      status: 'INVALID',
      reason: 'too_long',
    });
  });

  const [protectedBytes, , payload, signature] = [
    encodeCbor(
      new Map<number, unknown>([
        [1, -7],
        [4, new Uint8Array(8)],
      ]),
    ),
    undefined,
    encodeCbor(sampleCwt()),
    new Uint8Array(64),
  ];
  const notCose: [string, unknown][] = [
    ['a map', new Map([[1, 2]])],
    ['an integer', 7],
    ['three elements', new Tag([protectedBytes, new Map(), payload], 18)],
    ['five elements', new Tag([protectedBytes, new Map(), payload, signature, signature], 18)],
    ['the wrong tag (COSE_Mac0)', new Tag([protectedBytes, new Map(), payload, signature], 17)],
    ['text where bytes belong', new Tag(['protected', new Map(), payload, signature], 18)],
    ['an array as unprotected header', new Tag([protectedBytes, [], payload, signature], 18)],
    ['a detached (nil) payload', new Tag([protectedBytes, new Map(), null, signature], 18)],
    ['a protected header that is not a map', new Tag([encodeCbor([1, -7]), new Map(), payload, signature], 18)],
    [
      'a tag where plain data belongs',
      new Tag([protectedBytes, new Map([[1, new Tag('x', 1)]]), payload, signature], 18),
    ],
  ];
  it.each(notCose)('when the CBOR is %s, then it is INVALID cose_malformed', async (_, value) => {
    expect(await verifyCertificateQr(qrAround(encodeCbor(value)), context)).toEqual({
      status: 'INVALID',
      reason: 'cose_malformed',
    });
  });

  it('when the algorithm is not ES256, or not protected, then it is INVALID unsupported_algorithm', async () => {
    const es384 = encodeCbor(
      new Map<number, unknown>([
        [1, -35],
        [4, revenue.kid],
      ]),
    );
    const unprotectedAlg = encodeCbor(new Map<number, unknown>([[4, revenue.kid]]));
    for (const header of [es384, unprotectedAlg, new Uint8Array(0)]) {
      const verdict = await verifyCertificateQr(qrAround(encodeCoseSign1(header, payload, signature)), context);
      expect(verdict).toEqual({ status: 'INVALID', reason: 'unsupported_algorithm' });
    }
  });

  it('when the kid is absent, empty or not bytes, then it is INVALID kid_missing', async () => {
    for (const kid of [undefined, new Uint8Array(0), 'kid', 42]) {
      const header = encodeCbor(
        new Map<number, unknown>(
          kid === undefined
            ? [[1, -7]]
            : [
                [1, -7],
                [4, kid],
              ],
        ),
      );
      const verdict = await verifyCertificateQr(qrAround(encodeCoseSign1(header, payload, signature)), context);
      expect(verdict).toEqual({ status: 'INVALID', reason: 'kid_missing' });
    }
  });

  it('when the signature is not 64 bytes, then it is INVALID bad_signature', async () => {
    const header = encodeCbor(
      new Map<number, unknown>([
        [1, -7],
        [4, revenue.kid],
      ]),
    );
    for (const length of [0, 63, 65, 72]) {
      const text = qrAround(encodeCoseSign1(header, payload, new Uint8Array(length)));
      expect(await verifyCertificateQr(text, context)).toEqual({ status: 'INVALID', reason: 'bad_signature' });
    }
  });

  it('when CBOR headers announce lengths far past the data, then it is INVALID cose_malformed at once', async () => {
    const headers = ['5bffffffff00000000', '9a7fffffff', 'bb00000000ffffffff', '7affffffff', 'd2849affffffff'];
    for (const hex of headers) {
      const bytes = Uint8Array.from(hex.match(/../g)?.map((byte) => Number.parseInt(byte, 16)) ?? []);
      expect(await verifyCertificateQr(qrAround(bytes), context)).toEqual({
        status: 'INVALID',
        reason: 'cose_malformed',
      });
    }
  });

  it('when arrays nest thousands deep, then it is INVALID cose_malformed without exhausting the stack', async () => {
    const depth = 20_000;
    const bytes = new Uint8Array(depth + 1).fill(0x81);
    bytes[depth] = 0x00;
    expect(await verifyCertificateQr(qrAround(bytes), context)).toEqual({
      status: 'INVALID',
      reason: 'cose_malformed',
    });
  });

  it('when an unprotected header holds a cbor-x object tag (regexp, cycle, set, record), then it is INVALID cose_malformed', async () => {
    const hostile = [
      'd81b8266526567457870622e2a', // 27(["RegExp", ".*"]): cbor-x builds a RegExp
      'd81c81d81d00', // 28([29(0)]): cbor-x builds an array that contains itself
      'd9010281a0', // 258([{}]): cbor-x builds a Set
      'd9dfff8319e00081616101', // a cbor-x record definition: cbor-x builds an object
    ];
    const hex = (bytes: Uint8Array) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    for (const item of hostile) {
      // 18([protected, {4: item}, payload, signature]), assembled by hand because no encoder writes these.
      const cose = `d284${hex(encodeCbor(protectedBytes))}a104${item}${hex(encodeCbor(payload))}${hex(encodeCbor(signature))}`;
      const bytes = Uint8Array.from(cose.match(/../g)?.map((byte) => Number.parseInt(byte, 16)) ?? []);
      expect(await verifyCertificateQr(qrAround(bytes), context)).toEqual({
        status: 'INVALID',
        reason: 'cose_malformed',
      });
    }
  });
});

describe('CERT-V8 well-signed but malformed claims', () => {
  const spoilt: [string, Map<number, unknown>][] = [
    ['iat is text', new Map([...sampleCwt(), [6, '2026-03-10']])],
    ['iat is a CBOR date tag', new Map([...sampleCwt(), [6, new Date()]])],
    ['iat is too large to be a date', new Map([...sampleCwt(), [6, 1e300]])],
    ['iat is a 64-bit integer', new Map([...sampleCwt(), [6, 2n ** 63n]])],
    ['iat is missing', new Map([...sampleCwt()].filter(([key]) => key !== 6))],
    ['exp is negative', new Map([...sampleCwt(), [4, -5]])],
    ['iss is a number', new Map([...sampleCwt(), [1, 7]])],
    ['the Seva claim is missing from an SV1 certificate', new Map([...sampleCwt()].filter(([key]) => key !== -65537))],
    ['the Seva claim is an array', new Map([...sampleCwt(), [-65537, [1, 2]]])],
    ['the schema version is 2', withClaim(CLAIM_KEYS.schemaVersion, 2)],
    ['there is an unknown claim key', withClaim(11, 'extra')],
    ['a claim key is text', withClaim('nm', 'Someone')],
    ['the status index is negative', withClaim(CLAIM_KEYS.statusIndex, -1)],
    ['the status index is fractional', withClaim(CLAIM_KEYS.statusIndex, 1.5)],
    ['the name is empty', withClaim(CLAIM_KEYS.name, '')],
    ['the name is packed text with no window', withClaim(CLAIM_KEYS.name, Uint8Array.from([0, 0x41]))],
    ['the certificate number is packed text', withClaim(CLAIM_KEYS.certificateNumber, Uint8Array.from([24, 5]))],
    ['a field is keyed __proto__', withClaim(CLAIM_KEYS.fields, new Map([['__proto__', 'polluted']]))],
    ['a field holds a map', withClaim(CLAIM_KEYS.fields, new Map([['income', new Map()]]))],
    ['a claim is CBOR undefined', withClaim(CLAIM_KEYS.guardianName, undefined)],
  ];
  it.each(spoilt)('when %s, then it is INVALID claims_malformed', async (_, cwt) => {
    const text = await signedQrAroundPayload(cwt, revenue);
    expect(await verifyCertificateQr(text, context)).toEqual({ status: 'INVALID', reason: 'claims_malformed' });
  });

  it('when the payload is not CBOR at all, then it is INVALID claims_malformed', async () => {
    const text = await signedQrAroundPayload(Uint8Array.from([0xff, 0x00, 0x13]), revenue);
    expect(await verifyCertificateQr(text, context)).toEqual({ status: 'INVALID', reason: 'claims_malformed' });
  });

  it('when decoding, then no key in a certificate can reach Object.prototype', async () => {
    const text = await signedQrAroundPayload(
      withClaim(CLAIM_KEYS.fields, new Map([['__proto__', 'polluted']])),
      revenue,
    );
    await verifyCertificateQr(text, context);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('random garbage', () => {
  const allowed = new Set(['INVALID', 'NOT_OURS', 'UNKNOWN_ISSUER']);

  it('when 2,000 random texts, byte strings and mutated certificates are scanned, then each gets a verdict and none is VALID', async () => {
    const random = seededRandom(20260315);
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
    const cose = coseBytesOf(golden.text);
    for (let i = 0; i < 2000; i++) {
      let text: string;
      switch (i % 4) {
        case 0: // random characters, mostly from the Base45 alphabet
          text = `SV1:${Array.from({ length: Math.floor(random() * 600) }, () => alphabet[Math.floor(random() * 45)]).join('')}`;
          break;
        case 1: // random bytes, zlib-compressed like a certificate
          text = qrAround(randomBytes(random, Math.floor(random() * 400)));
          break;
        case 2: {
          // the golden certificate's COSE bytes with a few random bytes changed
          const mutated = cose.slice();
          for (let flips = 1 + Math.floor(random() * 4); flips > 0; flips--) {
            const at = Math.floor(random() * mutated.length);
            mutated[at] = ((mutated[at] ?? 0) + 1 + Math.floor(random() * 255)) % 256; // never the same byte
          }
          text = qrAround(mutated);
          break;
        }
        default: // random Base45 of random bytes, not compressed
          text = `SV1:${encodeBase45(randomBytes(random, Math.floor(random() * 300)))}`;
      }
      const verdict = await verifyCertificateQr(text, context);
      expect(allowed.has(verdict.status), `case ${i}: ${verdict.status} ${verdict.reason}`).toBe(true);
      expect(verdict.claims).toBeUndefined();
    }
  });

  it('when the text is not a string at all, then it is NOT_OURS rather than a crash', async () => {
    for (const value of [undefined, null, 42, {}, ['SV1:']]) {
      expect((await verifyCertificateQr(value as unknown as string, context)).status).toBe('NOT_OURS');
    }
  });

  it('when the context callback throws, then the verdict fails closed as INVALID unexpected_error', async () => {
    const throwing = testContext(keys, {
      statusList: () => {
        throw new Error('cache unavailable');
      },
    });
    expect(await verifyCertificateQr(golden.text, throwing)).toEqual({ status: 'INVALID', reason: 'unexpected_error' });
  });
});
