import { pick } from '../../../../shared/i18n/pick';
import type { Service } from '../../../../shared/model/service';
import type { MutationType } from '../../../../shared/sync/protocol';
import type { OutboxStateKind, RequestRow } from '../../db/rows';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { applicantName } from '../applicant-name';

interface Props {
  state: OutboxStateKind | 'applied';
  type: MutationType;
  service: Service | undefined;
  request: RequestRow | undefined;
  applicant: string | undefined;
  seq: number;
  at: string;
}

/** The top of an outbox card: where it stands, what it is, and whose application. */
export function ItemHead({ state, type, service, request, applicant, seq, at }: Props) {
  const { text, language, time } = useLanguage();
  const who = applicant ?? applicantName(request?.applicant);
  return (
    <>
      <span class={`chip chip-${state}`} data-testid="outbox-state">
        {text.state[state]}
      </span>
      <p class="card-title">
        {text.mutation[type]}
        {who && ` · ${who}`}
      </p>
      {service && <p class="card-meta">{pick(service.name, language)}</p>}
      <p class="card-meta">
        {request?.reference && (
          <>
            <span lang="en" class="ref">
              {request.reference}
            </span>
            {' · '}
          </>
        )}
        {format(text.itemSeq, { seq })} · {time(at)}
      </p>
    </>
  );
}
