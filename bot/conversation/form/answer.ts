import { pick } from '../../../shared/i18n/pick';
import type { FieldValue, FormField } from '../../../shared/model/form-field';
import { FIELD_ERROR_MESSAGES, parseFieldInput, validateField } from '../../../shared/validation';
import type { InboundMedia } from '../events';
import type { Input } from '../input';
import { showService } from '../screens/service-details';
import type { Application } from '../session';
import type { Turn } from '../turn';
import { isSettled, keep, type Loaded } from './application';
import { askQuestion } from './ask';
import { showCancelConfirm, showReview } from './review';

/** Answers to form questions: parse, validate, store, move on — or explain and ask again. */

/** Records `value` (undefined: skipped) for `field`. */
function settleField(application: Application, field: FormField, value: FieldValue | undefined): Application {
  const answers = Object.fromEntries(Object.entries(application.answers).filter(([key]) => key !== field.key));
  const skipped = application.skipped.filter((key) => key !== field.key);
  if (value === undefined) skipped.push(field.key);
  else answers[field.key] = value;
  return { ...application, answers, skipped };
}

/**
 * The next question not yet settled after the current one: straight on through a new form, and
 * after BACK (or a new catalog rev) past what is already answered, back to where the citizen was.
 */
function advance(turn: Turn, loaded: Loaded): void {
  const { application, service } = loaded;
  if (application.returnToReview) {
    showReview(turn, loaded);
    return;
  }
  const later = service.fields.findIndex(
    (field, index) => index > application.fieldIndex && !isSettled(application, field),
  );
  const fieldIndex = later < 0 ? service.fields.length : later;
  askQuestion(turn, { ...loaded, application: { ...application, fieldIndex } });
}

/** Validates a parsed answer for the current question; on failure asks again with the reason. */
export function acceptAnswer(turn: Turn, loaded: Loaded, field: FormField, raw: unknown): void {
  const result = validateField(field, raw, { today: turn.today });
  if (!result.ok) {
    askQuestion(turn, loaded, pick(result.error.message, turn.language));
    return;
  }
  advance(turn, { ...loaded, application: settleField(loaded.application, field, result.value) });
}

export function skipQuestion(turn: Turn, loaded: Loaded, field: FormField): void {
  if (field.required) {
    askQuestion(turn, loaded, pick(FIELD_ERROR_MESSAGES.required, turn.language));
    return;
  }
  advance(turn, { ...loaded, application: settleField(loaded.application, field, undefined) });
}

/** BACK: the previous question, the summary when editing from it, or the service's page from the first question. */
export function goBack(turn: Turn, loaded: Loaded): void {
  const { application } = loaded;
  if (application.returnToReview) showReview(turn, loaded);
  else if (application.fieldIndex === 0) showService(turn, application.serviceId);
  else askQuestion(turn, { ...loaded, application: { ...application, fieldIndex: application.fieldIndex - 1 } });
}

const PROBE_HASH = '0'.repeat(64);

/**
 * How `validateField` would judge a file of this type and size, asked before downloading it
 * (a PDF sent for a photo question is refused at once) and after (too large), so the citizen
 * reads the same message the app would show.
 */
export function probeAttachment(turn: Turn, field: FormField, mimeType: string, sizeBytes: number): string | undefined {
  const result = validateField(field, { sha256: PROBE_HASH, mimeType, sizeBytes }, { today: turn.today });
  return result.ok ? undefined : pick(result.error.message, turn.language);
}

function startDownload(turn: Turn, loaded: Loaded, field: FormField, media: InboundMedia): void {
  if (field.type !== 'photo' && field.type !== 'document') return;
  const refusal = probeAttachment(turn, field, media.mimeType.toLowerCase(), 1);
  if (refusal) {
    askQuestion(turn, loaded, refusal);
    return;
  }
  const effectId = turn.newId();
  turn.effect({
    kind: 'download_media',
    effectId,
    mediaId: media.mediaId,
    mimeType: media.mimeType.toLowerCase(),
    maxBytes: field.maxSizeKb * 1024,
    ...(media.filename ? { filename: media.filename } : {}),
  });
  turn.say(turn.m.form.receivingFile);
  keep(turn, loaded.application, { name: 'downloading', effectId, fieldKey: field.key });
}

/** A message while a question is waiting for its answer. */
export function answerInput(turn: Turn, loaded: Loaded, input: Input): void {
  const field = loaded.service.fields[loaded.application.fieldIndex];
  if (!field) {
    showReview(turn, loaded);
    return;
  }
  switch (input.type) {
    case 'text':
      if (input.command === 'back') goBack(turn, loaded);
      else if (input.command === 'cancel') showCancelConfirm(turn, loaded, 'answering');
      else if (input.command === 'skip') skipQuestion(turn, loaded, field);
      else acceptAnswer(turn, loaded, field, parseFieldInput(field, input.text, turn.language));
      return;
    case 'media':
      if (field.type === 'photo' || field.type === 'document') startDownload(turn, loaded, field, input.media);
      else askQuestion(turn, loaded, turn.m.form.expectText);
      return;
    case 'location':
      if (field.type === 'location') {
        acceptAnswer(turn, loaded, field, { latitude: input.latitude, longitude: input.longitude });
      } else {
        askQuestion(turn, loaded, turn.m.form.expectText);
      }
      return;
    default: {
      const unhandled: never = input;
      throw new TypeError(`unhandled input ${JSON.stringify(unhandled)}`);
    }
  }
}
