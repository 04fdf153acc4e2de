import type { Language } from '../../../shared/i18n/languages';
import { liveDraft } from '../form/draft';
import { showResumeOffer } from '../form/resume';
import type { Turn } from '../turn';
import { showMainMenu } from './main-menu';
import { runSearch } from './search';

/** Sets the language, then goes where the citizen was heading: their first query, their draft, or the menu. */
export function chooseLanguage(turn: Turn, language: Language): void {
  const state = turn.session.state;
  const pendingQuery = state.name === 'choosing_language' ? state.pendingQuery : undefined;
  turn.patch({ language });
  if (pendingQuery) runSearch(turn, pendingQuery);
  else if (liveDraft(turn)) showResumeOffer(turn);
  else showMainMenu(turn);
}
