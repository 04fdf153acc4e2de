import type { Application } from '../session';
import type { Turn } from '../turn';

/**
 * Applications set aside — by a timeout, MENU, a language change — are kept in
 * `Session.draft` for `draftRetentionHours` after the citizen last touched them, then forgotten.
 */

const HOUR_MS = 60 * 60 * 1000;

/** The set-aside application if it is still within its retention and its service still exists. */
export function liveDraft(turn: Turn): Application | undefined {
  const draft = turn.session.draft;
  if (!draft) return undefined;
  const age = turn.now.getTime() - Date.parse(draft.updatedAt);
  if (age > turn.config.draftRetentionHours * HOUR_MS) return undefined;
  return turn.catalog.service(draft.serviceId) ? draft : undefined;
}

/** Forgets a draft that is past its retention (personal data is not kept longer than promised). */
export function dropExpiredDraft(turn: Turn): void {
  if (turn.session.draft && !liveDraft(turn)) turn.patch({ draft: undefined });
}

/**
 * Moves an application in progress to `draft` — also one waiting for a new place to be chosen —
 * unless it is being submitted (its result will say).
 */
export function setAsideApplication(turn: Turn): void {
  const state = turn.session.state;
  const application =
    state.name === 'choosing_place' && state.then.flow === 'review'
      ? state.then.application
      : state.name === 'applying' && state.phase.name !== 'submitting'
        ? state.application
        : undefined;
  if (!application) return;
  turn.patch({ draft: application });
  // An application untouched for longer than the retention is not kept, even for a moment.
  dropExpiredDraft(turn);
}
