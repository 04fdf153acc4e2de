import { commandOf, languageOfCommand, type Command } from './commands';
import type { MessageEvent } from './events';
import { MESSAGES } from './i18n/messages';
import { dropExpiredDraft, liveDraft, setAsideApplication } from './form/draft';
import { showResumeOffer } from './form/resume';
import { onInput } from './handle-input';
import { leaveToMenu, onTap } from './handle-tap';
import { decodeTap } from './menu-ids';
import { renderCurrent } from './render';
import { chooseLanguage } from './screens/choose-language';
import { askErase } from './screens/erase';
import { showLanguageChoice } from './screens/language-choice';
import { showMainMenu } from './screens/main-menu';
import type { Turn } from './turn';

/** A citizen message: opt-out first, then the timeout, hand-off, taps, commands, and finally the state. */

const MINUTE_MS = 60 * 1000;

/** Silence longer than the timeout; never while opted out or talking to a person (staff may take hours). */
function hasTimedOut(turn: Turn): boolean {
  const { state, lastInboundAt } = turn.session;
  if (state.name === 'start' || state.name === 'opted_out' || state.name === 'handed_to_person') return false;
  if (lastInboundAt === undefined) return false;
  return turn.now.getTime() - Date.parse(lastInboundAt) > turn.config.sessionTimeoutMinutes * MINUTE_MS;
}

/** After a timeout the conversation starts over at the main menu (or the offer to resume), keeping the language. */
function restart(turn: Turn, wasTap: boolean): void {
  setAsideApplication(turn);
  const before = wasTap ? [turn.m.oldMenu] : [];
  if (!turn.session.language) showLanguageChoice(turn);
  else if (liveDraft(turn)) showResumeOffer(turn, ...before);
  else showMainMenu(turn, ...before);
}

/** STOP: from now on nothing is sent, not even a confirmation. A hand-off in progress is closed. */
function optOut(turn: Turn): void {
  if (turn.session.state.name === 'handed_to_person') turn.effect({ kind: 'end_handoff' });
  setAsideApplication(turn);
  turn.patch({ lastInboundAt: turn.nowIso });
  turn.go({ name: 'opted_out', since: turn.nowIso });
}

/** Commands that mean the same everywhere; returns false for those the state interprets (BACK, SKIP…). */
function onCommand(turn: Turn, command: Command): boolean {
  const state = turn.session.state;
  // In a form, a greeting or a language name may be an answer ("Hi" is someone's name).
  const inForm = state.name === 'applying' || state.name === 'grievance';
  switch (command) {
    case 'menu':
      leaveToMenu(turn);
      return true;
    case 'help':
      turn.say(turn.m.help);
      return true;
    case 'language':
      setAsideApplication(turn);
      showLanguageChoice(turn);
      return true;
    case 'erase':
      setAsideApplication(turn);
      askErase(turn);
      return true;
    case 'greeting':
    case 'start':
      if (inForm) return false;
      showMainMenu(turn);
      return true;
    case 'english':
    case 'telugu': {
      const language = languageOfCommand(command);
      if (inForm || !language) return false;
      chooseLanguage(turn, language);
      return true;
    }
    case 'stop':
    case 'back':
    case 'cancel':
    case 'skip':
      return false;
    default: {
      const unhandled: never = command;
      throw new TypeError(`unhandled command ${JSON.stringify(unhandled)}`);
    }
  }
}

/** "I can't read that yet", in the citizen's language — or, before they chose one, in both and with the choice. */
function cannotRead(turn: Turn, what: 'audio' | 'other'): void {
  if (turn.session.language) {
    turn.say(turn.m.unsupported[what]);
    return;
  }
  turn.say(`${MESSAGES.te.unsupported[what]}\n\n${MESSAGES.en.unsupported[what]}`);
  showLanguageChoice(turn);
}

export function handleMessage(turn: Turn, event: MessageEvent): void {
  const { message } = event;
  const command = message.type === 'text' ? commandOf(message.text) : undefined;
  if (turn.session.state.name === 'opted_out') {
    if (command !== 'start') return;
    turn.patch({ lastInboundAt: turn.nowIso });
    showMainMenu(turn, turn.m.optIn);
    return;
  }
  if (command === 'stop') return optOut(turn);

  const timedOut = hasTimedOut(turn);
  turn.patch({ lastInboundAt: turn.nowIso });
  dropExpiredDraft(turn);
  const isTap = message.type === 'button_reply' || message.type === 'list_reply';
  if (timedOut) return restart(turn, isTap);

  if (turn.session.state.name === 'handed_to_person') {
    turn.effect({ kind: 'relay_to_person', messageId: event.messageId, message });
    return;
  }

  switch (message.type) {
    case 'button_reply':
    case 'list_reply': {
      const tap = decodeTap(message.id);
      if (!tap || tap.version !== turn.session.menuVersion) {
        turn.say(turn.m.oldMenu);
        return renderCurrent(turn);
      }
      return onTap(turn, tap.action);
    }
    case 'text':
      if (command && onCommand(turn, command)) return;
      return onInput(turn, { type: 'text', text: message.text, command });
    case 'image':
    case 'document': {
      const { type, ...media } = message;
      return onInput(turn, { type: 'media', kind: type, media });
    }
    case 'location':
      return onInput(turn, { type: 'location', latitude: message.latitude, longitude: message.longitude });
    case 'audio':
      return cannotRead(turn, 'audio');
    case 'unsupported':
      // A reaction (👍 on one of our messages) is not a request; answering it would be noise.
      if (message.originalType !== 'reaction') cannotRead(turn, 'other');
      return;
    default: {
      const unhandled: never = message;
      throw new TypeError(`unhandled message ${JSON.stringify(unhandled)}`);
    }
  }
}
