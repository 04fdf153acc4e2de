import { db } from '../../db/app-db';
import { shownState } from '../../db/outbox-state';
import { restoreOutboxRow } from '../../db/restore';
import { SENT_LOG_LIMIT, type SyncStatus } from '../../db/rows';
import { getMeta } from '../../db/seva-db';
import { useThrottledQuery } from '../../db/use-throttled-query';
import { useLanguage } from '../../i18n/language';
import { Screen } from '../../ui/screen';
import type { CatalogView } from '../catalog/use-catalog';
import { ItemHead } from './item-head';
import { OutboxItem } from './outbox-item';
import { SyncPanel } from './sync-panel';

/** Everything waiting to be sent or waiting for the agent, and what arrived recently. */
export function OutboxScreen({
  catalog,
  status,
}: {
  catalog: CatalogView | undefined;
  status: SyncStatus | undefined;
}) {
  const { text } = useLanguage();
  // Throttled: while the worker drains the outbox, this list would otherwise be read again after
  // every batch, holding up the next one.
  const data = useThrottledQuery(
    async () => {
      const flight = await getMeta(db, 'inFlight');
      // Rows the worker has claimed are on their way: shown as sending (see `InFlight`).
      const rows = (await db.outbox.orderBy('seq').toArray())
        .map(restoreOutboxRow)
        .map((row) => ({ ...row, state: shownState(row, flight) }));
      const sent = await db.sent.orderBy('seq').reverse().limit(SENT_LOG_LIMIT).toArray();
      const ids = [...new Set([...rows.map((r) => r.requestId), ...sent.map((s) => s.requestId)])];
      const requests = new Map((await db.requests.bulkGet(ids)).flatMap((r) => (r ? [[r.id, r] as const] : [])));
      return { rows, sent, requests };
    },
    ['outbox', 'sent', 'requests', 'meta'],
    [],
  );
  const serviceOf = (serviceId: string | undefined) => (serviceId ? catalog?.services.get(serviceId) : undefined);

  return (
    <Screen title={text.outboxTitle}>
      <SyncPanel status={status} />
      {data.loaded && data.value.rows.length === 0 && (
        <p class="empty" data-testid="outbox-empty">
          {text.outboxEmpty}
        </p>
      )}
      {data.loaded && data.value.rows.length > 0 && (
        <ul class="cards" data-testid="outbox-list">
          {data.value.rows.map((row) => {
            const request = data.value.requests.get(row.requestId);
            const serviceId = row.mutation.type === 'create_request' ? row.mutation.args.serviceId : request?.serviceId;
            return <OutboxItem key={row.seq} row={row} request={request} service={serviceOf(serviceId)} />;
          })}
        </ul>
      )}
      {data.loaded && data.value.sent.length > 0 && (
        <section aria-labelledby="sent-heading">
          <h2 id="sent-heading">{text.sentHeading}</h2>
          <ul class="cards">
            {data.value.sent.map((sent) => {
              const request = data.value.requests.get(sent.requestId);
              const service = serviceOf(request?.serviceId);
              return (
                <li
                  key={sent.seq}
                  class="card state-applied"
                  data-testid="outbox-item"
                  data-state="applied"
                  data-seq={sent.seq}
                  data-merged={sent.merged ? 'true' : 'false'}
                >
                  <ItemHead
                    state="applied"
                    type={sent.type}
                    service={service}
                    request={request}
                    applicant={undefined}
                    seq={sent.seq}
                    at={sent.ackAt}
                  />
                  {sent.merged && <p class="muted">{text.mergedNote}</p>}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </Screen>
  );
}
