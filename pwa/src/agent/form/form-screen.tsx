import { useState } from 'preact/hooks';
import { pick } from '../../../../shared/i18n/pick';
import type { Service } from '../../../../shared/model/service';
import { db } from '../../db/app-db';
import type { DraftRow } from '../../db/rows';
import { useLanguage } from '../../i18n/language';
import { syncClient } from '../../sync/sync-client';
import { useFormOpen } from '../../update/form-activity';
import { navigate } from '../../ui/router';
import { Screen } from '../../ui/screen';
import { BackLink } from '../../ui/back-link';
import { agentPath } from '../agent-routes';
import type { CatalogView } from '../catalog/use-catalog';
import { serviceSummary } from '../service-summary';
import { fileRequest } from './file-request';
import { FormFields } from './form-fields';
import { useAnswers } from './use-answers';
import { useAutosave, useDraft, type DraftSource } from './use-draft';

/** A new application, or a saved draft, for one service. */
export function FormScreen({ source, catalog }: { source: DraftSource; catalog: CatalogView }) {
  const { text } = useLanguage();
  const draft = useDraft(source);
  if (draft === undefined) return null;
  const service = draft === 'missing' ? undefined : catalog.services.get(draft.serviceId);
  if (draft === 'missing' || !service) {
    return (
      <Screen title={text.serviceMissing} back={<BackLink />}>
        <p>{text.serviceMissing}</p>
      </Screen>
    );
  }
  return <ApplicationForm draft={draft} service={service} catalogRev={catalog.rev} />;
}

function ApplicationForm({ draft, service, catalogRev }: { draft: DraftRow; service: Service; catalogRev: number }) {
  const { text, language } = useLanguage();
  useFormOpen();
  const form = useAnswers(service.fields, draft.answers, language);
  const autosave = useAutosave(draft, form.answers, catalogRev);
  const [failedAttempt, setFailedAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const check = form.checkAll();
    if (!check.ok) {
      setFailedAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    autosave.cancel();
    const filed = await fileRequest(db, {
      draftId: draft.id,
      service,
      catalogRev,
      answers: check.answers,
      ...(draft.requestId ? { requestId: draft.requestId } : {}),
      now: new Date(),
    });
    syncClient().request('queued');
    navigate(agentPath({ name: 'filed', requestId: filed.requestId }), { replace: true });
  };

  return (
    <Screen title={pick(service.name, language)} back={<BackLink />}>
      <p class="muted">{serviceSummary(service, text)}</p>
      {service.requiredDocuments.length > 0 && (
        <details class="documents">
          <summary>{text.documentsHeading}</summary>
          <ul>
            {service.requiredDocuments.map((doc) => (
              <li key={doc.code}>{pick(doc.name, language)}</li>
            ))}
          </ul>
        </details>
      )}
      <form onSubmit={submit} noValidate data-testid="application-form" data-service-id={service.id}>
        <FormFields fields={service.fields} form={form} failedAttempt={failedAttempt} />
        <p class="muted draft-status" aria-live="polite" data-testid="draft-status">
          {autosave.saved ? text.draftStatusSaved : ''}
        </p>
        <div class="actions sticky">
          <button type="submit" class="primary" data-testid="submit" disabled={busy}>
            {busy ? text.submitting : text.submit}
          </button>
        </div>
      </form>
    </Screen>
  );
}
