import { describe, expect, it } from 'vitest';
import { referenceFromId } from '../../shared/ids';
import { Conversation, choicesOf } from './testing/driver';
import { answerIncomeForm, inEnglish, startIncomeApplication } from './testing/scripts';

describe('STOP and START', () => {
  it.each(['STOP', 'stop', 'Stop.', 'ఆపు'])('when the citizen sends %j, then nothing at all is sent back', (word) => {
    const conversation = inEnglish(new Conversation());
    const result = conversation.text(word);
    expect(result.outbound).toEqual([]);
    expect(conversation.session?.state.name).toBe('opted_out');
  });

  it('while opted out, then no message, tap, file, notification, staff message or late result produces a message', () => {
    const conversation = answerIncomeForm(startIncomeApplication(inEnglish(new Conversation())));
    conversation.tap('Confirm');
    const filing = conversation.pending('create_request');
    const oldMenu = conversation.lastInteractive();
    conversation.text('STOP');

    const results = [
      conversation.text('hi'),
      conversation.text('menu'),
      conversation.tap('Confirm', oldMenu),
      conversation.message({ type: 'image', mediaId: 'm1', mimeType: 'image/jpeg' }),
      conversation.message({ type: 'audio', mediaId: 'a1', mimeType: 'audio/ogg', voice: true }),
      conversation.resolve(filing, { status: 'created', reference: referenceFromId(filing.id) }),
      conversation.event({
        kind: 'status_changed',
        citizenId: conversation.citizenId,
        reference: referenceFromId(filing.id),
        serviceName: { en: 'Income Certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' },
        status: 'approved',
        at: conversation.now.toISOString(),
      }),
      conversation.event({ kind: 'person_message', citizenId: conversation.citizenId, text: 'Hello?' }),
      conversation.advance(60 * 48).text('hello'),
    ];
    for (const result of results) expect(result.outbound).toEqual([]);
    expect(conversation.session?.state.name).toBe('opted_out');
  });

  it('when an opted-out citizen sends START, then they are welcomed back to the main menu', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('STOP');
    conversation.text('start');
    expect(conversation.lastText()).toContain('Welcome back! You will get messages from Seva again.');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
  });

  it('when STOP comes during a hand-off, then the hand-off is closed and nothing is sent', () => {
    const conversation = inEnglish(new Conversation());
    conversation.tap('Talk to a person');
    const result = conversation.text('STOP');
    expect(result.effects).toEqual([{ kind: 'end_handoff' }]);
    expect(result.outbound).toEqual([]);
  });

  it('when STOP comes mid-form, then the application is kept aside and offered after START', () => {
    const conversation = startIncomeApplication(inEnglish(new Conversation()));
    conversation.text('Ravi Kumar');
    conversation.text('STOP');
    conversation.text('START');
    expect(choicesOf(conversation.lastInteractive())[0]?.title).toBe('Continue application');
  });
});
