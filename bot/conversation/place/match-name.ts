import type { LocalizedText } from '../../../shared/i18n/languages';
import { normalizeTyped } from '../commands';

/** Dashes, dots and commas in place names ("Ward 4 – Arasavalli", "Dr. B.R. Ambedkar") are not typed the same way twice. */
function simplify(text: string): string {
  return normalizeTyped(text)
    .replace(/[–—\-.,()]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Shortest typed text that may pick a place by part of its name ("tenali" yes, "te" no). */
const MIN_PARTIAL = 3;

/**
 * The one item whose English or Telugu name is what the citizen typed: an exact match first,
 * then the only name that contains it. Undefined when nothing or more than one thing fits, so a
 * guess never files a request at the wrong secretariat.
 */
export function matchByName<T>(items: readonly T[], nameOf: (item: T) => LocalizedText, typed: string): T | undefined {
  const wanted = simplify(typed);
  if (wanted === '') return undefined;
  const names = items.map((item) => {
    const name = nameOf(item);
    return [simplify(name.en), simplify(name.te)];
  });
  const exact = items.filter((_, index) => names[index]?.includes(wanted));
  if (exact.length === 1) return exact[0];
  if (exact.length > 1 || [...wanted].length < MIN_PARTIAL) return undefined;
  const partial = items.filter((_, index) => names[index]?.some((name) => name.includes(wanted)));
  return partial.length === 1 ? partial[0] : undefined;
}
