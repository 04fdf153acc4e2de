/** Compiled in by vite.config.ts (`define`): the trust-list root keys the build pins. */
declare const __SEVA_TRUST_ROOTS__: JsonWebKey[];
