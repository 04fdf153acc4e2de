import { ABBREVIATIONS, TRAILING_CONNECTORS } from './abbreviations';
import { LIMITS, textLength } from './limits';

/**
 * Fits names into the Cloud API's short fields without ever cutting a word: a row titled
 * "Income Certif" is not acceptable, and in Telugu a cut inside a cluster can turn one word
 * into another. In order, until the text fits: the text as it is; without bracketed asides;
 * with the abbreviations of `abbreviations.ts`; whole words followed by an ellipsis. Words are
 * found in grapheme clusters (Intl.Segmenter), so a break never falls inside a Telugu cluster.
 * When not even the first word fits, the answer is `undefined` and the caller chooses a
 * fallback (such as a numbered title) and puts the full name elsewhere.
 */

export const ELLIPSIS = '…';

export interface FitOptions {
  /** Drop "(…)" and "[…]" asides before cutting; right for titles, where the full name is shown beside. */
  dropBrackets?: boolean;
  /** Use the known abbreviations ("Certificate" → "Cert."). */
  abbreviate?: boolean;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WHITESPACE = /^\s+$/u;
const BRACKETED = /\s*[([][^()[\]]*[)\]]/gu;
const TRAILING_PUNCTUATION = /[\s,;:.–—\-/&+([]+$/u;

/** Collapses runs of whitespace; NFC so the same Telugu text measures the same however it was typed. */
function clean(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Whole words, split only at graphemes that are nothing but whitespace. */
function splitWords(text: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(text)) {
    if (WHITESPACE.test(segment)) {
      if (current) words.push(current);
      current = '';
    } else {
      current += segment;
    }
  }
  if (current) words.push(current);
  return words;
}

function abbreviateAll(text: string): string {
  return clean(ABBREVIATIONS.reduce((result, rule) => result.replace(rule.pattern, rule.replacement), text));
}

/** Removes connectors and dangling punctuation from the end of a word list. */
function trimTail(words: string[]): string[] {
  const kept = [...words];
  for (;;) {
    const last = kept.at(-1);
    if (last === undefined) return kept;
    const stripped = last.replace(TRAILING_PUNCTUATION, '');
    if (stripped === '' || TRAILING_CONNECTORS.has(stripped.toLowerCase())) {
      kept.pop();
      continue;
    }
    kept[kept.length - 1] = stripped;
    return kept;
  }
}

/** An aside cut open ("Certificate (Caste…") is dropped whole rather than left unbalanced. */
function closeBrackets(words: string[]): string[] {
  let depth = 0;
  let openedAt = -1;
  words.forEach((word, index) => {
    for (const char of word) {
      if (char === '(' || char === '[') {
        if (depth === 0) openedAt = index;
        depth += 1;
      } else if ((char === ')' || char === ']') && depth > 0) {
        depth -= 1;
      }
    }
  });
  return depth > 0 ? words.slice(0, openedAt) : words;
}

/** The longest run of whole words from the start that fits with an ellipsis, or undefined. */
function cutAtWord(text: string, max: number): string | undefined {
  const words = splitWords(text);
  let best: string | undefined;
  // Every prefix is tried: trimming connectors and open asides makes lengths non-monotonic.
  for (let count = 1; count < words.length; count += 1) {
    const kept = trimTail(closeBrackets(words.slice(0, count)));
    if (kept.length === 0) continue;
    const candidate = kept.join(' ') + ELLIPSIS;
    const length = textLength(candidate);
    if (length <= max && (best === undefined || length > textLength(best))) best = candidate;
  }
  return best;
}

/** `text` made to fit in `max` (see the module comment), or undefined when no whole word fits. */
export function fitText(text: string, max: number, options: FitOptions = {}): string | undefined {
  const original = clean(text);
  if (original === '') return undefined;
  const candidates = [original];
  let shortest = original;
  if (options.dropBrackets) {
    const bare = clean(original.replace(BRACKETED, ''));
    if (bare !== '') candidates.push((shortest = bare));
  }
  if (options.abbreviate) candidates.push((shortest = abbreviateAll(shortest)));
  const fitting = candidates.find((candidate) => textLength(candidate) <= max);
  return fitting ?? cutAtWord(shortest, max);
}

/** A list row title (24), shortened by every means; undefined when not even one word fits. */
export function fitTitle(text: string, max: number = LIMITS.rowTitle): string | undefined {
  return fitText(text, max, { dropBrackets: true, abbreviate: true });
}

/** A list row description (72): the full name where it fits, keeping its asides where they fit. */
export function fitDescription(text: string, max: number = LIMITS.rowDescription): string | undefined {
  return fitText(text, max, { abbreviate: true });
}
