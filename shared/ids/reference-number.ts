import { isUuidV7 } from './uuid-v7';

/**
 * Human reference numbers such as `HH6W-1G60-EECF-H`, read out over the phone and typed back
 * into WhatsApp. They are derived from the request's UUIDv7, so a field device that is offline
 * can tell the citizen the number at once and the server will arrive at the same one.
 *
 * The 12 data characters carry 60 random bits of the UUID (from `rand_b`, not the timestamp,
 * which would make numbers minted close together look alike and reveal when a request was made)
 * in Crockford base32, which has no I, L, O or U to misread. A final Crockford mod-37 check
 * symbol catches any single wrong character and any two adjacent characters swapped.
 *
 * Sixty bits make a collision unlikely but not impossible, so the server must still treat the
 * reference as a lookup key that can, very rarely, match more than one request.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
// Crockford's extra check symbols for values 32–36.
const CHECK_ALPHABET = `${ALPHABET}*~$=U`;
const DATA_LENGTH = 12;
const BITS_PER_CHAR = 5n;
const CHECK_MODULUS = 37n;

function checkSymbol(value: bigint): string {
  const symbol = CHECK_ALPHABET[Number(value % CHECK_MODULUS)];
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
  return format(data, checkSymbol(value));
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
  let value = 0n;
  for (const char of data) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = (value << BITS_PER_CHAR) | BigInt(digit);
  }
  return checkSymbol(value) === check ? format(data, check) : undefined;
}
