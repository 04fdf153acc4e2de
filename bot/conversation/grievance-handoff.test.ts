import { describe, expect, it } from 'vitest';
import { referenceFromId } from '../../shared/ids';
import { Conversation } from './testing/driver';
import { agree, inEnglish, inTelugu } from './testing/scripts';

const PHOTO = { sha256: 'cd'.repeat(32), mimeType: 'image/jpeg', sizeBytes: 420_000 };

function startGrievance(conversation: Conversation): Conversation {
  conversation.tap(conversation.session?.language === 'te' ? 'ఫిర్యాదు చేయండి' : 'Raise a grievance');
  agree(conversation);
  conversation.tap(conversation.session?.language === 'te' ? 'సేవల నాణ్యత' : 'Service quality');
  return conversation;
}

describe('raising a grievance', () => {
  it('when a citizen describes a problem and adds a photo, then create_grievance carries both and the reference is sent', () => {
    const conversation = startGrievance(inEnglish(new Conversation()));
    conversation.text('Drain');
    expect(conversation.lastText()).toContain('Please enter at least 10 characters.');
    conversation.text('The drain near the Rama temple in ward 12 has overflowed for a week.');
    conversation.message({ type: 'image', mediaId: 'g1', mimeType: 'image/jpeg' });
    conversation.resolve(conversation.pending('download_media'), { status: 'ok', attachment: PHOTO });
    expect(conversation.lastText()).toContain('Photo attached.');
    conversation.tap('Submit');
    const filing = conversation.pending('create_grievance');
    expect(filing).toMatchObject({
      description: 'The drain near the Rama temple in ward 12 has overflowed for a week.',
      photo: PHOTO,
      language: 'en',
      contact: { whatsappId: '919876543210', mobile: '9876543210' },
    });
    const reference = referenceFromId(filing.id);
    conversation.resolve(filing, { status: 'created', reference });
    expect(conversation.lastText()).toContain(`\`\`\`${reference}\`\`\``);
  });

  it('when the citizen has no photo, then the grievance is filed without one, in Telugu', () => {
    const conversation = startGrievance(inTelugu(new Conversation()));
    conversation.text('మా వీధిలో మూడు రోజులుగా చెత్త తీయలేదు.');
    conversation.tap('ఫోటో లేదు');
    conversation.tap('సమర్పించండి');
    const filing = conversation.pending('create_grievance');
    expect(filing).not.toHaveProperty('photo');
    conversation.resolve(filing, { status: 'failed', retryable: true });
    conversation.tap('మళ్ళీ ప్రయత్నించండి');
    expect(conversation.pending('create_grievance').id).toBe(filing.id);
  });

  it('when the citizen cancels, then nothing is filed', () => {
    const conversation = startGrievance(inEnglish(new Conversation()));
    conversation.text('cancel');
    expect(conversation.lastText()).toContain('Grievance cancelled. Nothing was sent.');
    expect(conversation.history.flatMap((step) => step.effects)).toEqual([]);
  });
});

describe('talking to a person', () => {
  it('when the citizen asks for a person, then a hand-off starts, messages are relayed, staff replies are delivered, and it ends', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('current bill');
    conversation.tap('Main menu');
    conversation.tap('Talk to a person');
    const handoff = conversation.pending('handoff');
    expect(handoff).toMatchObject({ language: 'en', topic: 'main_menu' });
    expect(conversation.lastText()).toContain('A member of our staff will reply here soon.');
    conversation.resolve(handoff, { status: 'accepted' });

    const relayed = conversation.text('My pension has not come for two months');
    expect(relayed.outbound).toEqual([]);
    expect(relayed.effects).toEqual([
      {
        kind: 'relay_to_person',
        messageId: expect.any(String),
        message: { type: 'text', text: 'My pension has not come for two months' },
      },
    ]);
    // Even MENU and a long silence go to the person while the hand-off lasts.
    expect(conversation.advance(120).text('menu').effects[0]?.kind).toBe('relay_to_person');

    conversation.event({
      kind: 'person_message',
      citizenId: conversation.citizenId,
      text: 'Please share your pension ID.',
    });
    expect(conversation.lastText()).toBe('*Seva staff:* Please share your pension ID.');
    conversation.event({ kind: 'handoff_ended', citizenId: conversation.citizenId });
    expect(conversation.lastText()).toContain('The conversation with our staff has ended.');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
  });

  it('when nobody is available, then the citizen is told and returned to the menu', () => {
    const conversation = inTelugu(new Conversation());
    conversation.tap('సిబ్బందితో మాట్లాడండి');
    conversation.resolve(conversation.pending('handoff'), { status: 'unavailable' });
    expect(conversation.lastText()).toContain('ప్రస్తుతం మా సిబ్బంది ఎవరూ అందుబాటులో లేరు');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
  });
});

describe("erasing the citizen's data", () => {
  it('when the citizen sends ERASE and confirms, then erase_my_data runs and the session is forgotten, menus included', () => {
    const conversation = inEnglish(new Conversation());
    const menu = conversation.lastInteractive();
    conversation.text('ERASE');
    conversation.tap('Yes, erase');
    const erase = conversation.pending('erase_my_data');
    conversation.resolve(erase, { status: 'erased' });
    expect(conversation.lastText()).toContain('your data has been erased');
    expect(conversation.session).toMatchObject({ consent: { status: 'none' }, state: { name: 'start' } });
    expect(conversation.session?.language).toBeUndefined();
    conversation.tap('Raise a grievance', menu);
    expect(conversation.lastText()).toContain('Choose your language');
  });

  it('when the citizen says no, then nothing is erased', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('erase');
    conversation.text('no');
    expect(conversation.lastText()).toContain('Nothing was erased.');
    expect(conversation.history.flatMap((step) => step.effects)).toEqual([]);
  });
});
