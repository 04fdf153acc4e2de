/**
 * Packed text: a string from one 128-code-point Unicode block mixed with ASCII, at one byte a
 * character. Telugu costs three bytes a character in UTF-8, which zlib barely shrinks in a QR's
 * few hundred bytes; a long Telugu name and a guardian's name alone would push an income
 * certificate past QR version 15. Packed, they take a third of the room.
 *
 * Layout (a CBOR byte string where a text string would be): `[window, ...codes]`. The window w
 * (1–255) names the block starting at U+(w·128) — 24 for Telugu (U+0C00), 18 for Devanagari,
 * and so on for every Indic script. A code b below 128 is U+(w·128 + b); a code of 128 or more
 * is the ASCII character b − 128. Like a one-window SCSU, but small enough to read at a glance.
 */

const BLOCK = 128;

/** The packed form, or `undefined` when the text is all ASCII or spans more than one block (UTF-8 is kept then). */
export function packText(text: string): Uint8Array<ArrayBuffer> | undefined {
  const codePoints = Array.from(text, (char) => char.codePointAt(0) ?? 0);
  const window = codePoints.find((codePoint) => codePoint >= BLOCK);
  if (window === undefined) return undefined;
  const windowIndex = Math.floor(window / BLOCK);
  if (windowIndex > 255) return undefined;
  const packed = new Uint8Array(codePoints.length + 1);
  packed[0] = windowIndex;
  for (const [i, codePoint] of codePoints.entries()) {
    if (codePoint < BLOCK) packed[i + 1] = codePoint + BLOCK;
    else if (Math.floor(codePoint / BLOCK) === windowIndex) packed[i + 1] = codePoint % BLOCK;
    else return undefined;
  }
  return packed;
}

/** The text a packed byte string stands for, or `undefined` when it is not packed text. */
export function unpackText(packed: Uint8Array): string | undefined {
  const windowIndex = packed[0];
  if (windowIndex === undefined || windowIndex === 0) return undefined;
  let text = '';
  for (const code of packed.subarray(1)) {
    text += String.fromCodePoint(code >= BLOCK ? code - BLOCK : windowIndex * BLOCK + code);
  }
  return text;
}
