import { describe, expect, it } from 'vitest';
import { referenceFromId } from '../../shared/ids';
import { Conversation, choicesOf } from './testing/driver';
import { agree, inEnglish, inTelugu } from './testing/scripts';
import { ELECTRICITY_BILL, INCOME } from './testing/test-catalog';

function listedServices(conversation: Conversation): string[] {
  return choicesOf(conversation.lastInteractive()).map((choice) => choice.id.split('|')[2] ?? '');
}

describe('free-text search', () => {
  it.each([
    ['English', 'income certificate'],
    ['English with slips', 'incom certifcate'],
    ['Telugu script', 'ఆదాయ ధ్రువీకరణ పత్రం'],
    ['romanized Telugu', 'aadaya pathram'],
  ])('when the citizen types the income certificate in %s, then it is listed first', (_how, query) => {
    const conversation = inEnglish(new Conversation());
    conversation.text(query);
    expect(conversation.session?.state.name).toBe('search_results');
    expect(listedServices(conversation)[0]).toBe(INCOME);
  });

  it('when exactly one service matches, then it is offered with Apply / Search again / Main menu', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('current bill');
    expect(conversation.session?.state).toEqual({ name: 'service_details', serviceId: ELECTRICITY_BILL });
    const buttons = choicesOf(conversation.lastInteractive()).map((choice) => choice.title);
    expect(buttons).toEqual(['Pay', 'Search again', 'Main menu']);
  });

  it('when nothing matches, then the citizen is told so in their language with examples', () => {
    const english = inEnglish(new Conversation());
    english.text('xqzv blorp');
    expect(english.lastText()).toContain('I couldn\'t find a service for "xqzv blorp"');
    const telugu = inTelugu(new Conversation());
    telugu.text('xqzv blorp');
    expect(telugu.lastText()).toContain('"xqzv blorp" కోసం ఏ సేవా దొరకలేదు');
  });

  it('when a new citizen starts by typing what they need, then it is searched once they pick a language', () => {
    const conversation = new Conversation();
    conversation.text('aadaya pathram');
    expect(conversation.session?.state).toMatchObject({ name: 'choosing_language', pendingQuery: 'aadaya pathram' });
    conversation.tap('తెలుగు');
    expect(conversation.session?.state.name).toBe('search_results');
    expect(conversation.lastText()).toContain('"aadaya pathram" కోసం సేవలు');
  });

  it('when the citizen types a reference number anywhere idle, then it is tracked instead of searched', () => {
    const reference = referenceFromId('019a8000-0000-7abc-9def-123456789abc');
    // Typed as people do: lower case, spaces for hyphens, the letter O for zero.
    const sloppy = reference.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const conversation = inEnglish(new Conversation());
    conversation.text(sloppy);
    expect(conversation.pending('lookup_request').reference).toBe(reference);
  });

  it('when a question is being answered, then typed text is an answer, not a search', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('income certificate');
    conversation.tap('Income Certificate');
    conversation.tap('Apply');
    agree(conversation);
    conversation.text('Kula Pathram');
    expect(conversation.session?.state).toMatchObject({
      name: 'applying',
      application: { answers: { applicantName: 'Kula Pathram' } },
    });
  });

  it('when "Search again" is tapped, then the next text is searched', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('current bill');
    conversation.tap('Search again');
    expect(conversation.lastText()).toContain('Type the name of the service you need');
    conversation.text('property tax');
    expect(listedServices(conversation)[0]).toBe('maud.property-tax-payment');
  });
});
