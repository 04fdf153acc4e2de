import { onApplyingTap } from './form/applying';
import { setAsideApplication } from './form/draft';
import { discardDraft, resumeDraft } from './form/resume';
import { startApplication } from './form/start';
import type { Action, MenuItem } from './menu-ids';
import { onPlaceTap } from './place/place-picker';
import { renderCurrent } from './render';
import { showDepartments, showPayments, showServices } from './screens/browse';
import { fetchCertificate, showCertificates, startCertificates } from './screens/certificates';
import { chooseLanguage } from './screens/choose-language';
import { recordConsent } from './screens/consent';
import { onEraseChoice } from './screens/erase';
import { onGrievanceTap, startGrievance } from './screens/grievance';
import { startHandoff } from './screens/handoff';
import { showLanguageChoice } from './screens/language-choice';
import { showMainMenu } from './screens/main-menu';
import { showMyRequests, startMyRequests } from './screens/my-requests';
import { promptSearch, showSearchResults } from './screens/search';
import { showService } from './screens/service-details';
import { lookUp, showTrackPrompt } from './screens/tracking';
import type { Turn } from './turn';

/**
 * A tap on the current menu (older menus are answered before this). Each action is handled
 * here once; an action that does not fit the current state shows the state again.
 */

/** MENU or the Main menu button: an application in progress is set aside, to be offered again. */
export function leaveToMenu(turn: Turn, ...before: string[]): void {
  setAsideApplication(turn);
  showMainMenu(turn, ...before);
}

function openMenuItem(turn: Turn, item: MenuItem): void {
  switch (item) {
    case 'apply':
      return showDepartments(turn, 0);
    case 'track':
      return showTrackPrompt(turn);
    case 'certificates':
      return startCertificates(turn);
    case 'grievance':
      return startGrievance(turn);
    case 'pay':
      return showPayments(turn, 0);
    case 'person':
      return startHandoff(turn);
    case 'language':
      return showLanguageChoice(turn);
    case 'resume':
      return resumeDraft(turn);
    default: {
      const unhandled: never = item;
      throw new TypeError(`unhandled menu item ${JSON.stringify(unhandled)}`);
    }
  }
}

/** "More…": the next page of the list showing now. */
function nextPage(turn: Turn): void {
  const state = turn.session.state;
  switch (state.name) {
    case 'departments':
      return showDepartments(turn, state.page + 1);
    case 'services':
      return showServices(turn, state.departmentCode, state.page + 1);
    case 'search_results':
      return showSearchResults(turn, { ...state, page: state.page + 1 });
    case 'payments':
      return showPayments(turn, state.page + 1);
    case 'my_requests':
      if (state.phase.name === 'listing') return showMyRequests(turn, state.phase.requests, state.phase.page + 1);
      return renderCurrent(turn);
    case 'certificates':
      if (state.phase.name !== 'loading') return showCertificates(turn, state.phase.certificates, state.phase.page + 1);
      return renderCurrent(turn);
    case 'applying':
      return onApplyingTap(turn, state, { do: 'more' });
    case 'choosing_place':
      return onPlaceTap(turn, state, { do: 'more' });
    // No list with pages shows in these states.
    case 'start':
    case 'choosing_language':
    case 'main_menu':
    case 'service_details':
    case 'consent':
    case 'offering_resume':
    case 'tracking':
    case 'grievance':
    case 'handed_to_person':
    case 'confirming_erasure':
    case 'erasing':
    case 'opted_out':
      return renderCurrent(turn);
    default: {
      const unhandled: never = state;
      throw new TypeError(`unhandled state ${JSON.stringify(unhandled)}`);
    }
  }
}

export function onTap(turn: Turn, action: Action): void {
  const state = turn.session.state;
  switch (action.do) {
    case 'language':
      return chooseLanguage(turn, action.language);
    case 'menu_item':
      return openMenuItem(turn, action.item);
    case 'main_menu':
      return leaveToMenu(turn);
    case 'more':
      return nextPage(turn);
    case 'department':
      return showServices(turn, action.code, 0);
    case 'service':
      return showService(turn, action.serviceId);
    case 'apply':
      return startApplication(turn, action.serviceId);
    case 'search_again':
      return promptSearch(turn);
    case 'consent':
      if (state.name !== 'consent') return renderCurrent(turn);
      recordConsent(turn, action.accept);
      if (!action.accept) return;
      return state.then.flow === 'apply' ? startApplication(turn, state.then.serviceId) : startGrievance(turn);
    case 'resume':
      if (state.name !== 'offering_resume') return renderCurrent(turn);
      return action.choice === 'continue' ? resumeDraft(turn) : discardDraft(turn);
    case 'my_requests':
      return startMyRequests(turn);
    case 'request':
      return lookUp(turn, action.reference);
    case 'certificate':
      if (state.name !== 'certificates') return renderCurrent(turn);
      return fetchCertificate(turn, state, action.certificateId);
    case 'erase':
      if (state.name !== 'confirming_erasure') return renderCurrent(turn);
      return onEraseChoice(turn, action.confirm);
    case 'district':
    case 'mandal':
    case 'secretariat':
      if (state.name !== 'choosing_place') return renderCurrent(turn);
      return onPlaceTap(turn, state, action);
    case 'option':
    case 'yes_no':
    case 'skip':
    case 'review':
    case 'edit_field':
    case 'cancel_application':
    case 'grievance':
    case 'retry':
    case 'change_place':
    case 'category':
      if (state.name === 'applying') return onApplyingTap(turn, state, action);
      if (state.name === 'grievance') return onGrievanceTap(turn, state, action);
      return renderCurrent(turn);
    default: {
      const unhandled: never = action;
      throw new TypeError(`unhandled action ${JSON.stringify(unhandled)}`);
    }
  }
}
