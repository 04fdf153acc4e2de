/**
 * Telugu script to a plain ASCII romanization, so that "ఆదాయ" and "aadaya" can be compared once both
 * are folded (see `foldToken`). The scheme is deliberately close to how people type Telugu on a
 * Latin keyboard rather than to a scholarly standard: long ī and ū come out doubled ("ii", "uu")
 * because citizens write "ee"/"oo" for them, while long ē and ō come out single because citizens
 * write "e"/"o" for those ("dedu", not "deedu"). Characters outside the Telugu block pass through.
 */

/** Consonants, without their inherent vowel. */
const CONSONANTS: Readonly<Record<string, string>> = {
  క: 'k',
  ఖ: 'kh',
  గ: 'g',
  ఘ: 'gh',
  ఙ: 'n',
  చ: 'ch',
  ఛ: 'chh',
  జ: 'j',
  ఝ: 'jh',
  ఞ: 'n',
  ట: 't',
  ఠ: 'th',
  డ: 'd',
  ఢ: 'dh',
  ణ: 'n',
  త: 't',
  థ: 'th',
  ద: 'd',
  ధ: 'dh',
  న: 'n',
  ప: 'p',
  ఫ: 'ph',
  బ: 'b',
  భ: 'bh',
  మ: 'm',
  య: 'y',
  ర: 'r',
  ఱ: 'r',
  ల: 'l',
  ళ: 'l',
  ఴ: 'l',
  వ: 'v',
  శ: 'sh',
  ష: 'sh',
  స: 's',
  హ: 'h',
  '\u0C58': 'ts',
  '\u0C59': 'dz',
  '\u0C5A': 'r',
};

/** Vowels written as letters of their own (at the start of a word or after another vowel). */
const VOWELS: Readonly<Record<string, string>> = {
  అ: 'a',
  ఆ: 'aa',
  ఇ: 'i',
  ఈ: 'ii',
  ఉ: 'u',
  ఊ: 'uu',
  ఋ: 'ru',
  ౠ: 'ruu',
  ఌ: 'lu',
  ౡ: 'luu',
  ఎ: 'e',
  ఏ: 'e',
  ఐ: 'ai',
  ఒ: 'o',
  ఓ: 'o',
  ఔ: 'au',
};

/** Vowel signs: they replace the inherent 'a' of the consonant before them. */
const VOWEL_SIGNS: Readonly<Record<string, string>> = {
  '\u0C3E': 'aa',
  '\u0C3F': 'i',
  '\u0C40': 'ii',
  '\u0C41': 'u',
  '\u0C42': 'uu',
  '\u0C43': 'ru',
  '\u0C44': 'ruu',
  '\u0C46': 'e',
  '\u0C47': 'e',
  '\u0C48': 'ai',
  '\u0C4A': 'o',
  '\u0C4B': 'o',
  '\u0C4C': 'au',
  '\u0C62': 'lu',
  '\u0C63': 'luu',
};

const VIRAMA = '\u0C4D';
const ANUSVARA = '\u0C02';
/** Marks that change nothing a search cares about: nukta, length marks, joiners. */
const IGNORED = new Set(['\u0C3C', '\u0C55', '\u0C56', '\u200C', '\u200D']);
/** Everything else in the block that has a sound or a value of its own. */
const OTHERS: Readonly<Record<string, string>> = {
  '\u0C00': 'm',
  '\u0C01': 'n',
  '\u0C03': 'h',
  '\u0C04': 'm',
  '\u0C3D': '',
};

const TELUGU = /[\u0C00-\u0C7F]/u;
const TELUGU_DIGIT_ZERO = 0x0c66;

/** True when `text` holds at least one character of the Telugu block. */
export function hasTelugu(text: string): boolean {
  return TELUGU.test(text);
}

/**
 * The anusvara (ం) sounds like the nasal of the consonant after it: "n" before the stops of the
 * velar to dental rows (పంట → "panta"), "m" before labials, other consonants and at the end of a
 * word (పత్రం → "patram"), which is how it is usually typed.
 */
function anusvara(next: string | undefined): string {
  if (next === undefined) return 'm';
  const code = next.codePointAt(0) ?? 0;
  return code >= 0x0c15 && code <= 0x0c28 ? 'n' : 'm';
}

/** The next character that is not a joiner, so ZWJ/ZWNJ never change how a letter reads. */
function nextSignificant(chars: readonly string[], from: number): string | undefined {
  for (let index = from; index < chars.length; index += 1) {
    const char = chars[index];
    if (char !== '\u200C' && char !== '\u200D') return char;
  }
  return undefined;
}

/** Romanizes the Telugu letters of `text`; everything else is kept as it is. */
export function transliterateTelugu(text: string): string {
  if (!hasTelugu(text)) return text;
  const chars = Array.from(text.normalize('NFC'));
  let out = '';
  // After a consonant its inherent 'a' is owed until a vowel sign or virama says otherwise.
  let owesA = false;
  const settle = () => {
    if (owesA) out += 'a';
    owesA = false;
  };

  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index] ?? '';
    if (IGNORED.has(char)) continue;
    const sign = VOWEL_SIGNS[char];
    if (sign !== undefined) {
      out += sign;
      owesA = false;
      continue;
    }
    if (char === VIRAMA) {
      owesA = false;
      continue;
    }
    settle();
    const consonant = CONSONANTS[char];
    if (consonant !== undefined) {
      out += consonant;
      owesA = true;
      continue;
    }
    if (char === ANUSVARA) {
      out += anusvara(nextSignificant(chars, index + 1));
      continue;
    }
    const code = char.codePointAt(0) ?? 0;
    if (code >= TELUGU_DIGIT_ZERO && code <= TELUGU_DIGIT_ZERO + 9) {
      out += String(code - TELUGU_DIGIT_ZERO);
      continue;
    }
    out += VOWELS[char] ?? OTHERS[char] ?? (TELUGU.test(char) ? '' : char);
  }
  settle();
  return out;
}
