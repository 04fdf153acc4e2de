import type { Service } from '../../../../shared/model/service';
import { db } from '../../db/app-db';
import type { OutboxRow, OutboxState } from '../../db/rows';
import { useLanguage } from '../../i18n/language';
import { syncClient } from '../../sync/sync-client';
import { displayValue, fieldLabel } from '../display-value';
import { answersOf, keepServerCopy, reapplyMine } from './outbox-actions';

type Conflict = Extract<OutboxState, { kind: 'conflict' }>;

/** Both versions side by side, and the two ways out (SYNC-CONFLICT-2). */
export function ConflictPanel({
  row,
  conflict,
  service,
}: {
  row: OutboxRow;
  conflict: Conflict;
  service: Service | undefined;
}) {
  const { text, language } = useLanguage();
  const mine = answersOf(row);
  const serverAnswers = (conflict.server.applicant ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...conflict.fields, ...Object.keys(mine)])];
  const fieldOf = (key: string) => service?.fields.find((field) => field.key === key);

  const act = async (action: () => Promise<void>) => {
    await action();
    syncClient().request('queued');
  };

  return (
    <div class="conflict" data-testid="conflict-panel">
      <p>{text.conflictIntro}</p>
      <table class="compare">
        <thead>
          <tr>
            <th scope="col">{text.conflictField}</th>
            <th scope="col">{text.conflictServer}</th>
            <th scope="col">{text.conflictMine}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key} class={conflict.fields.includes(key) ? 'clash' : undefined}>
              <th scope="row">{fieldLabel(fieldOf(key), key, language)}</th>
              <td data-testid={`conflict-server-${key}`}>
                {displayValue(fieldOf(key), serverAnswers[key], language, text)}
              </td>
              <td data-testid={`conflict-mine-${key}`}>{displayValue(fieldOf(key), mine[key], language, text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions stacked">
        <button
          type="button"
          data-testid="resolve-keep-server"
          onClick={() => void act(() => keepServerCopy(db, row.seq))}
        >
          {text.keepServer}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="resolve-reapply"
          onClick={() => void act(() => reapplyMine(db, row.seq, new Date()))}
        >
          {text.reapplyMine}
        </button>
      </div>
    </div>
  );
}
