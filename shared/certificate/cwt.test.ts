import { describe, expect, it } from 'vitest';
import { decodeCwt, encodeCwt, SEVA_CLAIM_KEY } from './cwt';
import { decodePlainCbor } from './cbor';
import { CLAIM_KEYS } from './certificate-claims';
import { sampleEnvelope, sampleIncomeClaims } from '../../test/fixtures/certificate-issue';

describe('the CWT payload', () => {
  it('when a certificate is encoded, then the CWT holds iss=1, exp=4, iat=6 and one private claim -65537', () => {
    const envelope = sampleEnvelope();
    const cwt = decodePlainCbor(encodeCwt(envelope, sampleIncomeClaims())) as Map<number, unknown>;
    expect([...cwt.keys()]).toEqual([1, 4, 6, SEVA_CLAIM_KEY]);
    expect(cwt.get(1)).toBe(envelope.issuer);
    expect(cwt.get(4)).toBe(envelope.expiresAt);
    expect(cwt.get(6)).toBe(envelope.issuedAt);
  });

  it('when the private claim is encoded, then it uses one-byte integer keys and leaves absent claims out', () => {
    const claims = sampleIncomeClaims();
    delete claims.guardianName;
    delete claims.dateOfBirth;
    const cwt = decodePlainCbor(encodeCwt(sampleEnvelope(), claims)) as Map<number, Map<number, unknown>>;
    expect([...(cwt.get(SEVA_CLAIM_KEY)?.keys() ?? [])]).toEqual([1, 2, 3, 4, 7, 8, 9, 10]);
    expect(Object.values(CLAIM_KEYS)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('when a name is in Telugu, then it travels packed at one byte a character and reads back exactly', () => {
    const name = 'వెంకట సత్య నాగ లక్ష్మీ నరసింహ మూర్తి';
    const claims = sampleIncomeClaims({ name, fields: { village: 'పెదపాడు', annualIncome: 96000 } });
    const cwt = decodePlainCbor(encodeCwt(sampleEnvelope(), claims)) as Map<number, Map<number, unknown>>;
    const wireName = cwt.get(SEVA_CLAIM_KEY)?.get(CLAIM_KEYS.name);
    expect(wireName).toBeInstanceOf(Uint8Array);
    expect((wireName as Uint8Array).length).toBe(name.length + 1);
    expect(decodeCwt(encodeCwt(sampleEnvelope(), claims))?.seva).toEqual(claims);
  });

  it('when -65537 is written, then it takes the 5-byte CBOR form of a private-use key', () => {
    const bytes = encodeCwt(sampleEnvelope(), sampleIncomeClaims());
    const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
    expect(hex).toContain('3a00010000'); // negative integer -1 - 65536
  });

  it('when a CWT is encoded and decoded, then envelope and claims come back equal', () => {
    const envelope = sampleEnvelope({ expiresAt: undefined });
    delete envelope.expiresAt;
    const decoded = decodeCwt(encodeCwt(envelope, sampleIncomeClaims()));
    expect(decoded?.envelope).toEqual(envelope);
    expect(decoded?.seva).toEqual(sampleIncomeClaims());
  });

  it('when the issuer gives claims that break the schema, then encoding throws', () => {
    expect(() => encodeCwt(sampleEnvelope(), sampleIncomeClaims({ statusIndex: -1 }))).toThrow();
    expect(() => encodeCwt(sampleEnvelope({ expiresAt: 10, issuedAt: 20 }), sampleIncomeClaims())).toThrow(/after/);
  });
});
