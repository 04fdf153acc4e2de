import { ENGLISH_STOP_WORDS, TELUGU_STOP_WORDS } from './stop-words';
import { hasTelugu, transliterateTelugu } from './transliterate';

/**
 * Turns free text (English, Telugu script, romanized Telugu) into search tokens that meet across
 * spellings: "aadaya pathram", "adaya patram" and "ఆదాయ పత్రం" all become `['adaya', 'patram']`.
 * The index and the query go through the same steps, so whatever one side loses the other loses too.
 */

/** Letters with their combining marks, digits and the joiners that sit inside Telugu words. */
const WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]+/gu;
/** Apostrophes join ("Minister's" is one word) instead of splitting off a stray "s". */
const APOSTROPHES = /['\u2018\u2019\u02BC]/gu;
const COMBINING_MARKS = /\p{M}/gu;
const NOT_ASCII_WORD = /[^a-z0-9]/g;

/** Splits text into raw words, lowercased; no folding and no stop-word removal. */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').toLowerCase().replace(APOSTROPHES, '').match(WORD) ?? [];
}

/** A word as lowercase ASCII: Telugu romanized, Latin diacritics stripped, anything else dropped. */
function plainToken(word: string): string {
  const latin = hasTelugu(word) ? transliterateTelugu(word) : word;
  return latin.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(NOT_ASCII_WORD, '');
}

/**
 * Folds the spelling differences that free romanization produces. Order matters: aspirates go
 * first so "dhh" and "tth" settle, long vowels before doubled letters so "ee" becomes "i" and not "e".
 */
function phoneticFold(plain: string): string {
  return (
    plain
      // Aspirates and digraphs: th→t, dh→d, kh→k, gh→g, ph→p, bh→b, ch→c, jh→j, sh→s.
      .replace(/([bcdgjkpst])h+/g, '$1')
      .replace(/ck/g, 'k')
      // Letters people swap freely: v/w, z/j, q/k, f/ph.
      .replace(/w/g, 'v')
      .replace(/z/g, 'j')
      .replace(/q/g, 'k')
      .replace(/f/g, 'p')
      // Long vowels as typed: ee/ii → i, oo/uu → u; aa folds with the doubled letters below.
      .replace(/ee+/g, 'i')
      .replace(/oo+/g, 'u')
      // Doubled letters (pattadar/patadar, aa/a) but not digits: "1100" must stay a number.
      .replace(/([a-z])\1+/g, '$1')
  );
}

/** Folds one word (any script) to the form the index compares; may return '' for a word of symbols. */
export function foldToken(word: string): string {
  return phoneticFold(plainToken(word));
}

const ENGLISH_STOPS = new Set(ENGLISH_STOP_WORDS);
const TELUGU_STOPS = new Set(TELUGU_STOP_WORDS.map(foldToken));

/** True when `word` only says how something is asked for ("please", "నాకు"), not what. */
export function isStopWord(word: string): boolean {
  // English stop words apply to Latin words only: a romanized Telugu word may spell "in" or "am".
  if (!hasTelugu(word) && ENGLISH_STOPS.has(plainToken(word))) return true;
  return TELUGU_STOPS.has(foldToken(word));
}

/** Text to folded search tokens, in order, stop words and empty tokens removed. */
export function searchTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const word of tokenize(text)) {
    if (isStopWord(word)) continue;
    const folded = foldToken(word);
    if (folded) tokens.push(folded);
  }
  return tokens;
}
