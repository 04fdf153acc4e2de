import { describe, expect, it } from 'vitest';
import { newSession, restoreSession, SessionSchema } from './session';
import { Conversation } from './testing/driver';
import { answerIncomeForm, inEnglish, startIncomeApplication } from './testing/scripts';

describe('stored sessions', () => {
  it('when a session is stored as JSON and read back, then it is the same session', () => {
    const conversation = answerIncomeForm(startIncomeApplication(inEnglish(new Conversation())));
    const stored: unknown = JSON.parse(JSON.stringify(conversation.session));
    expect(restoreSession(stored)).toEqual(conversation.session);
    expect(SessionSchema.safeParse(stored).success).toBe(true);
  });

  it('when a stored session does not parse, then the conversation starts over but keeps the language, consent and menu version', () => {
    const restored = restoreSession({
      citizenId: '919876543210',
      language: 'te',
      consent: { status: 'accepted', at: '2025-11-01T00:00:00.000Z', notice: 1 },
      menuVersion: 12,
      state: { name: 'some_state_from_a_newer_bot' },
    });
    expect(restored).toEqual({
      ...newSession('919876543210'),
      language: 'te',
      consent: { status: 'accepted', at: '2025-11-01T00:00:00.000Z', notice: 1 },
      menuVersion: 12,
    });
  });

  it('when a damaged session belonged to a citizen who sent STOP, then the opt-out survives', () => {
    const restored = restoreSession({
      version: 99,
      citizenId: '919876543210',
      state: { name: 'opted_out', since: '2025-11-01T00:00:00.000Z', extra: true },
      consent: 'garbage',
    });
    expect(restored?.state).toEqual({ name: 'opted_out', since: '2025-11-01T00:00:00.000Z' });
  });

  it('when there is not even a citizen id, then there is nothing to restore', () => {
    expect(restoreSession({ state: { name: 'main_menu' } })).toBeUndefined();
    expect(restoreSession('nonsense')).toBeUndefined();
  });
});
