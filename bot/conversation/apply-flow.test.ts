import { describe, expect, it } from 'vitest';
import { referenceFromId } from '../../shared/ids';
import type { ServiceInput } from '../../shared/model/service';
import { prepareCatalog } from './context';
import { Conversation } from './testing/driver';
import { AADHAAR, agree, answerIncomeForm, inEnglish, inTelugu, startIncomeApplication } from './testing/scripts';
import { buildTestCatalog, INCOME } from './testing/test-catalog';

const AADHAAR_DIGITS = AADHAAR.replace(/\s/g, '');

describe('applying for an income certificate', () => {
  it('when a citizen answers every question in English, then a create_request with validated answers is filed and the reference is sent', () => {
    const conversation = startIncomeApplication(inEnglish(new Conversation()));
    expect(conversation.lastText()).toContain('Question 1 of 12');
    answerIncomeForm(conversation);

    expect(conversation.session?.state).toMatchObject({ name: 'applying', phase: { name: 'reviewing' } });
    const summary = conversation.lastText();
    expect(summary).toContain('*Date of birth*: 15/08/1990');
    expect(summary).toContain('*Total annual family income*: 1,20,000 rupees');
    expect(summary).toContain(`XXXX XXXX ${AADHAAR_DIGITS.slice(-4)}`);
    expect(summary).not.toContain(AADHAAR_DIGITS);
    expect(summary).toContain('*Rice card number*: (skipped)');

    conversation.tap('Confirm');
    const filing = conversation.pending('create_request');
    expect(filing).toMatchObject({
      serviceId: INCOME,
      serviceRev: 7,
      language: 'en',
      contact: { whatsappId: '919876543210', mobile: '9876543210' },
      applicant: {
        applicantName: 'Ravi Kumar',
        fatherOrHusbandName: 'Venkata Rao',
        gender: 'male',
        dateOfBirth: '1990-08-15',
        aadhaar: AADHAAR_DIGITS,
        mobile: '9876543210',
        doorNumber: '4-12/1, Gandhi Street',
        villageOrWard: 'Tenali',
        pincode: '522201',
        annualIncome: 120000,
        purpose: 'Scholarship',
      },
    });
    expect(filing.applicant).not.toHaveProperty('rationCardNumber');
    expect(conversation.lastText()).toContain('Submitting');

    const reference = referenceFromId(filing.id);
    conversation.resolve(filing, { status: 'created', reference });
    const done = conversation.lastText();
    expect(done).toContain(`\`\`\`${reference}\`\`\``);
    // Filed on 14/11/2025 with a 7-day SLA.
    expect(done).toContain('Revenue Department (CCLA) will decide by *21/11/2025*');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
  });

  it('when a citizen applies in Telugu, typing Telugu digits and Telugu commands, then the answers come out the same', () => {
    const conversation = inTelugu(new Conversation());
    conversation.text('ఆదాయ ధ్రువీకరణ పత్రం');
    conversation.tap('ఆదాయ ధ్రువీకరణ పత్రం');
    expect(conversation.lastText()).toContain('💰 రుసుము: ₹45');
    conversation.tap('దరఖాస్తు చేయండి');
    expect(conversation.lastText()).toContain('మీ గోప్యత');
    agree(conversation);
    expect(conversation.lastText()).toContain('ప్రశ్న 1/12');
    expect(conversation.lastText()).toContain('దరఖాస్తుదారుని పూర్తి పేరు');

    conversation.text('రవి కుమార్');
    conversation.text('వెంకట రావు');
    conversation.tap('పురుషుడు');
    conversation.text('౧౫/౦౮/౧౯౯౦');
    conversation.text(AADHAAR);
    conversation.text('9876543210');
    conversation.text('ఇంటి నం. 4-12, గాంధీ వీధి');
    conversation.text('తెనాలి');
    conversation.text('522201');
    conversation.text('౧,౨౦,౦౦౦');
    conversation.text('ఉపకార వేతనం');
    conversation.text('వదిలేయి');
    expect(conversation.lastText()).toContain('అన్నీ సరిగా ఉన్నాయా?');
    expect(conversation.lastText()).toContain('*లింగం*: పురుషుడు');

    conversation.tap('నిర్ధారించండి');
    const filing = conversation.pending('create_request');
    expect(filing.language).toBe('te');
    expect(filing.applicant).toMatchObject({
      applicantName: 'రవి కుమార్',
      gender: 'male',
      dateOfBirth: '1990-08-15',
      annualIncome: 120000,
      purpose: 'ఉపకార వేతనం',
    });
    conversation.resolve(filing, {
      status: 'created',
      reference: referenceFromId(filing.id),
      dueBy: '2025-11-21T05:30:00.000Z',
    });
    expect(conversation.lastText()).toContain('సమర్పించబడింది');
    expect(conversation.lastText()).toContain('రెవెన్యూ శాఖ *21/11/2025* లోపు నిర్ణయం తీసుకుంటుంది');
  });
});

describe('answers that do not pass validation', () => {
  it('when a date does not exist, then the question is asked again with the English reason', () => {
    const conversation = startIncomeApplication(inEnglish(new Conversation()));
    conversation.text('Ravi Kumar');
    conversation.text('Venkata Rao');
    conversation.tap('Male');
    conversation.text('31/02/1990');
    const text = conversation.lastText();
    expect(text).toContain('⚠️ Please enter a real date as DD/MM/YYYY');
    expect(text).toContain('Question 4 of 12');
    conversation.text('15/08/2030');
    expect(conversation.lastText()).toContain('The date cannot be after 14/11/2025.');
    conversation.text('15/08/1990');
    expect(conversation.lastText()).toContain('Question 5 of 12');
  });

  it('when an Aadhaar number is wrong in a Telugu conversation, then the reason is in Telugu', () => {
    const conversation = inTelugu(new Conversation());
    conversation.text('aadaya pathram');
    conversation.tap('ఆదాయ ధ్రువీకరణ పత్రం');
    conversation.tap('దరఖాస్తు చేయండి');
    agree(conversation);
    conversation.text('రవి కుమార్');
    conversation.text('వెంకట రావు');
    conversation.tap('పురుషుడు');
    conversation.text('15/08/1990');
    conversation.text('1234 5678 9012');
    expect(conversation.lastText()).toContain('ఆధార్ నంబర్ సరైనది కాదు');
    expect(conversation.lastText()).toContain('ప్రశ్న 5/12');
  });

  it('when a required question is skipped, then it is asked again as required', () => {
    const conversation = startIncomeApplication(inEnglish(new Conversation()));
    conversation.text('skip');
    expect(conversation.lastText()).toContain('⚠️ This is required.');
    expect(conversation.lastText()).toContain('Question 1 of 12');
  });

  it("when a name has digits, then the field's own pattern message is shown", () => {
    const conversation = startIncomeApplication(inEnglish(new Conversation()));
    conversation.text('R4vi');
    expect(conversation.lastText()).toContain('Use letters only (English or Telugu).');
  });
});

describe('back and cancel', () => {
  it('when the citizen types BACK, then the previous question is asked again, and back from the first shows the service', () => {
    const conversation = startIncomeApplication(inEnglish(new Conversation()));
    conversation.text('Ravi Kumar');
    conversation.text('back');
    expect(conversation.lastText()).toContain('Question 1 of 12');
    conversation.text('వెనక్కి');
    expect(conversation.session?.state).toEqual({ name: 'service_details', serviceId: INCOME });
  });

  it('when the citizen cancels and confirms, then nothing is filed and the answers are gone', () => {
    const conversation = startIncomeApplication(inEnglish(new Conversation()));
    conversation.text('Ravi Kumar');
    conversation.text('cancel');
    expect(conversation.lastText()).toContain('Cancel this application?');
    conversation.tap('No, go on');
    expect(conversation.lastText()).toContain('Question 2 of 12');
    conversation.text('CANCEL');
    conversation.tap('Yes, cancel');
    expect(conversation.lastText()).toContain('Application cancelled. Nothing was submitted.');
    expect(conversation.session?.state).toEqual({ name: 'main_menu' });
    expect(conversation.session?.draft).toBeUndefined();
    expect(conversation.history.flatMap((step) => step.effects)).toEqual([]);
  });

  it('when an answer is changed from the summary, then the summary comes back with the new answer', () => {
    const conversation = answerIncomeForm(startIncomeApplication(inEnglish(new Conversation())));
    conversation.tap('Edit');
    conversation.tap('Village or ward');
    expect(conversation.lastText()).toContain('Question 8 of 12');
    conversation.text('Guntur');
    expect(conversation.session?.state).toMatchObject({ phase: { name: 'reviewing' } });
    expect(conversation.lastText()).toContain('*Village or ward*: Guntur');
  });

  it('when the summary is longer than one interactive body, then it is sent in pieces of at most 1,024 and the buttons follow', () => {
    const withRemarks = (service: ServiceInput): ServiceInput =>
      service.id === INCOME
        ? {
            ...service,
            fields: [
              ...service.fields,
              { key: 'remarks', type: 'textarea', label: { en: 'Anything else', te: 'ఇంకేమైనా' }, maxLength: 1000 },
            ],
          }
        : service;
    const conversation = new Conversation(undefined, prepareCatalog(buildTestCatalog(7, withRemarks)));
    answerIncomeForm(startIncomeApplication(inEnglish(conversation)));
    const remarks = Array.from({ length: 90 }, (_, index) => `word${index}`).join(' ');
    conversation.text(remarks);
    const review = conversation.history.at(-1)?.outbound ?? [];
    const pieces = review.slice(0, -1).map((message) => (message.type === 'text' ? message.text.body : ''));
    expect(pieces.length).toBeGreaterThanOrEqual(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(1024);
    expect(pieces.join('\n')).toContain("*Applicant's full name*: Ravi Kumar");
    expect(pieces.join(' ')).toContain('word89');
    expect(conversation.lastInteractive().interactive.body.text).toBe('Is everything correct?');
  });

  it('when filing fails and the citizen retries, then the same request id is sent again', () => {
    const conversation = answerIncomeForm(startIncomeApplication(inEnglish(new Conversation())));
    conversation.tap('Confirm');
    const first = conversation.pending('create_request');
    conversation.resolve(first, { status: 'failed', retryable: true });
    expect(conversation.lastText()).toContain('Your answers are saved');
    conversation.tap('Try again');
    const second = conversation.pending('create_request');
    expect(second.id).toBe(first.id);
    expect(second.effectId).not.toBe(first.effectId);
  });
});
