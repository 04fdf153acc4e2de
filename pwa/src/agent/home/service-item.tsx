import { pick } from '../../../../shared/i18n/pick';
import type { Service } from '../../../../shared/model/service';
import { useLanguage } from '../../i18n/language';
import { followLink } from '../../ui/router';
import { agentPath } from '../agent-routes';
import { serviceSummary } from '../service-summary';

/** One service as a large tappable row: its name, fee and promised decision time. */
export function ServiceItem({ service }: { service: Service }) {
  const { text, language } = useLanguage();
  return (
    <li>
      <a
        class="service"
        href={agentPath({ name: 'new', serviceId: service.id })}
        onClick={followLink}
        data-testid="service-result"
        data-service-id={service.id}
      >
        <span class="service-name">{pick(service.name, language)}</span>
        <span class="service-meta">{serviceSummary(service, text)}</span>
      </a>
    </li>
  );
}
