import { pick } from '../../../shared/i18n/pick';
import type { Service } from '../../../shared/model/service';
import { buttonsMessage, type ButtonSpec } from '../../whatsapp/outbound-builders';
import { formatRupees } from '../format';
import { interactiveBody } from '../text-chunks';
import type { Turn } from '../turn';
import { showMainMenu } from './main-menu';

/** What a service is, what it costs, how long it takes and what to keep ready — then Apply. */

function describe(turn: Turn, service: Service): string {
  const m = turn.m;
  const language = turn.language;
  const department = turn.catalog.department(service.departmentCode);
  const lines = [`*${pick(service.name, language)}*`];
  if (department) lines.push(pick(department.name, language));
  lines.push('');
  if (service.kind === 'information') {
    lines.push(m.service.informationOnly);
  } else if (service.kind === 'payment') {
    // The amount is the citizen's bill, not a fee of the service.
    lines.push(m.service.paymentNote);
  } else {
    lines.push(service.feeInr === 0 ? m.service.free : m.service.fee(formatRupees(service.feeInr)));
    lines.push(m.service.sla(service.slaDays));
  }
  if (service.requiredDocuments.length > 0) {
    lines.push(
      '',
      m.service.documents,
      ...service.requiredDocuments.map((document) => `• ${pick(document.name, language)}`),
    );
  }
  return lines.join('\n');
}

export function showService(turn: Turn, serviceId: string): void {
  const service = turn.catalog.service(serviceId);
  if (!service) {
    showMainMenu(turn, turn.m.service.gone);
    return;
  }
  const m = turn.m;
  const buttons: ButtonSpec[] = [];
  if (service.kind !== 'information') {
    const title = service.kind === 'payment' ? m.buttons.pay : m.buttons.apply;
    buttons.push({ id: turn.id({ do: 'apply', serviceId }), title });
  }
  buttons.push({ id: turn.id({ do: 'search_again' }), title: m.buttons.searchAgain });
  buttons.push({ id: turn.id({ do: 'main_menu' }), title: m.buttons.mainMenu });
  const body = interactiveBody(turn, describe(turn, service), `*${pick(service.name, turn.language)}*`);
  turn.send(buttonsMessage(body, buttons));
  turn.go({ name: 'service_details', serviceId });
}
