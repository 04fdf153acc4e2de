import { pick } from '../../../shared/i18n/pick';
import { fitDescription } from '../../whatsapp/fit-text';
import { listMessage } from '../../whatsapp/outbound-builders';
import type { ListRow } from '../../whatsapp/outbound-types';
import { liveDraft } from '../form/draft';
import type { MenuItem } from '../menu-ids';
import type { Turn } from '../turn';
import { showLanguageChoice } from './language-choice';

/** The main menu, in this order; "continue application" goes first while a draft is kept. */
const ITEMS: readonly MenuItem[] = ['apply', 'track', 'certificates', 'grievance', 'pay', 'person', 'language'];

/** Shows the main menu (after any `before` texts); asks for the language first if it is not known. */
export function showMainMenu(turn: Turn, ...before: string[]): void {
  turn.say(...before);
  if (!turn.session.language) {
    showLanguageChoice(turn);
    return;
  }
  const m = turn.m;
  const draft = liveDraft(turn);
  const draftService = draft ? turn.catalog.service(draft.serviceId) : undefined;
  const items: MenuItem[] = draftService ? ['resume', ...ITEMS] : [...ITEMS];
  const rows = items.map((item): ListRow => {
    const { title, description } = m.menu.items[item];
    const detail =
      item === 'resume' && draftService ? fitDescription(pick(draftService.name, turn.language)) : undefined;
    return { id: turn.id({ do: 'menu_item', item }), title, description: detail ?? description };
  });
  turn.send(listMessage(m.menu.body, m.menu.button, rows, { header: m.menu.header }));
  turn.go({ name: 'main_menu' });
}

/** Back to the main menu as an idle state, after a message that already says what to do next. */
export function settle(turn: Turn, ...texts: string[]): void {
  turn.say(...texts);
  turn.go({ name: 'main_menu' });
}
