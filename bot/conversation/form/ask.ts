import { pick } from '../../../shared/i18n/pick';
import type { FormField } from '../../../shared/model/form-field';
import { LIMITS, textLength } from '../../whatsapp/limits';
import { buttonsMessage, listMessage, type ButtonSpec } from '../../whatsapp/outbound-builders';
import type { ListRow } from '../../whatsapp/outbound-types';
import { listRow } from '../paged-list';
import { chunkLines, interactiveBody } from '../text-chunks';
import type { Turn } from '../turn';
import { keep, type Loaded } from './application';
import { showReview } from './review';

/**
 * One form question as a chat message, in the citizen's language with the field's help. How it
 * is asked follows the field: options as reply buttons (up to three short ones), as a list (up
 * to ten) or as numbered text; yes/no as buttons; everything else typed, sent, or shared.
 * Optional questions get a Skip button when there is room.
 */

function hintFor(turn: Turn, field: FormField): string {
  const m = turn.m;
  if (field.type === 'number' && field.unit) return m.form.numberUnit(pick(field.unit, turn.language));
  return m.form.hints[field.type];
}

function questionText(turn: Turn, loaded: Loaded, field: FormField, hint: string, prefix?: string): string {
  const m = turn.m;
  const { application, service } = loaded;
  const lines: string[] = [];
  if (prefix) lines.push(`⚠️ ${prefix}`, '');
  lines.push(m.form.question(application.fieldIndex + 1, service.fields.length));
  lines.push(`*${pick(field.label, turn.language)}*`);
  if (field.help) lines.push(`_${pick(field.help, turn.language)}_`);
  lines.push('', hint);
  if (!field.required) lines.push(m.form.optional);
  lines.push(application.fieldIndex === 0 ? m.form.navigationFirst : m.form.navigation);
  return lines.join('\n');
}

function skipButton(turn: Turn): ButtonSpec {
  return { id: turn.id({ do: 'skip' }), title: turn.m.buttons.skip };
}

function askSelect(turn: Turn, field: Extract<FormField, { type: 'select' }>, text: string, short: string): void {
  const labels = field.options.map((option) => pick(option.label, turn.language));
  const buttonRoom = field.required ? LIMITS.replyButtons : LIMITS.replyButtons - 1;
  const rowRoom = field.required ? LIMITS.listRows : LIMITS.listRows - 1;
  if (labels.length <= buttonRoom && labels.every((label) => textLength(label) <= LIMITS.buttonTitle)) {
    const buttons = field.options.map((option, index) => ({
      id: turn.id({ do: 'option', value: option.value }),
      title: labels[index] ?? option.value,
    }));
    if (!field.required) buttons.push(skipButton(turn));
    turn.send(buttonsMessage(interactiveBody(turn, text, short), buttons));
    return;
  }
  if (labels.length <= rowRoom) {
    const rows: ListRow[] = field.options.map((option, index) =>
      listRow(turn, { action: { do: 'option', value: option.value }, name: labels[index] ?? option.value }, index + 1),
    );
    if (!field.required) rows.push({ id: turn.id({ do: 'skip' }), title: turn.m.buttons.skip });
    turn.send(listMessage(interactiveBody(turn, text, short), turn.m.list.choose, rows));
    return;
  }
  // Too many for a list: numbered lines, answered by number or by name (see parseFieldInput).
  const numbered = labels.map((label, index) => `${index + 1}. ${label}`).join('\n');
  turn.say(...chunkLines(`${text}\n\n${numbered}`, LIMITS.textBody));
}

/** Asks the application's current question, or shows the summary when every question is settled. */
export function askQuestion(turn: Turn, loaded: Loaded, prefix?: string): void {
  const { application, service } = loaded;
  const field = service.fields[application.fieldIndex];
  if (!field) {
    showReview(turn, loaded);
    return;
  }
  keep(turn, application, { name: 'answering' });
  const m = turn.m;
  const short = `*${pick(field.label, turn.language)}*`;
  switch (field.type) {
    case 'select': {
      const hint =
        field.options.length > LIMITS.listRows - (field.required ? 0 : 1) ? m.form.selectNumbered : m.form.hints.select;
      askSelect(turn, field, questionText(turn, loaded, field, hint, prefix), short);
      return;
    }
    case 'yesno': {
      const buttons: ButtonSpec[] = [
        { id: turn.id({ do: 'yes_no', value: true }), title: m.buttons.yes },
        { id: turn.id({ do: 'yes_no', value: false }), title: m.buttons.no },
      ];
      if (!field.required) buttons.push(skipButton(turn));
      const text = questionText(turn, loaded, field, hintFor(turn, field), prefix);
      turn.send(buttonsMessage(interactiveBody(turn, text, short), buttons));
      return;
    }
    case 'text':
    case 'textarea':
    case 'number':
    case 'date':
    case 'aadhaar':
    case 'mobile':
    case 'pincode':
    case 'email':
    case 'photo':
    case 'document':
    case 'location': {
      const text = questionText(turn, loaded, field, hintFor(turn, field), prefix);
      if (field.required) turn.say(text);
      else turn.send(buttonsMessage(interactiveBody(turn, text, short), [skipButton(turn)]));
      return;
    }
    default: {
      const unhandled: never = field;
      throw new TypeError(`unhandled field type ${JSON.stringify(unhandled)}`);
    }
  }
}
