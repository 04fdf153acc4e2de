import { pick } from '../../../shared/i18n/pick';
import { FormFieldSchema, type AttachmentRef, type FormField } from '../../../shared/model/form-field';
import { validateField } from '../../../shared/validation';
import { fitText } from '../../whatsapp/fit-text';
import { LIMITS, textLength } from '../../whatsapp/limits';
import { buttonsMessage, listMessage } from '../../whatsapp/outbound-builders';
import { contactOf } from '../contact';
import { probeAttachment } from '../form/answer';
import { GRIEVANCE_CATEGORIES, type GrievanceCategory } from '../grievance-category';
import { MESSAGES } from '../i18n/messages';
import type { Input } from '../input';
import type { Action } from '../menu-ids';
import { currentPlace, describePlace } from '../place/current-place';
import { matchByName } from '../place/match-name';
import { startPlacePicker } from '../place/place-picker';
import type { GrievancePhase, StateOf } from '../session';
import type { Turn } from '../turn';
import { hasConsent, showConsent } from './consent';
import { settle } from './main-menu';

/**
 * A grievance: the secretariat (asked once), a topic, a description, an optional photo,
 * confirm, `create_grievance`. The answers are checked by the shared validators, as if they
 * were questions of a form. Outcomes are in `grievance-outcome.ts`.
 */

const DESCRIPTION: FormField = FormFieldSchema.parse({
  key: 'description',
  type: 'textarea',
  label: { en: 'Grievance', te: 'ఫిర్యాదు' },
  minLength: 10,
  maxLength: 4000,
});

export const PHOTO_MAX_KB = 5120;
export const PHOTO_MAX_BYTES = PHOTO_MAX_KB * 1024;
export const PHOTO: FormField = FormFieldSchema.parse({
  key: 'photo',
  type: 'photo',
  label: { en: 'Photo', te: 'ఫోటో' },
  required: false,
  maxSizeKb: PHOTO_MAX_KB,
});

/** Most of the description the confirmation quotes; less when the rest of the message needs the room. */
const QUOTE_LENGTH = 700;

export type GrievanceDraft = { category: GrievanceCategory; description: string; photo?: AttachmentRef };

export function startGrievance(turn: Turn): void {
  if (!hasConsent(turn)) return showConsent(turn, { flow: 'grievance' });
  if (!currentPlace(turn)) return startPlacePicker(turn, { flow: 'grievance' });
  askCategory(turn);
}

export function askCategory(turn: Turn, ...before: string[]): void {
  const m = turn.m.grievance;
  const rows = GRIEVANCE_CATEGORIES.map((category) => ({
    id: turn.id({ do: 'category', category }),
    ...m.categories[category],
  }));
  turn.say(...before);
  turn.send(listMessage(m.categoryBody, m.categoryButton, rows));
  turn.go({ name: 'grievance', phase: { name: 'choosing_category' } });
}

function askDescription(turn: Turn, category: GrievanceCategory, problem?: string): void {
  turn.say(problem ? `⚠️ ${problem}\n\n${turn.m.grievance.describe}` : turn.m.grievance.describe);
  turn.go({ name: 'grievance', phase: { name: 'describing', category } });
}

export function askPhoto(turn: Turn, draft: Omit<GrievanceDraft, 'photo'>, problem?: string): void {
  const m = turn.m;
  const body = problem ? `⚠️ ${problem}\n\n${m.grievance.photo}` : m.grievance.photo;
  turn.send(
    buttonsMessage(body, [
      { id: turn.id({ do: 'grievance', choice: 'skip_photo' }), title: m.buttons.skipPhoto },
      { id: turn.id({ do: 'grievance', choice: 'cancel' }), title: m.buttons.cancel },
    ]),
  );
  turn.go({ name: 'grievance', phase: { name: 'photo', category: draft.category, description: draft.description } });
}

/** The confirmation: topic, secretariat, the description quoted (as much as fits), with Submit / Change place / Cancel. */
export function confirmGrievance(turn: Turn, draft: GrievanceDraft): void {
  const m = turn.m;
  const fields = {
    category: m.grievance.categories[draft.category].title,
    place: describePlace(turn) ?? '—',
    withPhoto: draft.photo !== undefined,
  };
  const room = LIMITS.interactiveBody - textLength(m.grievance.confirm({ ...fields, description: '' }));
  const quote = fitText(draft.description, Math.min(QUOTE_LENGTH, room)) ?? '…';
  turn.send(
    buttonsMessage(m.grievance.confirm({ ...fields, description: quote }), [
      { id: turn.id({ do: 'grievance', choice: 'submit' }), title: m.buttons.submit },
      { id: turn.id({ do: 'change_place' }), title: m.buttons.changePlace },
      { id: turn.id({ do: 'grievance', choice: 'cancel' }), title: m.buttons.cancel },
    ]),
  );
  turn.go({ name: 'grievance', phase: { name: 'confirming', ...draft } });
}

/** Files the grievance under `id` (a retry passes the first id, so it is never filed twice). */
function file(turn: Turn, draft: GrievanceDraft, id: string = turn.newId()): void {
  const current = currentPlace(turn);
  if (!current) return startPlacePicker(turn, { flow: 'grievance_confirm', ...draft });
  const effectId = turn.newId();
  turn.effect({
    kind: 'create_grievance',
    effectId,
    id,
    secretariatCode: current.place.secretariatCode,
    category: draft.category,
    description: draft.description,
    ...(draft.photo ? { photo: draft.photo } : {}),
    contact: contactOf(turn.session.citizenId),
    language: turn.language,
    filedAt: turn.nowIso,
  });
  turn.go({ name: 'grievance', phase: { name: 'submitting', ...draft, id, effectId } });
}

export function draftOf(phase: Extract<GrievancePhase, { name: 'confirming' | 'submitting' | 'submit_failed' }>) {
  const draft: GrievanceDraft = { category: phase.category, description: phase.description };
  if (phase.photo) draft.photo = phase.photo;
  return draft;
}

/** Shows the current step again. */
export function renderGrievance(turn: Turn, state: StateOf<'grievance'>): void {
  const phase = state.phase;
  switch (phase.name) {
    case 'choosing_category':
      return askCategory(turn);
    case 'describing':
      return askDescription(turn, phase.category);
    case 'photo':
      return askPhoto(turn, phase);
    case 'downloading':
      return turn.say(turn.m.form.receivingFile);
    case 'confirming':
      return confirmGrievance(turn, draftOf(phase));
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

/** A topic typed instead of tapped, in either language ("delay", "ఆలస్యం"). */
function typedCategory(turn: Turn, text: string): GrievanceCategory | undefined {
  const names = (category: GrievanceCategory) => ({
    en: MESSAGES.en.grievance.categories[category].title,
    te: MESSAGES.te.grievance.categories[category].title,
  });
  return matchByName(GRIEVANCE_CATEGORIES, names, text);
}

export function onGrievanceInput(turn: Turn, state: StateOf<'grievance'>, input: Input): void {
  const phase = state.phase;
  const command = input.type === 'text' ? input.command : undefined;
  if (command === 'cancel' && phase.name !== 'submitting') return settle(turn, turn.m.grievance.cancelled);
  if (phase.name === 'choosing_category' && input.type === 'text') {
    const category = typedCategory(turn, input.text);
    if (category) return askDescription(turn, category);
  }
  if (phase.name === 'describing' && input.type === 'text') {
    const result = validateField(DESCRIPTION, input.text, { today: turn.today });
    if (!result.ok) return askDescription(turn, phase.category, pick(result.error.message, turn.language));
    return askPhoto(turn, { category: phase.category, description: String(result.value) });
  }
  if (phase.name === 'photo' && input.type === 'media') {
    const mimeType = input.media.mimeType.toLowerCase();
    const refusal = probeAttachment(turn, PHOTO, mimeType, 1);
    if (refusal) return askPhoto(turn, phase, refusal);
    const effectId = turn.newId();
    turn.effect({
      kind: 'download_media',
      effectId,
      mediaId: input.media.mediaId,
      mimeType,
      maxBytes: PHOTO_MAX_BYTES,
    });
    turn.say(turn.m.form.receivingFile);
    const { category, description } = phase;
    return turn.go({ name: 'grievance', phase: { name: 'downloading', category, description, effectId } });
  }
  if (phase.name === 'photo' && command === 'skip') {
    return confirmGrievance(turn, { category: phase.category, description: phase.description });
  }
  renderGrievance(turn, state);
}

export function onGrievanceTap(turn: Turn, state: StateOf<'grievance'>, action: Action): void {
  const phase = state.phase;
  if (action.do === 'grievance' && action.choice === 'cancel' && phase.name !== 'submitting') {
    return settle(turn, turn.m.grievance.cancelled);
  }
  if (phase.name === 'choosing_category' && action.do === 'category') return askDescription(turn, action.category);
  if (phase.name === 'photo' && action.do === 'grievance' && action.choice === 'skip_photo') {
    return confirmGrievance(turn, { category: phase.category, description: phase.description });
  }
  if (phase.name === 'confirming' && action.do === 'grievance' && action.choice === 'submit') {
    return file(turn, draftOf(phase));
  }
  if (phase.name === 'confirming' && action.do === 'change_place') {
    return startPlacePicker(turn, { flow: 'grievance_confirm', ...draftOf(phase) });
  }
  if (phase.name === 'submit_failed' && action.do === 'retry') return file(turn, draftOf(phase), phase.id);
  renderGrievance(turn, state);
}
