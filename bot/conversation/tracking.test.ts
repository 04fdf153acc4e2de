import { describe, expect, it } from 'vitest';
import { referenceFromId } from '../../shared/ids';
import type { TemplateMessage } from '../whatsapp/outbound-types';
import { bodyOf, Conversation, choicesOf } from './testing/driver';
import { inEnglish, inTelugu } from './testing/scripts';
import { INCOME } from './testing/test-catalog';

const REFERENCE = referenceFromId('019a8000-0000-7abc-9def-123456789abc');
const INCOME_NAME = { en: 'Income Certificate', te: 'ఆదాయ ధ్రువీకరణ పత్రం' };

describe('tracking an application', () => {
  it('when a reference is sent, then its status, dates and next step are shown in words', () => {
    const conversation = inEnglish(new Conversation());
    conversation.tap('Track an application');
    expect(conversation.lastText()).toContain('Send the reference number');
    conversation.text(REFERENCE.toLowerCase());
    const lookup = conversation.pending('lookup_request');
    expect(lookup.reference).toBe(REFERENCE);
    conversation.resolve(lookup, {
      status: 'found',
      request: {
        reference: REFERENCE,
        serviceId: INCOME,
        serviceName: INCOME_NAME,
        status: 'needs_info',
        filedAt: '2025-11-10T06:00:00.000Z',
        updatedAt: '2025-11-12T09:00:00.000Z',
        dueBy: '2025-11-17T06:00:00.000Z',
        history: [],
      },
    });
    const text = conversation.lastText();
    expect(text).toContain('*Income Certificate*');
    expect(text).toContain('Status: *More information needed*');
    expect(text).toContain('Filed on: 10/11/2025');
    expect(text).toContain('Decision due by: 17/11/2025');
    expect(text).toContain('village or ward secretariat');
  });

  it('when the text is not a reference, or no request has it, then the citizen is asked to check it', () => {
    const conversation = inTelugu(new Conversation());
    conversation.tap('దరఖాస్తు స్థితి');
    conversation.text('12345');
    expect(conversation.lastText()).toContain('అది రిఫరెన్స్ నంబరులా లేదు');
    conversation.text(REFERENCE);
    conversation.resolve(conversation.pending('lookup_request'), { status: 'not_found' });
    expect(conversation.lastText()).toContain(`${REFERENCE} నంబరుతో ఏ దరఖాస్తూ కనిపించలేదు`);
    expect(conversation.session?.state).toEqual({ name: 'tracking', phase: { name: 'asking' } });
  });

  it('when "My applications" is tapped, then the requests are listed and a tap tracks one', () => {
    const conversation = inEnglish(new Conversation());
    conversation.tap('Track an application');
    conversation.tap('My applications');
    const list = conversation.pending('list_my_requests');
    expect(list.contact).toEqual({ whatsappId: '919876543210', mobile: '9876543210' });
    const requests = Array.from({ length: 12 }, (_, index) => ({
      reference: referenceFromId(`019a8000-0000-7abc-9def-${String(index).padStart(12, '0')}`),
      serviceName: INCOME_NAME,
      status: index % 2 === 0 ? ('submitted' as const) : ('issued' as const),
      filedAt: '2025-11-10T06:00:00.000Z',
    }));
    conversation.resolve(list, { status: 'ok', requests });
    const rows = choicesOf(conversation.lastInteractive());
    expect(rows).toHaveLength(10);
    expect(rows[0]).toMatchObject({ title: requests[0]?.reference, description: 'Income Certificate · Submitted' });
    conversation.tap(requests[1]?.reference ?? '');
    expect(conversation.pending('lookup_request').reference).toBe(requests[1]?.reference);
  });

  it('when a citizen with no phone number (a business-scoped id) lists requests, then only the WhatsApp id is the contact', () => {
    const conversation = inEnglish(new Conversation('IN.1648738043044942'));
    conversation.tap('Track an application');
    conversation.tap('My applications');
    expect(conversation.pending('list_my_requests').contact).toEqual({ whatsappId: 'IN.1648738043044942' });
    conversation.resolve(conversation.pending('list_my_requests'), { status: 'ok', requests: [] });
    expect(conversation.lastText()).toContain('You have not applied for anything on WhatsApp yet.');
  });
});

describe('status notifications', () => {
  it('when a request changes status, then both the free text and the template with its parameters are produced', () => {
    const conversation = inTelugu(new Conversation());
    const openMenu = conversation.lastInteractive();
    const result = conversation.event({
      kind: 'status_changed',
      citizenId: conversation.citizenId,
      reference: REFERENCE,
      serviceName: INCOME_NAME,
      status: 'issued',
      at: conversation.now.toISOString(),
    });
    expect(result.outbound).toHaveLength(1);
    const [message] = result.outbound;
    if (message?.type !== 'window_dependent') throw new Error('expected a window-dependent message');
    expect(bodyOf(message.withinWindow)).toContain('స్థితి: *జారీ అయింది*');
    expect(bodyOf(message.withinWindow)).toContain('"నా ధ్రువపత్రాలు"');
    const template: TemplateMessage = message.outsideWindow;
    expect(template.template).toEqual({
      name: 'seva_status_update',
      language: { code: 'te' },
      components: [
        {
          type: 'body',
          parameters: [REFERENCE, 'ఆదాయ ధ్రువీకరణ పత్రం', 'జారీ అయింది'].map((text) => ({ type: 'text', text })),
        },
      ],
    });
    // The notification does not make the menu the citizen has open old.
    conversation.tap('సేవకు దరఖాస్తు', openMenu);
    expect(conversation.session?.state.name).toBe('departments');
  });

  it("when the citizen never spoke to the bot, then the request's language is used and the conversation is not started", () => {
    const conversation = new Conversation('919000000001');
    const result = conversation.event({
      kind: 'status_changed',
      citizenId: '919000000001',
      reference: REFERENCE,
      serviceName: INCOME_NAME,
      status: 'needs_info',
      at: conversation.now.toISOString(),
      note: 'Please bring\nthe income proof.',
      language: 'en',
    });
    const [message] = result.outbound;
    if (message?.type !== 'window_dependent') throw new Error('expected a window-dependent message');
    expect(bodyOf(message.withinWindow)).toContain('Note from the office: Please bring\nthe income proof.');
    expect(message.outsideWindow.template.language.code).toBe('en');
    expect(conversation.session?.state).toEqual({ name: 'start' });
  });
});
