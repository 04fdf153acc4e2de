import { pick } from '../../../shared/i18n/pick';
import { buttonsMessage } from '../../whatsapp/outbound-builders';
import { showMainMenu } from '../screens/main-menu';
import type { Turn } from '../turn';
import { load } from './application';
import { askQuestion } from './ask';
import { liveDraft } from './draft';

/** Offering, continuing or discarding an application that was set aside. */

export function showResumeOffer(turn: Turn, ...before: string[]): void {
  const draft = liveDraft(turn);
  const service = draft ? turn.catalog.service(draft.serviceId) : undefined;
  if (!service) {
    showMainMenu(turn, ...before);
    return;
  }
  turn.say(...before);
  const m = turn.m;
  turn.send(
    buttonsMessage(m.resume.offer(pick(service.name, turn.language)), [
      { id: turn.id({ do: 'resume', choice: 'continue' }), title: m.buttons.continue },
      { id: turn.id({ do: 'resume', choice: 'discard' }), title: m.buttons.discard },
      { id: turn.id({ do: 'main_menu' }), title: m.buttons.mainMenu },
    ]),
  );
  turn.go({ name: 'offering_resume' });
}

/** Continues the draft at its current question (or its summary when every question is settled). */
export function resumeDraft(turn: Turn): void {
  const draft = liveDraft(turn);
  const loaded = draft ? load(turn, draft) : undefined;
  turn.patch({ draft: undefined });
  if (!loaded) {
    showMainMenu(turn, turn.m.service.gone);
    return;
  }
  askQuestion(turn, loaded);
}

export function discardDraft(turn: Turn): void {
  turn.patch({ draft: undefined });
  showMainMenu(turn, turn.m.resume.discarded);
}
