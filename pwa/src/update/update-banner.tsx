import { useEffect, useState } from 'preact/hooks';
import { db } from '../db/app-db';
import { getMeta } from '../db/seva-db';
import { useThrottledQuery } from '../db/use-throttled-query';
import { useLanguage } from '../i18n/language';
import { isFormOpen, onFormActivity } from './form-activity';
import { applyUpdate, isUpdateWaiting, onUpdateChange } from './update-controller';
import { isUpdateSafe, type GateInput } from './update-gate';

type QueueView = Pick<GateInput, 'sendable' | 'needsUpdate'>;

/**
 * Whether anything is left to send: the first key of each sendable state in the state index,
 * which costs the same with ten thousand rows as with one (a count would walk them all).
 */
async function readQueue(): Promise<QueueView> {
  const firstKey = (kind: 'queued' | 'sending') => db.outbox.where('state.kind').equals(kind).limit(1).primaryKeys();
  return {
    sendable: (await firstKey('queued')).length > 0 || (await firstKey('sending')).length > 0,
    needsUpdate: (await getMeta(db, 'syncStatus'))?.problem === 'needs_update',
  };
}

/** Nothing waits for the queue while no update does: the banner then reads nothing at all. */
const noUpdate = async (): Promise<QueueView> => ({ sendable: false, needsUpdate: false });

/**
 * Checks again against storage right before reloading: the live view can lag a moment behind a
 * filing that just committed (the form closes as its item lands in the outbox).
 */
async function applyIfStillSafe(): Promise<void> {
  const queue = await readQueue();
  if (isUpdateSafe({ updateWaiting: isUpdateWaiting(), formOpen: isFormOpen(), ...queue })) await applyUpdate();
}

/**
 * Offers a waiting app version and applies it only when that is safe (update-gate.ts): at once
 * if the agent taps "update now" and it is safe, otherwise as soon as it becomes safe.
 */
export function UpdateBanner() {
  const { text } = useLanguage();
  const [waiting, setWaiting] = useState(isUpdateWaiting());
  const [formOpen, setFormOpen] = useState(isFormOpen());
  const [asked, setAsked] = useState(false);
  const [hidden, setHidden] = useState(false);
  const queue = useThrottledQuery(waiting ? readQueue : noUpdate, waiting ? ['outbox', 'meta'] : [], [waiting]);
  useEffect(() => onUpdateChange(() => setWaiting(isUpdateWaiting())), []);
  useEffect(() => onFormActivity(() => setFormOpen(isFormOpen())), []);

  const safe =
    queue.loaded &&
    isUpdateSafe({
      updateWaiting: waiting,
      formOpen,
      sendable: queue.value.sendable,
      needsUpdate: queue.value.needsUpdate,
    });
  useEffect(() => {
    if (safe) void applyIfStillSafe();
    // Re-checked on every change of the inputs, since a refused attempt leaves `safe` unchanged.
  }, [safe, queue, formOpen]);

  if (!waiting || hidden) return null;
  return (
    <div class="update-banner" role="status" data-testid="update-banner" data-safe={String(safe)}>
      <p>{asked ? text.updateWaiting : text.updateReady}</p>
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="update-now"
          onClick={() => (safe ? void applyIfStillSafe() : setAsked(true))}
        >
          {text.updateNow}
        </button>
        <button type="button" onClick={() => setHidden(true)}>
          {text.updateLater}
        </button>
      </div>
    </div>
  );
}
