import { Decoder, Encoder, Tag } from 'cbor-x';

/**
 * CBOR through cbor-x, configured for signatures and for hostile input.
 *
 * Encoding: no cbor-x record extensions and no tag on `Uint8Array` (both are cbor-x specials a
 * COSE verifier elsewhere would not understand), and a copy of the output because cbor-x hands
 * out views of a buffer it reuses.
 *
 * Decoding: maps come back as `Map`s (integer keys stay integers and no key can reach an
 * object prototype), and the result is then checked to be plain CBOR data — integers, floats,
 * text, bytes, arrays, maps, booleans, null — no deeper than a certificate ever nests. cbor-x
 * turns some tags into live objects (dates, sets, regular expressions, shared references that
 * can form cycles); anything like that is refused rather than interpreted.
 */

export { Tag as CborTag };

const encoder = new Encoder({ useRecords: false, tagUint8Array: false, mapsAsObjects: false });
const decoder = new Decoder({ useRecords: false, mapsAsObjects: false });

/** Plain CBOR data as decoded: maps keep their key types. */
export type CborValue =
  number | bigint | string | boolean | null | undefined | Uint8Array | CborValue[] | Map<CborValue, CborValue>;

/** Deep enough for an EU DCC payload (five levels) with room to spare; far below any stack limit. */
const MAX_DEPTH = 16;

export function encodeCbor(value: unknown): Uint8Array<ArrayBuffer> {
  return new Uint8Array(encoder.encode(value));
}

function isPlain(value: unknown, depth: number): value is CborValue {
  if (depth > MAX_DEPTH) return false;
  if (value === null || value === undefined || value instanceof Uint8Array) return true;
  const type = typeof value;
  if (type === 'number' || type === 'bigint' || type === 'string' || type === 'boolean') return true;
  if (Array.isArray(value)) return value.every((item) => isPlain(item, depth + 1));
  if (value instanceof Map) {
    for (const [key, item] of value) if (!isPlain(key, depth + 1) || !isPlain(item, depth + 1)) return false;
    return true;
  }
  // Dates, sets, regular expressions, errors, other tags, records: not plain data.
  return false;
}

function decodeOrUndefined(bytes: Uint8Array): unknown {
  try {
    return decoder.decode(bytes);
  } catch {
    // Truncated input, lengths past the end, trailing bytes, stack exhaustion: all just "not CBOR".
    return undefined;
  }
}

/** Decodes one complete CBOR item of plain data, or `undefined` when the bytes are anything else. */
export function decodePlainCbor(bytes: Uint8Array): CborValue | undefined {
  const value = decodeOrUndefined(bytes);
  return isPlain(value, 0) ? value : undefined;
}

/**
 * Decodes a CBOR item that must be one tag around plain data (a tagged COSE message), or plain
 * data alone. Returns the tag number (or `undefined` when untagged) and the content.
 */
export function decodeTaggedCbor(bytes: Uint8Array): { tag: number | undefined; content: CborValue } | undefined {
  const value = decodeOrUndefined(bytes);
  if (value instanceof Tag) return isPlain(value.value, 1) ? { tag: value.tag, content: value.value } : undefined;
  return isPlain(value, 0) ? { tag: undefined, content: value } : undefined;
}
