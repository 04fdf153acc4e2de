import { useEffect } from 'preact/hooks';

/**
 * Whether a form is open in this tab. App updates wait while one is (a reload would lose what
 * is on the screen since the last draft save, and surprise the agent mid-question).
 */

let openForms = 0;
const listeners = new Set<() => void>();

export function isFormOpen(): boolean {
  return openForms > 0;
}

export function onFormActivity(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Marks a form as open for as long as the calling component is mounted. */
export function useFormOpen(): void {
  useEffect(() => {
    openForms += 1;
    for (const listener of listeners) listener();
    return () => {
      openForms -= 1;
      for (const listener of listeners) listener();
    };
  }, []);
}
