import type { FieldValue } from '../../../shared/model/form-field';

/** Whether two answers are the same value, whatever order an object's keys arrived in. */
export function sameAnswer(a: FieldValue | undefined | null, b: FieldValue | undefined | null): boolean {
  if (a === b) return true;
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  const keysA = Object.keys(a).sort();
  const keysB = Object.keys(b).sort();
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (key, i) => key === keysB[i] && (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key],
    )
  );
}

/** Keys whose answers differ between two answer sets. */
export function changedKeys(
  before: Readonly<Record<string, FieldValue>>,
  after: Readonly<Record<string, FieldValue>>,
): Set<string> {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return new Set([...keys].filter((key) => !sameAnswer(before[key], after[key])));
}
