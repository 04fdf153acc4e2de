import { typedYesNo } from '../commands';
import type { Outcomes } from '../effects';
import type { Input } from '../input';
import type { Action } from '../menu-ids';
import { startPlacePicker } from '../place/place-picker';
import { showMainMenu } from '../screens/main-menu';
import type { StateOf } from '../session';
import type { Turn } from '../turn';
import { load, type Loaded } from './application';
import { acceptAnswer, answerInput, probeAttachment, skipQuestion } from './answer';
import { askQuestion } from './ask';
import { showCancelConfirm, showEditList, showReview, showSubmitFailed } from './review';
import { submitApplication } from './submit';

/** The applying state: routes each message and tap to its phase. */

type Applying = StateOf<'applying'>;

/** The application with its service, or undefined (and the citizen told) when the service was withdrawn. */
function loadOrLeave(turn: Turn, state: Applying): Loaded | undefined {
  const loaded = load(turn, state.application);
  if (!loaded) showMainMenu(turn, turn.m.service.gone);
  return loaded;
}

/** Shows the current phase again, as it was last shown. */
export function renderApplying(turn: Turn, state: Applying): void {
  const loaded = loadOrLeave(turn, state);
  if (!loaded) return;
  const phase = state.phase;
  switch (phase.name) {
    case 'answering':
      askQuestion(turn, loaded);
      return;
    case 'downloading':
      turn.say(turn.m.form.receivingFile);
      return;
    case 'reviewing':
      showReview(turn, loaded);
      return;
    case 'choosing_edit':
      showEditList(turn, loaded, phase.page);
      return;
    case 'confirming_cancel':
      showCancelConfirm(turn, loaded, phase.from);
      return;
    case 'submitting':
      turn.say(turn.m.form.stillWorking);
      return;
    case 'submit_failed':
      showSubmitFailed(turn, loaded, phase.requestId);
      return;
    default: {
      const unhandled: never = phase;
      throw new TypeError(`unhandled phase ${JSON.stringify(unhandled)}`);
    }
  }
}

function cancelConfirmed(turn: Turn): void {
  turn.patch({ draft: undefined });
  showMainMenu(turn, turn.m.cancel.cancelled);
}

export function onApplyingInput(turn: Turn, state: Applying, input: Input): void {
  const loaded = loadOrLeave(turn, state);
  if (!loaded) return;
  const phase = state.phase;
  const command = input.type === 'text' ? input.command : undefined;
  switch (phase.name) {
    case 'answering':
      answerInput(turn, loaded, input);
      return;
    case 'reviewing':
      if (command === 'cancel') showCancelConfirm(turn, loaded, 'reviewing');
      else if (command === 'back')
        askQuestion(turn, {
          ...loaded,
          application: { ...loaded.application, fieldIndex: loaded.service.fields.length - 1, returnToReview: true },
        });
      else showReview(turn, loaded);
      return;
    case 'choosing_edit':
      if (command === 'back' || command === 'cancel') showReview(turn, loaded);
      else showEditList(turn, loaded, phase.page);
      return;
    case 'confirming_cancel': {
      const answer = input.type === 'text' ? typedYesNo(input.text, turn.language) : undefined;
      if (answer === true || command === 'cancel') cancelConfirmed(turn);
      else if (answer === false || command === 'back')
        onApplyingTap(turn, state, { do: 'cancel_application', confirm: false });
      else showCancelConfirm(turn, loaded, phase.from);
      return;
    }
    case 'submit_failed':
      if (command === 'cancel') cancelConfirmed(turn);
      else showSubmitFailed(turn, loaded, phase.requestId);
      return;
    case 'downloading':
    case 'submitting':
      turn.say(turn.m.form.stillWorking);
      return;
    default: {
      const unhandled: never = phase;
      throw new TypeError(`unhandled phase ${JSON.stringify(unhandled)}`);
    }
  }
}

/** A tap on the applying state's own buttons; anything else shows the current phase again. */
export function onApplyingTap(turn: Turn, state: Applying, action: Action): void {
  const loaded = loadOrLeave(turn, state);
  if (!loaded) return;
  const { phase } = state;
  const field = loaded.service.fields[loaded.application.fieldIndex];
  if (phase.name === 'answering' && field) {
    if (action.do === 'option' && field.type === 'select') return acceptAnswer(turn, loaded, field, action.value);
    if (action.do === 'yes_no' && field.type === 'yesno') return acceptAnswer(turn, loaded, field, action.value);
    if (action.do === 'skip') return skipQuestion(turn, loaded, field);
  }
  if (phase.name === 'reviewing' && action.do === 'review') {
    if (action.choice === 'confirm') return submitApplication(turn, loaded);
    if (action.choice === 'edit') return showEditList(turn, loaded, 0);
    return showCancelConfirm(turn, loaded, 'reviewing');
  }
  if (phase.name === 'choosing_edit' && action.do === 'edit_field') {
    const index = loaded.service.fields.findIndex((candidate) => candidate.key === action.key);
    if (index >= 0) {
      return askQuestion(turn, {
        ...loaded,
        application: { ...loaded.application, fieldIndex: index, returnToReview: true },
      });
    }
  }
  if (phase.name === 'choosing_edit' && action.do === 'more') return showEditList(turn, loaded, phase.page + 1);
  if ((phase.name === 'choosing_edit' || phase.name === 'reviewing') && action.do === 'change_place') {
    return startPlacePicker(turn, { flow: 'review', application: loaded.application });
  }
  if (phase.name === 'confirming_cancel' && action.do === 'cancel_application') {
    if (action.confirm) return cancelConfirmed(turn);
    return phase.from === 'reviewing' ? showReview(turn, loaded) : askQuestion(turn, loaded);
  }
  if (phase.name === 'submit_failed' && action.do === 'retry') return submitApplication(turn, loaded, phase.requestId);
  renderApplying(turn, state);
}

/** The file for a photo or document question has been fetched (or not). */
export function onDownloadOutcome(turn: Turn, state: Applying, outcome: Outcomes['download_media']): void {
  const loaded = loadOrLeave(turn, state);
  if (!loaded || state.phase.name !== 'downloading') return;
  const fieldKey = state.phase.fieldKey;
  const index = loaded.service.fields.findIndex((field) => field.key === fieldKey);
  const field = loaded.service.fields[index];
  const at: Loaded = { ...loaded, application: { ...loaded.application, fieldIndex: Math.max(0, index) } };
  if (!field || (field.type !== 'photo' && field.type !== 'document')) {
    askQuestion(turn, at);
    return;
  }
  switch (outcome.status) {
    case 'ok':
      acceptAnswer(turn, at, field, outcome.attachment);
      return;
    case 'too_large':
      askQuestion(turn, at, probeAttachment(turn, field, 'image/jpeg', field.maxSizeKb * 1024 + 1));
      return;
    case 'failed':
      askQuestion(turn, at, turn.m.form.fileFailed);
      return;
    default: {
      const unhandled: never = outcome;
      throw new TypeError(`unhandled outcome ${JSON.stringify(unhandled)}`);
    }
  }
}
