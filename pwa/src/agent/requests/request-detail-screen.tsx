import { useState } from 'preact/hooks';
import { isEditable } from '../../../../shared/lifecycle/request-state-machine';
import { pick } from '../../../../shared/i18n/pick';
import { db } from '../../db/app-db';
import { restoreRequestRow } from '../../db/restore';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { syncClient } from '../../sync/sync-client';
import { BackLink } from '../../ui/back-link';
import { followLink } from '../../ui/router';
import { Screen } from '../../ui/screen';
import { useLiveQuery } from '../../ui/use-live-query';
import { agentPath } from '../agent-routes';
import type { CatalogView } from '../catalog/use-catalog';
import { displayValue, fieldLabel } from '../display-value';
import { CertificatePanel } from './certificate-panel';
import { effectiveAnswers, pendingFor, withdrawRequest } from './request-actions';

/** One application: status, what the office asked, the answers, its history, and what the agent may do. */
export function RequestDetailScreen({ requestId, catalog }: { requestId: string; catalog: CatalogView | undefined }) {
  const { text, language, time } = useLanguage();
  const [reason, setReason] = useState('');
  const data = useLiveQuery(async () => {
    const row = await db.requests.get(requestId);
    return row ? { request: restoreRequestRow(row), pending: await pendingFor(db, requestId) } : undefined;
  }, [requestId]);
  if (!data.loaded) return null;
  if (!data.value) {
    return (
      <Screen title={text.requestMissing} back={<BackLink fallback={agentPath({ name: 'requests' })} />}>
        <p>{text.requestMissing}</p>
      </Screen>
    );
  }
  const { request, pending } = data.value;
  const service = catalog?.services.get(request.serviceId);
  const answers = effectiveAnswers(request, pending);
  const waiting = pending.filter((row) => row.state.kind === 'queued' || row.state.kind === 'sending');
  const withdrawing = pending.some((row) => row.type === 'withdraw_request' && row.state.kind !== 'rejected');
  const officeNote = [...request.history].reverse().find((entry) => entry.status === 'needs_info')?.note;
  const canWithdraw = !withdrawing && ['submitted', 'received', 'needs_info', 'resubmitted'].includes(request.status);

  const withdraw = async () => {
    if (!confirm(text.withdrawConfirm)) return;
    await withdrawRequest(db, request, reason, new Date());
    setReason('');
    syncClient().request('queued');
  };

  return (
    <Screen
      title={service ? pick(service.name, language) : request.serviceId}
      back={<BackLink fallback={agentPath({ name: 'requests' })} />}
    >
      <p class="reference" lang="en" data-testid="request-reference">
        {request.reference}
      </p>
      <p>
        <span class={`chip status-${request.status}`} data-testid="request-status">
          {request.source === 'optimistic' ? text.notSentYet : text.status[request.status]}
        </span>{' '}
        <span class="muted">{format(text.filedOn, { time: time(request.filedAt) })}</span>
      </p>
      {request.status === 'needs_info' && officeNote && (
        <p class="notice">{format(text.officeAsks, { note: officeNote })}</p>
      )}
      {waiting.length > 0 && (
        <p class="notice">
          <a href={agentPath({ name: 'outbox' })} onClick={followLink}>
            {format(text.pendingChanges, { count: waiting.length })}
          </a>
        </p>
      )}
      {request.certificate && <CertificatePanel certificate={request.certificate} />}
      <div class="actions stacked">
        {request.status === 'needs_info' && (
          <a
            class="button primary"
            href={agentPath({ name: 'respond', requestId })}
            onClick={followLink}
            data-testid="respond"
          >
            {text.respond}
          </a>
        )}
        {isEditable(request.status) && !withdrawing && (
          <a class="button" href={agentPath({ name: 'amend', requestId })} onClick={followLink} data-testid="amend">
            {text.amend}
          </a>
        )}
      </div>
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">{text.answersHeading}</h2>
        <dl class="answers">
          {Object.entries(answers).map(([key, value]) => {
            const field = service?.fields.find((f) => f.key === key);
            return (
              <div key={key}>
                <dt>{fieldLabel(field, key, language)}</dt>
                <dd>{displayValue(field, value, language, text)}</dd>
              </div>
            );
          })}
        </dl>
      </section>
      {request.history.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{text.historyHeading}</h2>
          <ol class="history">
            {request.history.map((entry, index) => (
              <li key={index}>
                <strong>{text.status[entry.status]}</strong> · {time(entry.at)}
                {entry.note && <p class="muted">{entry.note}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {canWithdraw && (
        <details class="withdraw">
          <summary>{text.withdraw}</summary>
          <div class="field">
            <label for="withdraw-reason">{text.withdrawReason}</label>
            <textarea
              id="withdraw-reason"
              rows={2}
              maxLength={500}
              value={reason}
              onInput={(e) => setReason(e.currentTarget.value)}
            />
          </div>
          <button type="button" class="danger" onClick={() => void withdraw()} data-testid="withdraw">
            {text.withdraw}
          </button>
        </details>
      )}
    </Screen>
  );
}
