import type { Service } from '../../../../shared/model/service';
import { db } from '../../db/app-db';
import type { OutboxRow, RequestRow } from '../../db/rows';
import { useLanguage } from '../../i18n/language';
import { navigate } from '../../ui/router';
import { toDraftAnswers } from '../answers';
import { agentPath } from '../agent-routes';
import { applicantName } from '../applicant-name';
import { ConflictPanel } from './conflict-panel';
import { ItemHead } from './item-head';
import { dismissItem, refileAsDraft } from './outbox-actions';

interface Props {
  row: OutboxRow;
  request: RequestRow | undefined;
  service: Service | undefined;
}

/** One queued mutation: what it is, where it stands, and what the agent can do about it. */
export function OutboxItem({ row, request, service }: Props) {
  const { text } = useLanguage();
  const { state } = row;

  const refile = async () => {
    const draftId = await refileAsDraft(db, row, toDraftAnswers, new Date());
    if (draftId) navigate(agentPath({ name: 'draft', draftId }));
  };
  const dismiss = async () => {
    if (confirm(text.dismissConfirm)) await dismissItem(db, row.seq);
  };

  return (
    <li class={`card state-${state.kind}`} data-testid="outbox-item" data-state={state.kind} data-seq={row.seq}>
      <ItemHead
        state={state.kind}
        type={row.type}
        service={service}
        request={request}
        applicant={row.mutation.type === 'create_request' ? applicantName(row.mutation.args.applicant) : undefined}
        seq={row.seq}
        at={row.createdAt}
      />
      {state.kind === 'rejected' && (
        <div class="rejection">
          <p data-testid="reject-reason">{text.reason[state.reason]}</p>
          {state.message && (
            <p class="muted" lang="en">
              {state.message}
            </p>
          )}
          <div class="actions">
            {row.type === 'create_request' && state.reason !== 'invalid_local' && (
              <button type="button" class="primary" onClick={() => void refile()} data-testid="refile">
                {text.fixAndResend}
              </button>
            )}
            {state.reason !== 'invalid_local' && (
              <button type="button" onClick={() => void dismiss()} data-testid="dismiss">
                {text.dismiss}
              </button>
            )}
          </div>
        </div>
      )}
      {state.kind === 'conflict' && <ConflictPanel row={row} conflict={state} service={service} />}
    </li>
  );
}
