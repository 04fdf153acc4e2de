import type { CborValue } from './cbor';
import { bytesToBase64 } from './base64';

/** JSON as `JSON.stringify` writes it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

function jsonKey(key: CborValue): string {
  if (key instanceof Uint8Array) return bytesToBase64(key);
  if (typeof key === 'object' && key !== null) return JSON.stringify(cborToJson(key));
  return String(key);
}

/**
 * Plain CBOR data as JSON, for showing a payload whose schema Seva does not know (an EU DCC's
 * `-260` claim): map keys become strings (`-260`, `1`), byte strings standard base64, big
 * integers decimal strings, and `undefined`, NaN and infinities `null`.
 */
export function cborToJson(value: CborValue): JsonValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) return bytesToBase64(value);
  if (Array.isArray(value)) return value.map(cborToJson);
  if (value instanceof Map) {
    // fromEntries defines own properties, so a `__proto__` key stays a key.
    return Object.fromEntries([...value].map(([key, item]) => [jsonKey(key), cborToJson(item)]));
  }
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}
