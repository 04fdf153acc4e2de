import { isUuidV7 } from './uuid-v7';

/**
 * Human reference numbers such as `HH6W-1G60-EECF-H`, read out over the phone and typed back
 * into WhatsApp. They are derived from the request's UUIDv7, so a field device that is offline
 * can tell the citizen the number at once and the server will arrive at the same one.
 *
 * The 12 data characters carry 60 random bits of the UUID (from `rand_b`, not the timestamp,
 * which would make numbers minted close together look alike and reveal when a request was made)
 * in Crockford base32, which has no I, L, O or U to misread. A final check symbol from the same
 * alphabet (Damm's algorithm over the field GF(32)) catches any single wrong character and any
 * two adjacent characters swapped. Crockford's own mod-37 check would need the symbols `*~$=U`,
 * which WhatsApp reads as formatting and phone keyboards hide.
 *
 * Sixty bits make a collision unlikely but not impossible, so the server must still treat the
 * reference as a lookup key that can, very rarely, match more than one request.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const DATA_LENGTH = 12;
const BITS_PER_CHAR = 5n;

/** Multiplies by x in GF(2^5) modulo the irreducible polynomial x^5 + x^2 + 1. */
function timesX(value: number): number {
  return ((value << 1) ^ (value & 0x10 ? 0x25 : 0)) & 0x1f;
}

/**
 * Damm's operation a∘b = x·a + b over GF(32): a quasigroup in which (c∘a)∘b = (c∘b)∘a only
 * when a = b, which is what makes the check catch every adjacent swap.
 */
function dammInterim(digits: Iterable<number>): number {
  let interim = 0;
  for (const digit of digits) interim = timesX(interim) ^ digit;
  return interim;
}

function checkSymbol(data: string): string {
  // The symbol c with interim∘c = 0, i.e. x·interim + c = 0; in characteristic 2, c = x·interim.
  const symbol = ALPHABET[timesX(dammInterim([...data].map((char) => ALPHABET.indexOf(char))))];
  if (symbol === undefined) throw new RangeError('check symbol out of range');
  return symbol;
}

function format(data: string, check: string): string {
  return `${data.slice(0, 4)}-${data.slice(4, 8)}-${data.slice(8, 12)}-${check}`;
}

/**
 * The reference number of the request whose id is `uuid`, formatted `XXXX-XXXX-XXXX-C`.
 *
 * @throws TypeError when `uuid` is not a UUIDv7.
 */
export function referenceFromId(uuid: string): string {
  if (!isUuidV7(uuid)) throw new TypeError(`not a UUIDv7: ${uuid}`);
  // The last 16 hex digits hold the 2 variant bits and the 62 bits of rand_b; the last 15 are pure rand_b.
  const value = BigInt(`0x${uuid.replace(/-/g, '').slice(-15)}`);
  let data = '';
  for (let i = DATA_LENGTH - 1; i >= 0; i -= 1) {
    data += ALPHABET[Number((value >> (BigInt(i) * BITS_PER_CHAR)) & 31n)];
  }
  return format(data, checkSymbol(data));
}

/**
 * Reads a reference number as a person might type it: any case, with or without spaces and
 * hyphens, with I or L for 1 and O for 0. Returns the canonical `XXXX-XXXX-XXXX-C` form, or
 * undefined when the text is not a reference number or its check symbol does not match.
 */
export function parseReference(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (compact.length !== DATA_LENGTH + 1) return undefined;
  const data = compact.slice(0, DATA_LENGTH);
  const check = compact.slice(DATA_LENGTH);
  if (![...data].every((char) => ALPHABET.includes(char))) return undefined;
  return checkSymbol(data) === check ? format(data, check) : undefined;
}
