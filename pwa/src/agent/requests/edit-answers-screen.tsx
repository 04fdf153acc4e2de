import { useEffect, useState } from 'preact/hooks';
import { pick } from '../../../../shared/i18n/pick';
import type { Service } from '../../../../shared/model/service';
import { db } from '../../db/app-db';
import { restoreRequestRow } from '../../db/restore';
import type { OutboxRow, RequestRow } from '../../db/rows';
import { useLanguage } from '../../i18n/language';
import { syncClient } from '../../sync/sync-client';
import { useFormOpen } from '../../update/form-activity';
import { BackLink } from '../../ui/back-link';
import { navigate } from '../../ui/router';
import { Screen } from '../../ui/screen';
import { useLiveQuery } from '../../ui/use-live-query';
import { changedAnswers, toDraftAnswers } from '../answers';
import { agentPath } from '../agent-routes';
import type { CatalogView } from '../catalog/use-catalog';
import { FormFields } from '../form/form-fields';
import { useAnswers } from '../form/use-answers';
import { amendRequest, effectiveAnswers, pendingFor, respondNeedsInfo } from './request-actions';

type Mode = 'amend' | 'respond';

/** Changing a filed application's answers, or answering the office's query. */
export function EditAnswersScreen({
  mode,
  requestId,
  catalog,
}: {
  mode: Mode;
  requestId: string;
  catalog: CatalogView | undefined;
}) {
  const { text } = useLanguage();
  // Read once: answers arriving from a pull while the agent edits must not overwrite the form.
  const data = useLiveQuery(async () => {
    const row = await db.requests.get(requestId);
    return row ? { request: restoreRequestRow(row), pending: await pendingFor(db, requestId) } : undefined;
  }, [requestId]);
  const [snapshot, setSnapshot] = useState<{ request: RequestRow; pending: OutboxRow[] } | undefined>();
  useEffect(() => {
    if (data.loaded && data.value && !snapshot) setSnapshot(data.value);
  }, [data, snapshot]);
  const service = snapshot ? catalog?.services.get(snapshot.request.serviceId) : undefined;
  if (!data.loaded || (data.value && !snapshot)) return null;
  if (!snapshot || !service) {
    return (
      <Screen title={text.requestMissing} back={<BackLink />}>
        <p>{text.requestMissing}</p>
      </Screen>
    );
  }
  return <EditForm mode={mode} request={snapshot.request} pending={snapshot.pending} service={service} />;
}

function EditForm({
  mode,
  request,
  pending,
  service,
}: {
  mode: Mode;
  request: RequestRow;
  pending: OutboxRow[];
  service: Service;
}) {
  const { text, language } = useLanguage();
  useFormOpen();
  const before = effectiveAnswers(request, pending);
  const form = useAnswers(service.fields, toDraftAnswers(before), language);
  const [failedAttempt, setFailedAttempt] = useState(0);
  const [note, setNote] = useState('');
  const [unchanged, setUnchanged] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const check = form.checkAll();
    if (!check.ok) {
      setFailedAttempt((n) => n + 1);
      return;
    }
    const changed = changedAnswers(before, check.answers);
    if (Object.keys(changed).length === 0 && !(mode === 'respond' && note.trim())) {
      setUnchanged(true);
      return;
    }
    if (mode === 'amend') await amendRequest(db, request, changed, new Date());
    else await respondNeedsInfo(db, request, changed, note, new Date());
    syncClient().request('queued');
    navigate(agentPath({ name: 'request', requestId: request.id }), { replace: true });
  };

  return (
    <Screen
      title={`${mode === 'amend' ? text.amend : text.respond}: ${pick(service.name, language)}`}
      back={<BackLink />}
    >
      <p class="reference" lang="en">
        {request.reference}
      </p>
      <form onSubmit={submit} noValidate data-testid="edit-form">
        <FormFields fields={service.fields} form={form} failedAttempt={failedAttempt} />
        {mode === 'respond' && (
          <div class="field">
            <label for="respond-note">{text.respondNote}</label>
            <textarea
              id="respond-note"
              rows={3}
              maxLength={1000}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </div>
        )}
        <p class="error" role="alert">
          {unchanged ? text.noChanges : ''}
        </p>
        <div class="actions sticky">
          <button type="submit" class="primary" data-testid="submit">
            {text.saveChanges}
          </button>
        </div>
      </form>
    </Screen>
  );
}
