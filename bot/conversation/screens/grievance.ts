import { pick } from '../../../shared/i18n/pick';
import { FormFieldSchema, type AttachmentRef, type FormField } from '../../../shared/model/form-field';
import { validateField } from '../../../shared/validation';
import { fitText } from '../../whatsapp/fit-text';
import { buttonsMessage } from '../../whatsapp/outbound-builders';
import { contactOf } from '../contact';
import type { Effect, Outcomes } from '../effects';
import type { Input } from '../input';
import type { Action } from '../menu-ids';
import type { GrievancePhase, StateOf } from '../session';
import type { Turn } from '../turn';
import { probeAttachment } from '../form/answer';
import { hasConsent, showConsent } from './consent';
import { settle, showMainMenu } from './main-menu';

/**
 * A grievance: a description, an optional photo, confirm, `create_grievance`. Both answers are
 * checked by the shared validators, as if they were questions of a form.
 */

const DESCRIPTION: FormField = FormFieldSchema.parse({
  key: 'description',
  type: 'textarea',
  label: { en: 'Grievance', te: 'ఫిర్యాదు' },
  minLength: 10,
  maxLength: 4000,
});

const PHOTO_MAX_KB = 5120;
const PHOTO_MAX_BYTES = PHOTO_MAX_KB * 1024;
const PHOTO: FormField = FormFieldSchema.parse({
  key: 'photo',
  type: 'photo',
  label: { en: 'Photo', te: 'ఫోటో' },
  required: false,
  maxSizeKb: PHOTO_MAX_KB,
});

/** How much of the description the confirmation quotes (the whole message must stay under 1,024). */
const QUOTE_LENGTH = 700;

type Draft = { description: string; photo?: AttachmentRef };

export function startGrievance(turn: Turn): void {
  if (!hasConsent(turn)) {
    showConsent(turn, { flow: 'grievance' });
    return;
  }
  askDescription(turn);
}

function askDescription(turn: Turn, problem?: string): void {
  turn.say(problem ? `⚠️ ${problem}\n\n${turn.m.grievance.describe}` : turn.m.grievance.describe);
  turn.go({ name: 'grievance', phase: { name: 'describing' } });
}

function askPhoto(turn: Turn, description: string, problem?: string): void {
  const m = turn.m;
  const body = problem ? `⚠️ ${problem}\n\n${m.grievance.photo}` : m.grievance.photo;
  turn.send(
    buttonsMessage(body, [
      { id: turn.id({ do: 'grievance', choice: 'skip_photo' }), title: m.buttons.skipPhoto },
      { id: turn.id({ do: 'grievance', choice: 'cancel' }), title: m.buttons.cancel },
    ]),
  );
  turn.go({ name: 'grievance', phase: { name: 'photo', description } });
}

function confirm(turn: Turn, draft: Draft): void {
  const m = turn.m;
  const quote = fitText(draft.description, QUOTE_LENGTH) ?? '…';
  turn.send(
    buttonsMessage(m.grievance.confirm(quote, draft.photo !== undefined), [
      { id: turn.id({ do: 'grievance', choice: 'submit' }), title: m.buttons.submit },
      { id: turn.id({ do: 'grievance', choice: 'cancel' }), title: m.buttons.cancel },
    ]),
  );
  turn.go({ name: 'grievance', phase: { name: 'confirming', ...draft } });
}

function file(turn: Turn, draft: Draft, id: string = turn.newId()): void {
  const effectId = turn.newId();
  turn.effect({
    kind: 'create_grievance',
    effectId,
    id,
    description: draft.description,
    ...(draft.photo ? { photo: draft.photo } : {}),
    contact: contactOf(turn.session.citizenId),
    language: turn.language,
    filedAt: turn.nowIso,
  });
  turn.go({ name: 'grievance', phase: { name: 'submitting', ...draft, id, effectId } });
}

function draftOf(phase: Extract<GrievancePhase, { name: 'confirming' | 'submitting' | 'submit_failed' }>): Draft {
  return phase.photo ? { description: phase.description, photo: phase.photo } : { description: phase.description };
}

/** Shows the current step again. */
export function renderGrievance(turn: Turn, state: StateOf<'grievance'>): void {
  const phase = state.phase;
  switch (phase.name) {
    case 'describing':
      return askDescription(turn);
    case 'photo':
      return askPhoto(turn, phase.description);
    case 'downloading':
      return turn.say(turn.m.form.receivingFile);
    case 'confirming':
      return confirm(turn, draftOf(phase));
    case 'submitting':
      return turn.say(turn.m.form.stillWorking);
    case 'submit_failed':
      turn.send(
        buttonsMessage(turn.m.grievance.failed, [
          { id: turn.id({ do: 'retry' }), title: turn.m.buttons.retry },
          { id: turn.id({ do: 'grievance', choice: 'cancel' }), title: turn.m.buttons.cancel },
        ]),
      );
      return;
    default: {
      const unhandled: never = phase;
      throw new TypeError(`unhandled phase ${JSON.stringify(unhandled)}`);
    }
  }
}

export function onGrievanceInput(turn: Turn, state: StateOf<'grievance'>, input: Input): void {
  const phase = state.phase;
  const command = input.type === 'text' ? input.command : undefined;
  if (command === 'cancel' && phase.name !== 'submitting') return settle(turn, turn.m.grievance.cancelled);
  if (phase.name === 'describing' && input.type === 'text') {
    const result = validateField(DESCRIPTION, input.text, { today: turn.today });
    if (!result.ok) return askDescription(turn, pick(result.error.message, turn.language));
    return askPhoto(turn, String(result.value));
  }
  if (phase.name === 'photo' && input.type === 'media') {
    const mimeType = input.media.mimeType.toLowerCase();
    const refusal = probeAttachment(turn, PHOTO, mimeType, 1);
    if (refusal) return askPhoto(turn, phase.description, refusal);
    const effectId = turn.newId();
    turn.effect({
      kind: 'download_media',
      effectId,
      mediaId: input.media.mediaId,
      mimeType,
      maxBytes: PHOTO_MAX_BYTES,
    });
    turn.say(turn.m.form.receivingFile);
    return turn.go({ name: 'grievance', phase: { name: 'downloading', description: phase.description, effectId } });
  }
  if (phase.name === 'photo' && command === 'skip') return confirm(turn, { description: phase.description });
  renderGrievance(turn, state);
}

export function onGrievanceTap(turn: Turn, state: StateOf<'grievance'>, action: Action): void {
  const phase = state.phase;
  if (action.do === 'grievance' && action.choice === 'cancel' && phase.name !== 'submitting') {
    return settle(turn, turn.m.grievance.cancelled);
  }
  if (phase.name === 'photo' && action.do === 'grievance' && action.choice === 'skip_photo') {
    return confirm(turn, { description: phase.description });
  }
  if (phase.name === 'confirming' && action.do === 'grievance' && action.choice === 'submit') {
    return file(turn, draftOf(phase));
  }
  if (phase.name === 'submit_failed' && action.do === 'retry') return file(turn, draftOf(phase), phase.id);
  renderGrievance(turn, state);
}

export function onGrievancePhotoOutcome(
  turn: Turn,
  state: StateOf<'grievance'>,
  outcome: Outcomes['download_media'],
): void {
  if (state.phase.name !== 'downloading') return;
  const { description } = state.phase;
  switch (outcome.status) {
    case 'failed':
      return askPhoto(turn, description, turn.m.form.fileFailed);
    case 'too_large':
      return askPhoto(turn, description, probeAttachment(turn, PHOTO, 'image/jpeg', PHOTO_MAX_BYTES + 1));
    case 'ok': {
      const refusal = probeAttachment(turn, PHOTO, outcome.attachment.mimeType, outcome.attachment.sizeBytes);
      if (refusal) return askPhoto(turn, description, refusal);
      return confirm(turn, { description, photo: outcome.attachment });
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
