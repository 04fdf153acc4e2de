import { useState } from 'preact/hooks';
import { pick } from '../../../../shared/i18n/pick';
import { db } from '../../db/app-db';
import { restoreRequestRow } from '../../db/restore';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { followLink } from '../../ui/router';
import { Screen } from '../../ui/screen';
import { useLiveQuery } from '../../ui/use-live-query';
import { agentPath } from '../agent-routes';
import { applicantName } from '../applicant-name';
import type { CatalogView } from '../catalog/use-catalog';

/** Applications with their current status from pulls; by default the ones this agent filed. */
export function RequestListScreen({ catalog }: { catalog: CatalogView | undefined }) {
  const { text, language, time } = useLanguage();
  const [mineOnly, setMineOnly] = useState(true);
  const requests = useLiveQuery(
    async () => (await db.requests.orderBy('updatedAt').reverse().toArray()).map(restoreRequestRow),
    [],
  );
  const shown = requests.loaded ? requests.value.filter((r) => !mineOnly || r.mine) : [];

  return (
    <Screen title={text.requestsTitle}>
      <div class="segmented" role="group" aria-label={text.requestsTitle}>
        <button type="button" aria-pressed={mineOnly} onClick={() => setMineOnly(true)} data-testid="filter-mine">
          {text.filterMine}
        </button>
        <button type="button" aria-pressed={!mineOnly} onClick={() => setMineOnly(false)} data-testid="filter-all">
          {text.filterAll}
        </button>
      </div>
      {requests.loaded && shown.length === 0 && <p class="empty">{text.requestsEmpty}</p>}
      <ul class="cards" data-testid="request-list">
        {shown.map((request) => {
          const service = catalog?.services.get(request.serviceId);
          return (
            <li
              key={request.id}
              class="card"
              data-testid="request-item"
              data-status={request.status}
              data-source={request.source}
            >
              <a class="card-link" href={agentPath({ name: 'request', requestId: request.id })} onClick={followLink}>
                <span class="card-head">
                  <span class="card-title">{service ? pick(service.name, language) : request.serviceId}</span>
                  <span class={`chip status-${request.status}`}>{text.status[request.status]}</span>
                </span>
                <span class="card-meta">
                  <span lang="en" class="ref">
                    {request.reference}
                  </span>
                  {applicantName(request.applicant) && ` · ${applicantName(request.applicant)}`}
                </span>
                {request.certificate && (
                  <span class="card-meta" data-testid="request-item-certificate">
                    {text.certificateHeading}{' '}
                    <span lang="en" class="ref">
                      {request.certificate.number}
                    </span>
                    {request.certificate.status === 'revoked' &&
                      ` · ${format(text.certificateRevoked, { date: time(request.certificate.revokedAt ?? request.certificate.issuedAt) })}`}
                  </span>
                )}
                <span class="card-meta">
                  {request.source === 'optimistic'
                    ? text.notSentYet
                    : format(text.filedOn, { time: time(request.filedAt) })}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </Screen>
  );
}
