import type { Plugin } from 'vite';

/**
 * The root keys the kiosk pins at build time. `SEVA_TRUST_ROOTS` is a JSON array of the
 * roots' public JWKs (ECDSA P-256); the kiosk opens a trust list only when one of them signed
 * it, so whoever builds the PWA decides whom every kiosk trusts, and nothing fetched at run
 * time can change that.
 */

export const TRUST_ROOTS_ENV = 'SEVA_TRUST_ROOTS';
/** The file in the build output listing the pinned roots, so the server can tell whether a build trusts its root. */
export const TRUST_ROOTS_FILE = 'trust-roots.json';

/**
 * What is pinned of each root: the key itself. Metadata a JWK may carry (`kid`, `alg`, `use`)
 * is dropped; the kiosk tries each pinned key on the trust list's signature.
 */
const PINNED_MEMBERS = ['kty', 'crv', 'x', 'y'] as const;
/** Base64url of a 32-byte P-256 coordinate. */
const COORDINATE = /^[A-Za-z0-9_-]{43}$/;

export class TrustRootsError extends Error {
  override name = 'TrustRootsError';
}

function fail(message: string): never {
  throw new TrustRootsError(`${TRUST_ROOTS_ENV}: ${message}`);
}

/** One root, checked to be a P-256 public key (never a private one) and reduced to the key itself. */
function publicRoot(value: unknown, index: number): JsonWebKey {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`entry ${index} is not a JWK object`);
  const jwk = value as Record<string, unknown>;
  // A private key in a public build would hand the root to everyone who opens the app.
  if ('d' in jwk) fail(`entry ${index} is a private key (it has "d"); give the public key only`);
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') fail(`entry ${index} must be an EC P-256 key (kty "EC", crv "P-256")`);
  if (typeof jwk.x !== 'string' || !COORDINATE.test(jwk.x)) fail(`entry ${index} has no valid "x" coordinate`);
  if (typeof jwk.y !== 'string' || !COORDINATE.test(jwk.y)) fail(`entry ${index} has no valid "y" coordinate`);
  const kept: Record<string, unknown> = {};
  for (const member of PINNED_MEMBERS) kept[member] = jwk[member];
  return kept as JsonWebKey;
}

/** Parses and checks the variable's value: a non-empty JSON array of distinct P-256 public JWKs. */
export function parseTrustRoots(raw: string): JsonWebKey[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    fail(`not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!Array.isArray(parsed)) fail('must be a JSON array of public JWKs, for example [{"kty":"EC","crv":"P-256",…}]');
  if (parsed.length === 0) fail('lists no root key; a kiosk built with none could never check a certificate');
  const roots = parsed.map(publicRoot);
  const seen = new Set<string>();
  for (const root of roots) {
    const id = `${root.x}.${root.y}`;
    if (seen.has(id)) fail('lists the same key twice');
    seen.add(id);
  }
  return roots;
}

export type TrustRootsResolution = { roots: JsonWebKey[]; warning?: string };

/**
 * The roots for this build. A production build must name them: a kiosk must never ship
 * trusting nothing, or something it was not told to trust. The dev server alone may start
 * without them, and then pins no root — its kiosk says so and can check no certificate.
 */
export function resolveTrustRoots(raw: string | undefined, command: 'build' | 'serve'): TrustRootsResolution {
  if (raw !== undefined && raw.trim() !== '') return { roots: parseTrustRoots(raw) };
  if (command === 'serve') {
    return {
      roots: [],
      warning: `${TRUST_ROOTS_ENV} is not set: the kiosk pins no root key and will check no certificate.`,
    };
  }
  fail(
    'not set. The kiosk pins the trust-list root keys at build time: set it to a JSON array of the ' +
      'roots’ public JWKs (`npm start` does this with the server’s own root), for example\n' +
      `  ${TRUST_ROOTS_ENV}='[{"kty":"EC","crv":"P-256","x":"…","y":"…"}]' npx vite build`,
  );
}

/** Writes the pinned roots into the build output as `trust-roots.json` (the same array the variable held, checked). */
export function trustRootsFilePlugin(roots: readonly JsonWebKey[]): Plugin {
  return {
    name: 'seva-trust-roots-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: TRUST_ROOTS_FILE, source: `${JSON.stringify(roots, null, 2)}\n` });
    },
  };
}
