import { useEffect, useRef, useState } from 'preact/hooks';
import { newUuidV7 } from '../../../../shared/ids';
import { db } from '../../db/app-db';
import { restoreDraftRow } from '../../db/restore';
import type { DraftRow } from '../../db/rows';
import { navigate } from '../../ui/router';
import { agentPath } from '../agent-routes';
import type { Answers } from './use-answers';

/** How long typing may pause before the draft is written. */
const SAVE_DELAY_MS = 400;

export type DraftSource = { kind: 'new'; serviceId: string } | { kind: 'saved'; draftId: string };

/** The draft behind a form: a saved one, or a new one written on the first change. */
export function useDraft(source: DraftSource) {
  const [draft, setDraft] = useState<DraftRow | undefined | 'missing'>(undefined);

  useEffect(() => {
    // The URL moves from "new" to the draft's own once it is saved; that is the same draft.
    if (source.kind === 'saved' && typeof draft === 'object' && draft.id === source.draftId) return;
    if (source.kind === 'new') {
      const now = new Date().toISOString();
      setDraft({
        id: newUuidV7(),
        serviceId: source.serviceId,
        serviceRev: 0,
        answers: {},
        createdAt: now,
        updatedAt: now,
      });
      return;
    }
    let live = true;
    void db.drafts.get(source.draftId).then((row) => {
      if (live) setDraft(row ? restoreDraftRow(row) : 'missing');
    });
    return () => {
      live = false;
    };
  }, [source.kind === 'new' ? source.serviceId : source.draftId]);

  return draft;
}

/**
 * Saves answers as the agent types (debounced), and at once when the form closes or the page
 * hides. `cancel` drops a pending save: after filing, the draft must stay deleted.
 */
export function useAutosave(draft: DraftRow | undefined, answers: Answers, catalogRev: number) {
  const [saved, setSaved] = useState(false);
  const pending = useRef<(() => Promise<void>) | undefined>(undefined);
  const first = useRef(true);

  useEffect(() => {
    if (!draft) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const save = async () => {
      pending.current = undefined;
      await db.drafts.put({ ...draft, serviceRev: catalogRev, answers, updatedAt: new Date().toISOString() });
      setSaved(true);
      // The URL now names the draft, so a reload or a crash comes back to it.
      if (location.pathname === agentPath({ name: 'new', serviceId: draft.serviceId })) {
        navigate(agentPath({ name: 'draft', draftId: draft.id }), { replace: true });
      }
    };
    pending.current = save;
    setSaved(false);
    const timer = setTimeout(() => void save(), SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [answers]);

  useEffect(() => {
    const flush = () => void pending.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);

  const cancel = () => {
    pending.current = undefined;
  };
  return { saved, cancel };
}
