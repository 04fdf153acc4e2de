import { describe, expect, it } from 'vitest';
import { referenceFromId } from '../../shared/ids';
import { Conversation, choicesOf } from './testing/driver';
import { inEnglish } from './testing/scripts';
import { ELECTRICITY_BILL } from './testing/test-catalog';

describe('paying a bill', () => {
  it('when the citizen pays the electricity bill, then start_payment is asked for and the link from its result is sent', () => {
    const conversation = inEnglish(new Conversation());
    conversation.tap('Pay a bill or fee');
    const bills = choicesOf(conversation.lastInteractive());
    expect(bills.map((bill) => bill.title)).toContain('Electricity bill payment');
    // A bill has no fee of its own: no "Free" next to it.
    expect(bills.every((bill) => bill.description === undefined || !bill.description.includes('Free'))).toBe(true);
    conversation.tap('Electricity bill payment');
    expect(conversation.lastText()).toContain('secure link to pay the amount due');
    conversation.tap('Pay');
    conversation.tap('I agree');
    conversation.tap('APCPDCL');
    conversation.text('123456789012');
    conversation.text('1,450');
    conversation.tap('Confirm');
    const payment = conversation.pending('start_payment');
    expect(payment).toMatchObject({
      serviceId: ELECTRICITY_BILL,
      applicant: { discom: 'apcpdcl', serviceNumber: '123456789012', amount: 1450 },
    });
    const reference = referenceFromId(payment.id);
    conversation.resolve(payment, {
      status: 'ready',
      reference,
      url: 'https://pay.example.gov.in/p/abc',
      amountInr: 1450,
      expiresAt: '2025-11-14T07:30:00.000Z',
    });
    const text = conversation.lastText();
    expect(text).toContain('💳 Pay ₹1,450 for *Electricity bill payment* here:\nhttps://pay.example.gov.in/p/abc');
    expect(text).toContain(`\`\`\`${reference}\`\`\``);
    expect(text).toContain('The link works until 14/11/2025 13:00.');
  });
});
