import type { DraftValue } from '../db/rows';

/** Converting answers between what is stored or sent and what the form shows. No validation here. */

/** A stored answer as the form shows it again (numbers as text). */
export function toDraftValue(value: unknown): DraftValue | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) return value as DraftValue;
  return undefined;
}

/** Stored answers as form input values. */
export function toDraftAnswers(answers: Readonly<Record<string, unknown>>): Record<string, DraftValue> {
  const draft: Record<string, DraftValue> = {};
  for (const [key, value] of Object.entries(answers)) {
    const converted = toDraftValue(value);
    if (converted !== undefined) draft[key] = converted;
  }
  return draft;
}

/** The answers in `next` that differ from `before` (SYNC-CONFLICT-2: an amend carries only those). */
export function changedAnswers(
  before: Readonly<Record<string, unknown>>,
  next: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) changed[key] = value;
  }
  return changed;
}
