import { parseReference } from '../../shared/ids';
import { typedYesNo } from './commands';
import { onApplyingInput } from './form/applying';
import type { Input } from './input';
import { onPlaceInput } from './place/place-picker';
import { showDepartments } from './screens/browse';
import { chooseLanguage } from './screens/choose-language';
import { askErase, onEraseChoice } from './screens/erase';
import { onGrievanceInput } from './screens/grievance';
import { showLanguageChoice, typedLanguage } from './screens/language-choice';
import { showMainMenu } from './screens/main-menu';
import { runSearch } from './screens/search';
import { lookUp, onReferenceTyped } from './screens/tracking';
import type { SessionState } from './session';
import type { Turn } from './turn';

/** Typed text, files and locations (taps are in `handle-tap.ts`), by state. */

/** Longest first message kept to search once a new citizen has chosen a language. */
const PENDING_QUERY_LENGTH = 200;

/**
 * Where nothing specific is expected: a reference number is tracked, BACK steps out, and any
 * other text is searched for — the "type what you need" promise of the main menu.
 */
function onIdle(turn: Turn, state: SessionState, input: Input): void {
  const m = turn.m;
  switch (input.type) {
    case 'text': {
      if (input.command === 'back' || input.command === 'cancel' || input.command === 'skip') {
        if (state.name === 'services') showDepartments(turn, 0);
        else showMainMenu(turn);
        return;
      }
      const reference = parseReference(input.text);
      if (reference) lookUp(turn, reference);
      else runSearch(turn, input.text);
      return;
    }
    case 'media':
      turn.say(m.unsupported.mediaNotExpected);
      return;
    case 'location':
      turn.say(m.unsupported.locationNotExpected);
      return;
    default: {
      const unhandled: never = input;
      throw new TypeError(`unhandled input ${JSON.stringify(unhandled)}`);
    }
  }
}

export function onInput(turn: Turn, input: Input): void {
  const state = turn.session.state;
  switch (state.name) {
    case 'start':
      // A first message that is not a greeting is what the citizen came for: search it once they pick a language.
      if (turn.session.language) onIdle(turn, state, input);
      else if (input.type === 'text' && input.command === undefined) {
        showLanguageChoice(turn, input.text.trim().slice(0, PENDING_QUERY_LENGTH));
      } else showLanguageChoice(turn);
      return;
    case 'choosing_language': {
      const language = input.type === 'text' ? typedLanguage(input.text) : undefined;
      if (language) chooseLanguage(turn, language);
      else showLanguageChoice(turn, state.pendingQuery);
      return;
    }
    case 'main_menu':
    case 'departments':
    case 'services':
    case 'search_results':
    case 'payments':
    case 'service_details':
    case 'offering_resume':
    case 'consent':
    case 'my_requests':
    case 'certificates':
      return onIdle(turn, state, input);
    case 'tracking':
      if (state.phase.name === 'asking' && input.type === 'text' && input.command === undefined) {
        return onReferenceTyped(turn, input.text);
      }
      return onIdle(turn, state, input);
    case 'choosing_place':
      return onPlaceInput(turn, state, input);
    case 'applying':
      return onApplyingInput(turn, state, input);
    case 'grievance':
      return onGrievanceInput(turn, state, input);
    case 'confirming_erasure': {
      const yes = input.type === 'text' ? typedYesNo(input.text, turn.language) : undefined;
      if (yes === undefined) askErase(turn);
      else onEraseChoice(turn, yes);
      return;
    }
    case 'erasing':
      turn.say(turn.m.form.stillWorking);
      return;
    // Both are dealt with before any input reaches here (relayed; ignored).
    case 'handed_to_person':
    case 'opted_out':
      return;
    default: {
      const unhandled: never = state;
      throw new TypeError(`unhandled state ${JSON.stringify(unhandled)}`);
    }
  }
}
