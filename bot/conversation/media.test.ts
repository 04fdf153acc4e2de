import { describe, expect, it } from 'vitest';
import { Conversation } from './testing/driver';
import { agree, inEnglish, inTelugu } from './testing/scripts';
import { STREET_LIGHT } from './testing/test-catalog';

const PHOTO = { sha256: 'ab'.repeat(32), mimeType: 'image/jpeg', sizeBytes: 180_000 };

/** Opens the street-light complaint, whose form asks for a location, a photo and an optional pole number. */
function startStreetLight(conversation: Conversation): Conversation {
  conversation.text('street light not working');
  if (conversation.session?.state.name === 'search_results') conversation.tap('Complaint: street light…');
  expect(conversation.session?.state).toEqual({ name: 'service_details', serviceId: STREET_LIGHT });
  conversation.tap(conversation.session?.language === 'te' ? 'దరఖాస్తు చేయండి' : 'Apply');
  return agree(conversation);
}

describe('location and photo questions', () => {
  it('when the citizen shares a location and a photo, then the photo is downloaded and its attachment ref is filed', () => {
    const conversation = startStreetLight(inEnglish(new Conversation()));
    expect(conversation.lastText()).toContain('Share the location: tap 📎, then Location.');
    conversation.text('near the temple');
    expect(conversation.lastText()).toContain('⚠️ Please share a valid location.');
    conversation.message({ type: 'location', latitude: 16.2378, longitude: 80.6472, name: 'Tenali' });
    expect(conversation.lastText()).toContain('Send a photo: tap 📎, then Camera or Gallery.');

    conversation.message({ type: 'image', mediaId: 'media-1', mimeType: 'image/jpeg', caption: 'the pole' });
    const download = conversation.pending('download_media');
    expect(download).toMatchObject({ mediaId: 'media-1', mimeType: 'image/jpeg', maxBytes: 2048 * 1024 });
    expect(conversation.lastText()).toContain('saving your file');
    conversation.text('hello?');
    expect(conversation.lastText()).toContain('still working');

    conversation.resolve(download, { status: 'ok', attachment: PHOTO });
    expect(conversation.lastText()).toContain('Pole number, if painted on it');
    conversation.tap('Skip');
    const summary = conversation.lastText();
    expect(summary).toContain('📎 File attached');
    expect(summary).toContain('📍 Location shared (16.23780, 80.64720)');
    conversation.tap('Confirm');
    expect(conversation.pending('create_request').applicant).toEqual({
      location: { latitude: 16.2378, longitude: 80.6472 },
      photo: PHOTO,
    });
  });

  it('when a PDF is sent for a photo question, then it is refused at once without downloading', () => {
    const conversation = startStreetLight(inEnglish(new Conversation()));
    conversation.message({ type: 'location', latitude: 16.2378, longitude: 80.6472 });
    const result = conversation.message({
      type: 'document',
      mediaId: 'd1',
      mimeType: 'application/pdf',
      filename: 'scan.pdf',
    });
    expect(result.effects).toEqual([]);
    expect(conversation.lastText()).toContain('This file cannot be used. Please attach a photo.');
  });

  it('when the photo is too large or cannot be fetched, then the question is asked again in Telugu with the reason', () => {
    const conversation = startStreetLight(inTelugu(new Conversation()));
    conversation.message({ type: 'location', latitude: 16.2378, longitude: 80.6472 });
    conversation.message({ type: 'image', mediaId: 'm1', mimeType: 'image/jpeg' });
    conversation.resolve(conversation.pending('download_media'), { status: 'too_large' });
    expect(conversation.lastText()).toContain('ఈ ఫైల్ చాలా పెద్దది. గరిష్ఠ పరిమాణం 2 MB.');
    conversation.message({ type: 'image', mediaId: 'm2', mimeType: 'image/png' });
    conversation.resolve(conversation.pending('download_media'), { status: 'failed', retryable: true });
    expect(conversation.lastText()).toContain('ఆ ఫైల్ అందలేదు');
    expect(conversation.session?.state).toMatchObject({ phase: { name: 'answering' }, application: { fieldIndex: 1 } });
  });

  it('when a photo is sent for a typed question, then the citizen is asked to type', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('income certificate');
    conversation.tap('Income Certificate');
    conversation.tap('Apply');
    agree(conversation);
    const result = conversation.message({ type: 'image', mediaId: 'm1', mimeType: 'image/jpeg' });
    expect(result.effects).toEqual([]);
    expect(conversation.lastText()).toContain('⚠️ Please type your answer to this question.');
  });

  it('when a download result arrives after the citizen moved on, then it is ignored', () => {
    const conversation = startStreetLight(inEnglish(new Conversation()));
    conversation.message({ type: 'location', latitude: 16.2378, longitude: 80.6472 });
    conversation.message({ type: 'image', mediaId: 'm1', mimeType: 'image/jpeg' });
    const download = conversation.pending('download_media');
    conversation.text('menu');
    const late = conversation.resolve(download, { status: 'ok', attachment: PHOTO });
    expect(late.outbound).toEqual([]);
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
  });
});

describe('messages the bot cannot read', () => {
  it('when a voice note arrives, then the citizen is asked to type, in their language, and nothing else changes', () => {
    const conversation = inTelugu(new Conversation());
    conversation.text('property tax');
    const before = conversation.session?.state;
    conversation.message({ type: 'audio', mediaId: 'a1', mimeType: 'audio/ogg; codecs=opus', voice: true });
    expect(conversation.lastText()).toContain('వాయిస్ సందేశాలను ఇంకా వినలేను');
    expect(conversation.session?.state).toEqual(before);
  });

  it.each(['sticker', 'video', 'contacts'])(
    'when a %s arrives, then the citizen hears it cannot be read yet',
    (type) => {
      const conversation = inEnglish(new Conversation());
      conversation.message({ type: 'unsupported', originalType: type });
      expect(conversation.lastText()).toContain("Sorry, I can't read this kind of message yet.");
    },
  );

  it("when a new citizen's first message is a voice note, then the reply is in both languages, with the language choice", () => {
    const conversation = new Conversation();
    conversation.message({ type: 'audio', mediaId: 'a1', mimeType: 'audio/ogg', voice: true });
    expect(conversation.lastText()).toContain('వాయిస్ సందేశాలను ఇంకా వినలేను');
    expect(conversation.lastText()).toContain("I can't listen to voice messages yet");
    expect(conversation.session?.state.name).toBe('choosing_language');
  });

  it('when a reaction arrives, then nothing is said', () => {
    const conversation = inEnglish(new Conversation());
    expect(conversation.message({ type: 'unsupported', originalType: 'reaction' }).outbound).toEqual([]);
  });

  it('when a photo or a location arrives where none was asked for, then the citizen is told when they are used', () => {
    const conversation = inEnglish(new Conversation());
    conversation.message({ type: 'image', mediaId: 'm1', mimeType: 'image/jpeg' });
    expect(conversation.lastText()).toContain('I can only use a photo or file when a question asks for one');
    conversation.message({ type: 'location', latitude: 16.2, longitude: 80.6 });
    expect(conversation.lastText()).toContain('I can only use a location when a question asks for one');
  });
});
