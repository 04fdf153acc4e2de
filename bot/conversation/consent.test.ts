import { describe, expect, it } from 'vitest';
import { Conversation } from './testing/driver';
import { agree, choosePlace, inEnglish, inTelugu } from './testing/scripts';

describe('consent before the first filing', () => {
  it('when a citizen applies for the first time, then the privacy notice comes first, saying what, why, how long and how to erase', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('current bill');
    conversation.tap('Pay');
    expect(conversation.session?.state).toMatchObject({ name: 'consent', then: { flow: 'apply' } });
    const notice = conversation.lastText();
    for (const part of [
      '*What we keep:*',
      '*Why:*',
      '*For how long:*',
      'deleted after 24 hours',
      'send ERASE',
      'Send STOP',
    ]) {
      expect(notice).toContain(part);
    }
  });

  it('when the citizen declines, then nothing is asked and the main menu explains what still works', () => {
    const conversation = inTelugu(new Conversation());
    conversation.text('ఆదాయ ధ్రువీకరణ పత్రం');
    conversation.tap('ఆదాయ ధ్రువీకరణ పత్రం');
    conversation.tap('దరఖాస్తు చేయండి');
    conversation.tap('వద్దు');
    expect(conversation.lastText()).toContain('మీ అంగీకారం లేకుండా');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
    expect(conversation.session?.consent.status).toBe('declined');
    // Asked again next time: declining once is not a decision for ever.
    conversation.text('aadaya pathram');
    conversation.tap('ఆదాయ ధ్రువీకరణ పత్రం');
    conversation.tap('దరఖాస్తు చేయండి');
    expect(conversation.session?.state.name).toBe('consent');
  });

  it('when the citizen has accepted once, then later applications start at the first question', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('current bill');
    conversation.tap('Pay');
    conversation.tap('I agree');
    expect(conversation.session?.consent).toMatchObject({
      status: 'accepted',
      notice: 2,
      at: conversation.now.toISOString(),
    });
    conversation.text('cancel');
    conversation.tap('Yes, cancel');
    conversation.text('income certificate');
    conversation.tap('Income Certificate');
    conversation.tap('Apply');
    expect(conversation.session?.state.name).toBe('choosing_place');
    choosePlace(conversation);
    expect(conversation.lastText()).toContain('Question 1 of 12');
  });

  it('when a citizen raises a grievance first, then the notice is shown before it too', () => {
    const conversation = inEnglish(new Conversation());
    conversation.tap('Raise a grievance');
    expect(conversation.session?.state).toEqual({ name: 'consent', then: { flow: 'grievance' } });
    agree(conversation);
    expect(conversation.session?.state).toEqual({ name: 'grievance', phase: { name: 'choosing_category' } });
  });

  it('when the citizen only looks, then no consent is asked', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('income certificate');
    conversation.tap('Income Certificate');
    conversation.tap('Search again');
    conversation.text('HH6W');
    expect(conversation.session?.consent).toEqual({ status: 'none' });
  });
});
