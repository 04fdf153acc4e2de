import { pick } from '../../../shared/i18n/pick';
import { currentPlace, serviceNeedsPlace } from '../place/current-place';
import { startPlacePicker } from '../place/place-picker';
import { hasConsent, showConsent } from '../screens/consent';
import { showMainMenu } from '../screens/main-menu';
import { showService } from '../screens/service-details';
import type { Turn } from '../turn';
import { newApplication } from './application';
import { askQuestion } from './ask';

/**
 * Starts an application for `serviceId`: after the privacy notice if it has not been accepted
 * and the secretariat if none is chosen yet, replacing any application set aside earlier (the
 * main menu offered to continue that one).
 */
export function startApplication(turn: Turn, serviceId: string): void {
  const service = turn.catalog.service(serviceId);
  if (!service) {
    showMainMenu(turn, turn.m.service.gone);
    return;
  }
  if (service.kind === 'information') {
    showService(turn, serviceId);
    return;
  }
  if (!hasConsent(turn)) {
    showConsent(turn, { flow: 'apply', serviceId });
    return;
  }
  if (serviceNeedsPlace(service) && !currentPlace(turn)) {
    startPlacePicker(turn, { flow: 'apply', serviceId });
    return;
  }
  turn.patch({ draft: undefined });
  turn.say(turn.m.form.start(pick(service.name, turn.language), service.fields.length));
  askQuestion(turn, { service, application: newApplication(turn, service) });
}
