/**
 * Base45 (RFC 9285), the QR-alphanumeric-safe encoding the EU DCC uses.
 *
 * Written here rather than taken from the `base45` npm package: that package returns Node
 * `Buffer`s (so it fails in browsers and workers) and its decoder accepts characters outside
 * the alphabet and out-of-range groups without complaint, which a verifier of hostile input
 * must refuse.
 */

export const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE45_ALPHABET.length; i++) VALUES[BASE45_ALPHABET.charCodeAt(i)] = i;

function digit(value: number): string {
  return BASE45_ALPHABET.charAt(value);
}

/** Two bytes become three characters (c, d, e with n = c + 45·d + 45²·e); a last odd byte becomes two. */
export function encodeBase45(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 1 < bytes.length; i += 2) {
    const n = (bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0);
    out += digit(n % 45) + digit(Math.floor(n / 45) % 45) + digit(Math.floor(n / 2025));
  }
  if (i < bytes.length) {
    const n = bytes[i] ?? 0;
    out += digit(n % 45) + digit(Math.floor(n / 45));
  }
  return out;
}

function valueAt(text: string, i: number): number {
  return VALUES[text.charCodeAt(i)] ?? -1;
}

/**
 * The bytes a Base45 text stands for, or `undefined` when the text is not valid Base45: a
 * character outside the alphabet, a length of 3k+1, or a group whose value does not fit
 * (over 65535 for three characters, over 255 for a final two), as RFC 9285 §4.2 requires.
 */
export function decodeBase45(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (text.length % 3 === 1) return undefined;
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let written = 0;
  let i = 0;
  for (; i + 2 < text.length; i += 3) {
    const c = valueAt(text, i);
    const d = valueAt(text, i + 1);
    const e = valueAt(text, i + 2);
    if (c < 0 || d < 0 || e < 0) return undefined;
    const n = c + d * 45 + e * 2025;
    if (n > 0xffff) return undefined;
    out[written++] = n >>> 8;
    out[written++] = n & 0xff;
  }
  if (i < text.length) {
    const c = valueAt(text, i);
    const d = valueAt(text, i + 1);
    if (c < 0 || d < 0) return undefined;
    const n = c + d * 45;
    if (n > 0xff) return undefined;
    out[written++] = n;
  }
  return out;
}
