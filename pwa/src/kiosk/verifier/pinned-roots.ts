import { importPublicJwk } from '../../../../shared/certificate/keys';

/**
 * The trust-list root keys this build pins: `SEVA_TRUST_ROOTS`, checked by the build
 * (pwa/build/trust-roots.ts) and compiled in as `__SEVA_TRUST_ROOTS__`. Nothing downloaded
 * can add to them.
 */
export const PINNED_ROOT_JWKS: readonly JsonWebKey[] = __SEVA_TRUST_ROOTS__;

/** The pinned roots as verification keys. */
export async function importPinnedRoots(jwks: readonly JsonWebKey[] = PINNED_ROOT_JWKS): Promise<CryptoKey[]> {
  return Promise.all(jwks.map((jwk) => importPublicJwk(jwk)));
}
