import { pick } from '../../../shared/i18n/pick';
import { LIMITS, textLength } from '../../whatsapp/limits';
import { buttonsMessage } from '../../whatsapp/outbound-builders';
import { pagedList, type ListItem } from '../paged-list';
import { describePlace, serviceNeedsPlace } from '../place/current-place';
import { chunkLines } from '../text-chunks';
import type { Turn } from '../turn';
import { keep, type Loaded } from './application';
import { displayValue } from './display-value';

/** The end of a form: the summary with Confirm / Edit / Cancel, the list of answers to edit, and cancelling. */

function summary(turn: Turn, loaded: Loaded): string {
  const { application, service } = loaded;
  const lines = [turn.m.review.title(pick(service.name, turn.language)), ''];
  const place = serviceNeedsPlace(service) ? describePlace(turn) : undefined;
  if (place) lines.push(`📍 *${turn.m.place.label}*: ${place}`, '');
  for (const field of service.fields) {
    const value = Object.hasOwn(application.answers, field.key) ? application.answers[field.key] : undefined;
    lines.push(`*${pick(field.label, turn.language)}*: ${displayValue(turn, field, value)}`);
  }
  return lines.join('\n');
}

/**
 * The summary fits one interactive body (1,024) for most forms; a longer one goes first as
 * text messages of at most 1,024 each, and the buttons follow with the question alone.
 */
export function showReview(turn: Turn, loaded: Loaded): void {
  const m = turn.m;
  keep(turn, { ...loaded.application, returnToReview: false }, { name: 'reviewing' });
  const text = summary(turn, loaded);
  const question = m.review.question;
  let body = `${text}\n\n${question}`;
  if (textLength(body) > LIMITS.interactiveBody) {
    turn.say(...chunkLines(text, LIMITS.interactiveBody));
    body = question;
  }
  turn.send(
    buttonsMessage(body, [
      { id: turn.id({ do: 'review', choice: 'confirm' }), title: m.buttons.confirm },
      { id: turn.id({ do: 'review', choice: 'edit' }), title: m.buttons.edit },
      { id: turn.id({ do: 'review', choice: 'cancel' }), title: m.buttons.cancel },
    ]),
  );
}

/** Every question as a list row (paged), its current answer below it; first, the secretariat the request goes to. */
export function showEditList(turn: Turn, loaded: Loaded, page: number): void {
  const { application, service } = loaded;
  const place = serviceNeedsPlace(service) ? describePlace(turn) : undefined;
  const placeRow: ListItem[] = place
    ? [{ action: { do: 'change_place' }, name: turn.m.place.change, detail: place }]
    : [];
  const fields = service.fields.map((field): ListItem => ({
    action: { do: 'edit_field', key: field.key },
    name: pick(field.label, turn.language),
    detail: displayValue(
      turn,
      field,
      Object.hasOwn(application.answers, field.key) ? application.answers[field.key] : undefined,
    ),
  }));
  const items = [...placeRow, ...fields];
  const list = pagedList(turn, { body: turn.m.review.editBody, button: turn.m.review.editButton, items, page });
  turn.send(list.message);
  keep(turn, application, { name: 'choosing_edit', page: list.page });
}

export function showCancelConfirm(turn: Turn, loaded: Loaded, from: 'answering' | 'reviewing'): void {
  const m = turn.m;
  turn.send(
    buttonsMessage(m.cancel.confirm, [
      { id: turn.id({ do: 'cancel_application', confirm: true }), title: m.buttons.yesCancel },
      { id: turn.id({ do: 'cancel_application', confirm: false }), title: m.buttons.keepGoing },
    ]),
  );
  keep(turn, loaded.application, { name: 'confirming_cancel', from });
}

export function showSubmitFailed(turn: Turn, loaded: Loaded, requestId: string): void {
  const m = turn.m;
  turn.send(
    buttonsMessage(m.submit.failed, [
      { id: turn.id({ do: 'retry' }), title: m.buttons.retry },
      { id: turn.id({ do: 'main_menu' }), title: m.buttons.mainMenu },
    ]),
  );
  keep(turn, loaded.application, { name: 'submit_failed', requestId });
}
