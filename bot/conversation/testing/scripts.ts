import { verhoeffCheckDigit } from '../../../shared/validation';
import type { Conversation } from './driver';

/** Steps many tests share. */

/** A valid Aadhaar number (Verhoeff check digit), spaced as printed on the card. */
export const AADHAAR = (() => {
  const body = '23456789012';
  const digits = body + String(verhoeffCheckDigit(body));
  return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
})();

export function inEnglish(conversation: Conversation): Conversation {
  conversation.text('Hi');
  conversation.tap('English');
  return conversation;
}

export function inTelugu(conversation: Conversation): Conversation {
  conversation.text('నమస్కారం');
  conversation.tap('తెలుగు');
  return conversation;
}

/**
 * When the place picker shows, chooses Kolakaluru in Tenali mandal of Guntur district (the
 * second page of districts), in the conversation's language.
 */
export function choosePlace(conversation: Conversation): Conversation {
  if (conversation.session?.state.name !== 'choosing_place') return conversation;
  const telugu = conversation.session.language === 'te';
  conversation.tap(telugu ? 'మరిన్ని…' : 'More…');
  conversation.tap(telugu ? 'గుంటూరు' : 'Guntur');
  conversation.tap(telugu ? 'తెనాలి' : 'Tenali');
  conversation.tap(telugu ? 'కొలకలూరు' : 'Kolakaluru');
  return conversation;
}

/** Accepts the privacy notice, then chooses the place if it is asked for. */
export function agree(conversation: Conversation): Conversation {
  conversation.tap(conversation.session?.language === 'te' ? 'అంగీకరిస్తున్నాను' : 'I agree');
  return choosePlace(conversation);
}

/** From the main menu in English: search, open the income certificate, apply, agree to the notice, choose the place. */
export function startIncomeApplication(conversation: Conversation): Conversation {
  conversation.text('income certificate');
  conversation.tap('Income Certificate');
  conversation.tap('Apply');
  if (conversation.session?.state.name === 'consent') conversation.tap('I agree');
  return choosePlace(conversation);
}

/** Answers every income-certificate question in English, leaving the optional rice card out. */
export function answerIncomeForm(conversation: Conversation): Conversation {
  conversation.text('Ravi Kumar');
  conversation.text('Venkata Rao');
  conversation.tap('Male');
  conversation.text('15/08/1990');
  conversation.text(AADHAAR);
  conversation.text('98765 43210');
  conversation.text('4-12/1, Gandhi Street');
  conversation.text('Tenali');
  conversation.text('522 201');
  conversation.text('1,20,000');
  conversation.text('Scholarship');
  conversation.tap('Skip');
  return conversation;
}
