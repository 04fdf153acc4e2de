import { renderApplying } from './form/applying';
import { showResumeOffer } from './form/resume';
import type { Turn } from './turn';
import { showDepartments, showPayments, showServices } from './screens/browse';
import { showCertificates } from './screens/certificates';
import { showConsent } from './screens/consent';
import { showPlaceStep } from './place/place-picker';
import { askErase } from './screens/erase';
import { renderGrievance } from './screens/grievance';
import { showLanguageChoice } from './screens/language-choice';
import { showMainMenu } from './screens/main-menu';
import { showMyRequests } from './screens/my-requests';
import { showSearchResults } from './screens/search';
import { showService } from './screens/service-details';
import { showTrackPrompt } from './screens/tracking';

/**
 * Shows the current state again as it was last shown (with fresh menu ids): the answer to a
 * tap on an old menu, to HELP, and to anything a state cannot use.
 */
export function renderCurrent(turn: Turn): void {
  const state = turn.session.state;
  const m = turn.m;
  switch (state.name) {
    case 'start':
    case 'main_menu':
      return showMainMenu(turn);
    case 'choosing_language':
      return showLanguageChoice(turn, state.pendingQuery);
    case 'departments':
      return showDepartments(turn, state.page);
    case 'services':
      return showServices(turn, state.departmentCode, state.page);
    case 'search_results':
      return showSearchResults(turn, state);
    case 'payments':
      return showPayments(turn, state.page);
    case 'service_details':
      return showService(turn, state.serviceId);
    case 'consent':
      return showConsent(turn, state.then);
    case 'choosing_place':
      return showPlaceStep(turn, state.step, state.then);
    case 'applying':
      return renderApplying(turn, state);
    case 'offering_resume':
      return showResumeOffer(turn);
    case 'tracking':
      return state.phase.name === 'asking' ? showTrackPrompt(turn) : turn.say(m.form.stillWorking);
    case 'my_requests':
      return state.phase.name === 'listing'
        ? showMyRequests(turn, state.phase.requests, state.phase.page)
        : turn.say(m.myRequests.loading);
    case 'certificates':
      return state.phase.name === 'loading'
        ? turn.say(m.certificates.loading)
        : showCertificates(turn, state.phase.certificates, state.phase.page);
    case 'grievance':
      return renderGrievance(turn, state);
    case 'handed_to_person':
      return turn.say(m.handoff.started);
    case 'confirming_erasure':
      return askErase(turn);
    case 'erasing':
      return turn.say(m.form.stillWorking);
    case 'opted_out':
      return;
    default: {
      const unhandled: never = state;
      throw new TypeError(`unhandled state ${JSON.stringify(unhandled)}`);
    }
  }
}
