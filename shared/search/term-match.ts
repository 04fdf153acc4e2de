import { boundedEditDistance } from './edit-distance';

/** How closely a query word matched a word of the index, from 1 (the same word) down. */
export interface TermMatch {
  term: string;
  similarity: number;
}

/** The index's words with a letter fingerprint each, so most words can be ruled out without an edit distance. */
export interface Vocabulary {
  readonly terms: readonly string[];
  readonly masks: Uint32Array;
}

const EXACT = 1;
const FUZZY_ONE_EDIT = 0.75;
const FUZZY_TWO_EDITS = 0.55;
const FUZZY_PREFIX = 0.5;
const HAS_DIGIT = /\d/;

/**
 * Which letters a word contains, one bit per letter (digits share bits with letters, which only makes
 * the test below weaker, never wrong). Every letter of one word missing from the other costs at
 * least one edit, so the count of such letters is a lower bound on the edit distance.
 */
function letterMask(word: string): number {
  let mask = 0;
  for (let index = 0; index < word.length; index += 1) mask |= 1 << (word.charCodeAt(index) & 31);
  return mask >>> 0;
}

function bitCount(value: number): number {
  let count = 0;
  for (let rest = value >>> 0; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/**
 * A prefix is worth more the more of the word it covers: "incom" says more about "income" than
 * "inc" does. Stays below an exact match.
 */
function prefixSimilarity(shorter: number, longer: number): number {
  return 0.55 + 0.3 * (shorter / longer);
}

/** Edits tolerated for a query word of this length: none for short words, where one edit is a new word. */
function editBudget(query: string): number {
  // Numbers are identifiers (helplines, form numbers): a near miss is a different number.
  if (query.length < 4 || HAS_DIGIT.test(query)) return 0;
  return query.length <= 7 ? 1 : 2;
}

function similarity(query: string, queryMask: number, budget: number, term: string, termMask: number): number {
  if (query === term) return EXACT;
  let best = 0;
  if (query.length >= 3 && term.startsWith(query)) best = prefixSimilarity(query.length, term.length);
  else if (term.length >= 4 && query.startsWith(term)) best = prefixSimilarity(term.length, query.length);
  if (budget === 0 || HAS_DIGIT.test(term)) return best;

  const missingFromTerm = bitCount(queryMask & ~termMask);
  if (
    best < FUZZY_ONE_EDIT &&
    Math.abs(query.length - term.length) <= budget &&
    missingFromTerm <= budget &&
    bitCount(termMask & ~queryMask) <= budget
  ) {
    const distance = boundedEditDistance(query, term, budget);
    if (distance === 1) best = Math.max(best, FUZZY_ONE_EDIT);
    else if (distance === 2 && budget >= 2) best = Math.max(best, FUZZY_TWO_EDITS);
  }
  if (best < FUZZY_PREFIX && query.length >= 5 && term.length > query.length && missingFromTerm <= 1) {
    if (boundedEditDistance(query, term.slice(0, query.length), 1) <= 1) best = FUZZY_PREFIX;
  }
  return best;
}

/**
 * How well `query` matches `term`, or 0. In order of strength: the same word; the query is the
 * start of the word (typing cut short, three letters at least); the word is the start of the query
 * (a Telugu case ending or an English plural: "పత్రంలో", "certificates"); one typing slip in a word
 * of 4 to 7 letters, two in a longer one; a slip inside a cut-short word ("dhruva" for "dhruvikarana").
 */
export function termSimilarity(query: string, term: string): number {
  return similarity(query, letterMask(query), editBudget(query), term, letterMask(term));
}

export function buildVocabulary(terms: Iterable<string>): Vocabulary {
  const list = [...terms];
  return { terms: list, masks: Uint32Array.from(list, letterMask) };
}

/** Every word of the vocabulary that `query` matches, with how well. */
export function matchTerms(query: string, vocabulary: Vocabulary): TermMatch[] {
  const queryMask = letterMask(query);
  const budget = editBudget(query);
  const matches: TermMatch[] = [];
  vocabulary.terms.forEach((term, index) => {
    const score = similarity(query, queryMask, budget, term, vocabulary.masks[index] ?? 0);
    if (score > 0) matches.push({ term, similarity: score });
  });
  return matches;
}
