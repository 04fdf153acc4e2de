import { buttonsMessage } from '../../whatsapp/outbound-builders';
import { contactOf } from '../contact';
import type { Effect, Outcomes } from '../effects';
import { newSession } from '../session';
import type { Turn } from '../turn';
import { settle, showMainMenu } from './main-menu';

/** ERASE (DPDP Act right to erasure): confirm, `erase_my_data`, then forget the session too. */

export function askErase(turn: Turn): void {
  const m = turn.m;
  turn.send(
    buttonsMessage(m.erase.prompt, [
      { id: turn.id({ do: 'erase', confirm: true }), title: m.buttons.yesErase },
      { id: turn.id({ do: 'erase', confirm: false }), title: m.buttons.keepData },
    ]),
  );
  turn.go({ name: 'confirming_erasure' });
}

export function onEraseChoice(turn: Turn, confirm: boolean): void {
  if (!confirm) {
    showMainMenu(turn, turn.m.erase.kept);
    return;
  }
  const effectId = turn.newId();
  turn.effect({ kind: 'erase_my_data', effectId, contact: contactOf(turn.session.citizenId) });
  turn.go({ name: 'erasing', effectId });
}

export function onEraseOutcome(
  turn: Turn,
  effect: Extract<Effect, { kind: 'erase_my_data' }>,
  outcome: Outcomes['erase_my_data'],
): void {
  const state = turn.session.state;
  if (state.name !== 'erasing' || state.effectId !== effect.effectId) return;
  if (outcome.status !== 'erased') {
    settle(turn, outcome.status === 'failed' ? turn.m.erase.failed : turn.m.erase.unavailable);
    return;
  }
  // Said in the citizen's language before the session that holds it is forgotten. The menu
  // version survives: an old menu must never look current again.
  turn.say(turn.m.erase.done);
  turn.session = { ...newSession(turn.session.citizenId), menuVersion: turn.session.menuVersion };
}
