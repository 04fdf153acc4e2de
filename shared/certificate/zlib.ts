import { Unzlib, zlibSync } from 'fflate';

/**
 * zlib (RFC 1950: deflate with the two-byte header and Adler-32 trailer), as HCERT uses it.
 * Inflating is capped: a few hundred bytes of QR can legally describe megabytes of output, so
 * the inflater is fed in small slices and abandoned the moment the output passes the cap —
 * memory stays bounded by the cap plus what one slice can expand to (about 1,000× its size).
 */

/** The most a certificate may inflate to. Real ones are under 1 KiB; QR codes hold under 3 KiB. */
export const MAX_INFLATED_CERTIFICATE_BYTES = 64 * 1024;

/** Compressed bytes pushed per step; at deflate's ~1,032:1 worst case a step adds at most ~264 KiB. */
const FEED_SLICE_BYTES = 256;

export type InflateResult =
  { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; reason: 'inflate_limit' | 'inflate_failed' };

/** zlib-compress at the strongest level: certificates are made once and scanned many times. */
export function zlibCompress(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(zlibSync(bytes, { level: 9 }));
}

/**
 * Inflates a complete zlib stream whose output may not exceed `maxBytes`. Never throws:
 * a corrupt or truncated stream gives `inflate_failed`, too much output `inflate_limit`.
 */
export function zlibInflateCapped(compressed: Uint8Array, maxBytes: number): InflateResult {
  if (compressed.length === 0) return { ok: false, reason: 'inflate_failed' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Unzlib((chunk, final) => {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
    if (final) finished = true;
  });
  try {
    for (let offset = 0; offset < compressed.length && total <= maxBytes; offset += FEED_SLICE_BYTES) {
      const end = Math.min(offset + FEED_SLICE_BYTES, compressed.length);
      inflater.push(compressed.subarray(offset, end), end === compressed.length);
    }
  } catch {
    return { ok: false, reason: total > maxBytes ? 'inflate_limit' : 'inflate_failed' };
  }
  if (total > maxBytes) return { ok: false, reason: 'inflate_limit' };
  if (!finished) return { ok: false, reason: 'inflate_failed' };
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  // fflate skips the trailer; checking it means any change to the stream, even the checksum, is refused.
  if (adler32(out) !== readUint32(compressed, compressed.length - 4)) return { ok: false, reason: 'inflate_failed' };
  return { ok: true, bytes: out };
}

/** Adler-32 (RFC 1950 §8), the checksum a zlib stream ends with. */
function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  // zlib reduces every 5,552 bytes (its NMAX) so the sums stay small integers.
  for (let start = 0; start < bytes.length; start += 5552) {
    for (const byte of bytes.subarray(start, start + 5552)) {
      a += byte;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function readUint32(bytes: Uint8Array, at: number): number {
  return (
    (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0
  );
}
