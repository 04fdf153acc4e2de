import type { Effect, Outcomes } from '../effects';
import { probeAttachment } from '../form/answer';
import type { StateOf } from '../session';
import type { Turn } from '../turn';
import { askPhoto, confirmGrievance, draftOf, PHOTO, PHOTO_MAX_BYTES, renderGrievance } from './grievance';
import { settle, showMainMenu } from './main-menu';

/** What became of a grievance's photo download and of its filing. */

export function onGrievancePhotoOutcome(
  turn: Turn,
  state: StateOf<'grievance'>,
  outcome: Outcomes['download_media'],
): void {
  if (state.phase.name !== 'downloading') return;
  const { category, description } = state.phase;
  const draft = { category, description };
  switch (outcome.status) {
    case 'failed':
      return askPhoto(turn, draft, turn.m.form.fileFailed);
    case 'too_large':
      return askPhoto(turn, draft, probeAttachment(turn, PHOTO, 'image/jpeg', PHOTO_MAX_BYTES + 1));
    case 'ok': {
      const refusal = probeAttachment(turn, PHOTO, outcome.attachment.mimeType, outcome.attachment.sizeBytes);
      if (refusal) return askPhoto(turn, draft, refusal);
      return confirmGrievance(turn, { ...draft, photo: outcome.attachment });
    }
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled outcome ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Like filed applications, a filed grievance is always acknowledged, even if the citizen moved on. */
export function onGrievanceOutcome(
  turn: Turn,
  effect: Extract<Effect, { kind: 'create_grievance' }>,
  outcome: Outcomes['create_grievance'],
): void {
  const state = turn.session.state;
  const waiting =
    state.name === 'grievance' && state.phase.name === 'submitting' && state.phase.effectId === effect.effectId;
  const m = turn.m;
  if (outcome.status === 'created') {
    if (waiting) settle(turn, m.grievance.submitted(outcome.reference));
    else turn.say(m.grievance.submitted(outcome.reference));
    return;
  }
  if (!waiting || state.name !== 'grievance' || state.phase.name !== 'submitting') {
    turn.say(m.submit.lostFailure);
    return;
  }
  if (!outcome.retryable) {
    showMainMenu(turn, m.submit.failedFinal);
    return;
  }
  const failed: StateOf<'grievance'> = {
    name: 'grievance',
    phase: { name: 'submit_failed', ...draftOf(state.phase), id: state.phase.id },
  };
  turn.go(failed);
  renderGrievance(turn, failed);
}
