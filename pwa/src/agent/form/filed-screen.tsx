import { db } from '../../db/app-db';
import { useLanguage } from '../../i18n/language';
import { followLink } from '../../ui/router';
import { Screen } from '../../ui/screen';
import { useLiveQuery } from '../../ui/use-live-query';
import { agentPath } from '../agent-routes';

/** Right after filing: the reference number to give the citizen, even with no network. */
export function FiledScreen({ requestId }: { requestId: string }) {
  const { text } = useLanguage();
  const request = useLiveQuery(() => db.requests.get(requestId), [requestId]);
  const reference = request.loaded ? request.value?.reference : undefined;
  return (
    <Screen title={text.filedTitle}>
      <div class="reference-box">
        <p class="muted">{text.referenceLabel}</p>
        <p class="reference" data-testid="reference-number" lang="en">
          {reference ?? '…'}
        </p>
      </div>
      <p>{text.filedNote}</p>
      <div class="actions stacked">
        <a class="button primary" href={agentPath({ name: 'home' })} onClick={followLink} data-testid="file-another">
          {text.fileAnother}
        </a>
        <a class="button" href={agentPath({ name: 'outbox' })} onClick={followLink}>
          {text.viewOutbox}
        </a>
      </div>
    </Screen>
  );
}
