import type { Service } from '../../../shared/model/service';
import type { AppText } from '../i18n/en';
import { format } from '../i18n/strings';

/** "Fee ₹45 · Decision in 7 days": what a service costs and how soon it is decided. */
export function serviceSummary(service: Service, text: AppText): string {
  const fee = service.feeInr === 0 ? text.free : format(text.fee, { fee: service.feeInr.toLocaleString('en-IN') });
  if (service.slaDays === 0) return fee;
  const sla = service.slaDays === 1 ? text.slaOneDay : format(text.slaDays, { days: service.slaDays });
  return `${fee} · ${sla}`;
}
