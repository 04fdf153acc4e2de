import { pick } from '../../../../shared/i18n/pick';
import { db } from '../../db/app-db';
import { restoreDraftRow } from '../../db/restore';
import type { DraftRow } from '../../db/rows';
import { useLanguage } from '../../i18n/language';
import { format } from '../../i18n/strings';
import { followLink } from '../../ui/router';
import { useLiveQuery } from '../../ui/use-live-query';
import { agentPath } from '../agent-routes';
import type { CatalogView } from '../catalog/use-catalog';

/** A name to recognise a draft by: the first text answer, usually the applicant's name. */
function draftTitle(draft: DraftRow): string | undefined {
  for (const value of Object.values(draft.answers)) if (typeof value === 'string' && value.trim()) return value.trim();
  return undefined;
}

/** Applications started and not filed, newest first, to continue or throw away. */
export function DraftList({ catalog }: { catalog: CatalogView }) {
  const { text, language, time } = useLanguage();
  const drafts = useLiveQuery(
    async () => (await db.drafts.orderBy('updatedAt').reverse().toArray()).map(restoreDraftRow),
    [],
  );
  if (!drafts.loaded || drafts.value.length === 0) return null;

  const remove = async (id: string) => {
    if (confirm(text.deleteDraftConfirm)) await db.drafts.delete(id);
  };

  return (
    <section aria-labelledby="drafts-heading">
      <h2 id="drafts-heading">{text.draftsHeading}</h2>
      <ul class="cards">
        {drafts.value.map((draft) => {
          const service = catalog.services.get(draft.serviceId);
          return (
            <li key={draft.id} class="card" data-testid="draft-item">
              <p class="card-title">{service ? pick(service.name, language) : draft.serviceId}</p>
              <p class="card-meta">
                {draftTitle(draft) ?? text.draftUnnamed} · {format(text.draftSaved, { time: time(draft.updatedAt) })}
              </p>
              <div class="actions">
                <a class="button" href={agentPath({ name: 'draft', draftId: draft.id })} onClick={followLink}>
                  {text.continueDraft}
                </a>
                <button type="button" onClick={() => void remove(draft.id)}>
                  {text.deleteDraft}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
