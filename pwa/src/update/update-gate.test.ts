import { describe, expect, it } from 'vitest';
import { isUpdateSafe } from './update-gate';

const clear = { updateWaiting: true, formOpen: false, sendable: false, needsUpdate: false };

describe('app update gate', () => {
  it('when the outbox is empty and no form is open, then the waiting version may take over', () => {
    expect(isUpdateSafe(clear)).toBe(true);
  });

  it('when a form is open, then the update waits, whatever else holds', () => {
    expect(isUpdateSafe({ ...clear, formOpen: true })).toBe(false);
    expect(isUpdateSafe({ ...clear, formOpen: true, needsUpdate: true })).toBe(false);
  });

  it('when the outbox still has work to send, then the update waits', () => {
    expect(isUpdateSafe({ ...clear, sendable: true })).toBe(false);
  });

  it('SYNC-CLIENT-3 when the server wants a newer protocol, then the update goes ahead with the queue kept', () => {
    expect(isUpdateSafe({ ...clear, sendable: true, needsUpdate: true })).toBe(true);
  });

  it('when no new version is waiting, then there is nothing to apply', () => {
    expect(isUpdateSafe({ ...clear, updateWaiting: false })).toBe(false);
  });
});
