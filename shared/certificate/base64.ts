/**
 * Base64 (RFC 4648 §4) and base64url (§5) without `Buffer`, so the certificate code runs the
 * same in Node, browsers and workers. Decoding is strict: a text that is not the canonical
 * encoding of some bytes (wrong characters, bad length, non-zero padding bits) is refused, so
 * one byte string has exactly one text form and signed documents cannot be re-spelt.
 */

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function valueTable(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}
const STANDARD_VALUES = valueTable(STANDARD);
const URL_SAFE_VALUES = valueTable(URL_SAFE);

function encode(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  let out = '';
  let buffered = 0;
  let bits = 0;
  for (const byte of bytes) {
    // At most 4 bits wait between bytes, so 16 bits of buffer always suffice.
    buffered = ((buffered << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += alphabet.charAt((buffered >>> bits) & 63);
    }
  }
  if (bits > 0) out += alphabet.charAt((buffered << (6 - bits)) & 63);
  return pad ? out + '='.repeat((4 - (out.length % 4)) % 4) : out;
}

function decode(text: string, values: Int8Array, alphabet: string, pad: boolean): Uint8Array<ArrayBuffer> | undefined {
  if (pad && text.length % 4 !== 0) return undefined;
  const body = pad ? text.replace(/={1,2}$/, '') : text;
  if (body.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let buffered = 0;
  let bits = 0;
  let written = 0;
  for (let i = 0; i < body.length; i++) {
    const value = values[body.charCodeAt(i)] ?? -1;
    if (value < 0) return undefined;
    buffered = ((buffered << 6) | value) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[written++] = (buffered >>> bits) & 0xff;
    }
  }
  // Canonical form only (no stray padding bits): the bytes must spell exactly this text again.
  return encode(out, alphabet, pad) === text ? out : undefined;
}

/** Standard base64 with padding, as the key ids are written. */
export function bytesToBase64(bytes: Uint8Array): string {
  return encode(bytes, STANDARD, true);
}

/** The bytes of a canonical padded base64 text, or `undefined` when it is not one. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  return decode(text, STANDARD_VALUES, STANDARD, true);
}

/** base64url without padding (RFC 7515 style), as JWKs and signed documents use it. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return encode(bytes, URL_SAFE, false);
}

/** The bytes of a canonical unpadded base64url text, or `undefined` when it is not one. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  return decode(text, URL_SAFE_VALUES, URL_SAFE, false);
}
