import type { ServiceKind } from '../model/service';
import { searchTokens } from './normalize';
import { buildServiceIndex, type IndexedService, type SearchableDepartment, type ServiceIndex } from './service-index';
import { buildVocabulary, matchTerms, type TermMatch, type Vocabulary } from './term-match';

/** One service found by a search; `score` only orders hits of the same query. */
export interface SearchHit {
  serviceId: string;
  departmentCode: string;
  score: number;
}

export interface SearchOptions {
  /** Most hits to return; 10 when left out. */
  limit?: number;
  /** Only services of these kinds; all kinds when left out or empty. */
  kinds?: readonly ServiceKind[];
}

export interface ServiceSearch {
  /** Services for what someone typed, best first; [] when nothing in it names a service. */
  search(query: string, options?: SearchOptions): SearchHit[];
}

const DEFAULT_LIMIT = 10;
/** How much a name that fits the query closely, and in the same word order, lifts a service. */
const FIT_BONUS = 0.5;
const ORDER_BONUS = 0.3;

/** What the query's words found in one field of one service. */
interface FieldEvidence {
  /** Per query word: the best weighted match in this field, 0 when none. */
  readonly strengths: number[];
  /** Per query word: the positions in this field it matched. */
  readonly positions: number[][];
}

/**
 * Builds the search once per catalog (a rev): folding every name and keyword up front is what makes
 * each query cheap enough to run on every keystroke in the field app.
 */
export function buildServiceSearch(departments: readonly SearchableDepartment[]): ServiceSearch {
  const index = buildServiceIndex(departments);
  const vocabulary = buildVocabulary(index.terms.keys());
  return { search: (query, options) => search(index, vocabulary, query, options ?? {}) };
}

function search(index: ServiceIndex, vocabulary: Vocabulary, query: string, options: SearchOptions): SearchHit[] {
  const limit = Math.floor(options.limit ?? DEFAULT_LIMIT);
  // Repeating a word ("bill bill") must not count it twice.
  const words = [...new Set(searchTokens(query))];
  if (words.length === 0 || limit <= 0) return [];
  const kinds = options.kinds?.length ? new Set(options.kinds) : undefined;

  const { evidence, bestPossible } = collectEvidence(index, vocabulary, words, kinds);
  const possible = bestPossible.reduce((sum, value) => sum + value, 0);
  const hits: SearchHit[] = [];
  for (const [serviceIndex, fields] of evidence) {
    const service = index.services[serviceIndex];
    if (!service) continue;
    const score = scoreService(service, fields, words.length, possible);
    hits.push({ serviceId: service.id, departmentCode: service.departmentCode, score });
  }
  hits.sort((a, b) => b.score - a.score || (a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0));
  return hits.slice(0, limit);
}

/** Looks every query word up in the vocabulary and notes, per service and field, what it matched. */
function collectEvidence(
  index: ServiceIndex,
  vocabulary: Vocabulary,
  words: readonly string[],
  kinds: ReadonlySet<ServiceKind> | undefined,
) {
  const evidence = new Map<number, Map<number, FieldEvidence>>();
  const bestPossible = words.map((word, wordIndex) => {
    let best = 0;
    const matches = matchTerms(word, vocabulary);
    const cap = idfCap(index, matches);
    for (const { term, similarity } of matches) {
      const entry = index.terms.get(term);
      if (!entry) continue;
      const strength = similarity * Math.min(entry.idf, cap);
      best = Math.max(best, strength);
      for (const posting of entry.postings) {
        const service = index.services[posting.service];
        const field = service?.fields[posting.field];
        if (!service || !field || (kinds && !kinds.has(service.kind))) continue;
        let fields = evidence.get(posting.service);
        if (!fields) evidence.set(posting.service, (fields = new Map()));
        let found = fields.get(posting.field);
        if (!found) {
          found = { strengths: words.map(() => 0), positions: words.map(() => []) };
          fields.set(posting.field, found);
        }
        found.strengths[wordIndex] = Math.max(found.strengths[wordIndex] ?? 0, strength * field.weight);
        found.positions[wordIndex]?.push(posting.position);
      }
    }
    return best;
  });
  return { evidence, bestPossible };
}

/**
 * A near match may not weigh more than the word itself: "certificate" also reaches the rare plural
 * "certificates", and without a cap that one service would outrank every real certificate. The word
 * is represented by its closest matches (the exact word when it is in the catalog, else the nearest
 * spelling), and no other match counts as rarer than they are.
 */
function idfCap(index: ServiceIndex, matches: readonly TermMatch[]): number {
  const closest = Math.max(0, ...matches.map((match) => match.similarity));
  let cap = 0;
  for (const match of matches) {
    if (match.similarity === closest) cap = Math.max(cap, index.terms.get(match.term)?.idf ?? 0);
  }
  return cap;
}

/**
 * The sum of each query word's best match (rare words weigh more), scaled by the share of query words
 * found, then lifted when one name or keyword both explains the query and is explained by it ("income
 * certificate" fits "Income Certificate" better than "Agriculture Income Certificate") and when its
 * words come in the query's order.
 */
function scoreService(
  service: IndexedService,
  fields: ReadonlyMap<number, FieldEvidence>,
  wordCount: number,
  possible: number,
): number {
  const best = new Array<number>(wordCount).fill(0);
  let fit = 0;
  let order = 0;
  for (const [fieldIndex, found] of fields) {
    const field = service.fields[fieldIndex];
    if (!field) continue;
    let sum = 0;
    const covered = new Set<number>();
    found.strengths.forEach((strength, wordIndex) => {
      best[wordIndex] = Math.max(best[wordIndex] ?? 0, strength);
      sum += strength;
      for (const position of found.positions[wordIndex] ?? []) covered.add(position);
    });
    fit = Math.max(fit, (sum / possible) * (covered.size / field.length));
    if (wordCount > 1) order = Math.max(order, (adjacentPairs(found.positions) / (wordCount - 1)) * field.weight);
  }
  const total = best.reduce((sum, value) => sum + value, 0);
  const found = best.filter((value) => value > 0).length;
  const score = total * (found / wordCount) * (1 + FIT_BONUS * fit + ORDER_BONUS * order);
  // Rounded so that scores print cleanly and near-equal services fall back to the id order.
  return Math.round(score * 10_000) / 10_000;
}

/** How many neighbouring query words also stand side by side, in that order, in the field. */
function adjacentPairs(positions: readonly number[][]): number {
  let pairs = 0;
  for (let wordIndex = 0; wordIndex + 1 < positions.length; wordIndex += 1) {
    const next = new Set(positions[wordIndex + 1]);
    if (positions[wordIndex]?.some((position) => next.has(position + 1))) pairs += 1;
  }
  return pairs;
}
