import { describe, expect, it } from 'vitest';
import { parseTrustRoots, resolveTrustRoots, TrustRootsError } from './trust-roots';

const X = 'ska6GYet2Rl4R0DAb_Y8oWyVrXpK-XEdZT502l9UnyU';
const Y = '5uSN9N50oxGIGFL5SKzQMXFyQu4T7zXZ1wS9xusdOKA';
const ROOT = { kty: 'EC', crv: 'P-256', x: X, y: Y };

describe('build-time trust roots (SEVA_TRUST_ROOTS)', () => {
  it('when given public P-256 JWKs, then exactly their keys are pinned, without metadata', () => {
    const raw = JSON.stringify([{ ...ROOT, kid: 'root-2026', alg: 'ES256', use: 'sig' }]);
    expect(parseTrustRoots(raw)).toEqual([ROOT]);
  });

  it('when a private key is given, then the build stops rather than ship it', () => {
    expect(() => parseTrustRoots(JSON.stringify([{ ...ROOT, d: X }]))).toThrow(/private key/);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['an object', JSON.stringify(ROOT), /JSON array/],
    ['empty', '[]', /no root key/],
    ['another curve', JSON.stringify([{ ...ROOT, crv: 'P-384' }]), /P-256/],
    ['an RSA key', JSON.stringify([{ kty: 'RSA', n: 'x', e: 'AQAB' }]), /P-256/],
    ['a short coordinate', JSON.stringify([{ ...ROOT, x: 'abc' }]), /"x"/],
    ['the same key twice', JSON.stringify([ROOT, ROOT]), /twice/],
  ])('when the value is %s, then the build stops naming the variable', (_what, raw, message) => {
    expect(() => parseTrustRoots(raw)).toThrow(TrustRootsError);
    expect(() => parseTrustRoots(raw)).toThrow(message);
    expect(() => parseTrustRoots(raw)).toThrow(/SEVA_TRUST_ROOTS/);
  });

  it('when a production build has no SEVA_TRUST_ROOTS, then it fails with how to set it', () => {
    expect(() => resolveTrustRoots(undefined, 'build')).toThrow(/not set.*JSON array/s);
    expect(() => resolveTrustRoots('  ', 'build')).toThrow(TrustRootsError);
  });

  it('when the dev server starts without it, then it pins nothing and warns', () => {
    const resolved = resolveTrustRoots(undefined, 'serve');
    expect(resolved.roots).toEqual([]);
    expect(resolved.warning).toMatch(/SEVA_TRUST_ROOTS/);
  });

  it('when the dev server is given roots, then it pins them like a build', () => {
    expect(resolveTrustRoots(JSON.stringify([ROOT]), 'serve')).toEqual({ roots: [ROOT] });
  });
});
