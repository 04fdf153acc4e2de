import { pick } from '../../../shared/i18n/pick';
import type { Service } from '../../../shared/model/service';
import { fitText } from '../../whatsapp/fit-text';
import { pagedList, type ListItem } from '../paged-list';
import type { Turn } from '../turn';
import { settle } from './main-menu';

/** Browsing the catalog: departments, a department's services, and the services that take payments. */

/** A service as a list row; fee and decision time only where they mean something (not for bills or information). */
export function serviceItem(turn: Turn, service: Service): ListItem {
  const item: ListItem = { action: { do: 'service', serviceId: service.id }, name: pick(service.name, turn.language) };
  if (service.kind !== 'payment' && service.kind !== 'information') {
    item.detail = turn.m.service.short(service.feeInr, service.slaDays);
  }
  return item;
}

export function showDepartments(turn: Turn, page: number): void {
  const m = turn.m;
  const items = turn.catalog.departments
    .filter((department) => department.services.length > 0)
    .map((department): ListItem => ({
      action: { do: 'department', code: department.code },
      name: pick(department.name, turn.language),
      detail: m.departments.serviceCount(department.services.length),
    }));
  const list = pagedList(turn, { body: m.departments.body, button: m.departments.button, items, page });
  turn.send(list.message);
  turn.go({ name: 'departments', page: list.page });
}

export function showServices(turn: Turn, departmentCode: string, page: number): void {
  const department = turn.catalog.department(departmentCode);
  if (!department || department.services.length === 0) {
    showDepartments(turn, 0);
    return;
  }
  const m = turn.m;
  const name = fitText(pick(department.name, turn.language), 200) ?? department.code;
  const items = department.services.map((service) => serviceItem(turn, service));
  const list = pagedList(turn, { body: m.services.body(name), button: m.services.button, items, page });
  turn.send(list.message);
  turn.go({ name: 'services', departmentCode, page: list.page });
}

export function showPayments(turn: Turn, page: number): void {
  const m = turn.m;
  const services = turn.catalog.paymentServices;
  if (services.length === 0) {
    settle(turn, m.payments.none);
    return;
  }
  const items = services.map((service) => serviceItem(turn, service));
  const list = pagedList(turn, { body: m.payments.body, button: m.search.button, items, page });
  turn.send(list.message);
  turn.go({ name: 'payments', page: list.page });
}
