import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n/languages';
import { referenceFromId } from '../../shared/ids';
import { Conversation, choicesOf } from './testing/driver';
import { agree, answerIncomeForm, choosePlace, inEnglish, inTelugu, startIncomeApplication } from './testing/scripts';
import { TEST_GEOGRAPHY } from './testing/test-geography';

function titles(conversation: Conversation): string[] {
  return choicesOf(conversation.lastInteractive()).map((choice) => choice.title);
}

function openIncomeCertificate(conversation: Conversation): Conversation {
  conversation.text('income certificate');
  conversation.tap('Income Certificate');
  conversation.tap('Apply');
  return conversation;
}

describe('choosing where the citizen lives', () => {
  it('when a citizen applies for the first time, then district, mandal and secretariat are asked in paged lists and the request goes there', () => {
    const conversation = openIncomeCertificate(inEnglish(new Conversation()));
    conversation.tap('I agree');
    expect(conversation.lastText()).toContain('Which district do you live in?');
    expect(conversation.lastText()).toContain('(Page 1 of 3)');
    expect(titles(conversation)).toEqual([
      'Srikakulam',
      'Vizianagaram',
      'Parvathipuram Manyam',
      'Alluri Sitharama Raju',
      'Visakhapatnam',
      'Anakapalli',
      'Kakinada',
      'East Godavari',
      'Dr. B.R. Ambedkar…',
      'More…',
    ]);
    // A name too long for a row title is shortened, and given in full below it.
    expect(choicesOf(conversation.lastInteractive())[8]?.description).toBe('Dr. B.R. Ambedkar Konaseema');

    conversation.tap('More…');
    conversation.tap('Guntur');
    expect(conversation.lastText()).toContain('*Guntur* district — which mandal?');
    expect(titles(conversation)).toContain('Tenali');
    expect(titles(conversation)).toHaveLength(10);
    conversation.tap('Tenali');
    expect(conversation.lastText()).toContain('*Tenali* mandal — which village or ward secretariat?');
    expect(choicesOf(conversation.lastInteractive())[0]).toMatchObject({
      title: 'Kolakaluru',
      description: 'Village secretariat',
    });
    conversation.tap('More…');
    expect(titles(conversation)).toEqual(['Gudivada', 'Pedaravuru']);
    conversation.tap('Pedaravuru');

    const text = conversation.lastText();
    expect(text).toContain('📍 Your secretariat: *Pedaravuru, Tenali mandal, Guntur district*');
    expect(text).toContain('Question 1 of 12');
    expect(conversation.session?.place).toEqual({
      secretariatCode: 'GNT-05-011',
      name: { en: 'Pedaravuru', te: 'పెదరావూరు' },
    });

    answerIncomeForm(conversation);
    expect(conversation.lastText()).toContain('📍 *Secretariat*: Pedaravuru, Tenali mandal, Guntur district');
    conversation.tap('Confirm');
    expect(conversation.pending('create_request').secretariatCode).toBe('GNT-05-011');
  });

  it('when a citizen has chosen a place once, then later applications and grievances do not ask again', () => {
    const conversation = answerIncomeForm(startIncomeApplication(inEnglish(new Conversation())));
    conversation.tap('Confirm');
    const filing = conversation.pending('create_request');
    conversation.resolve(filing, { status: 'created', reference: referenceFromId(filing.id) });
    openIncomeCertificate(conversation);
    expect(conversation.lastText()).toContain('Question 1 of 12');
    conversation.text('menu');
    conversation.tap('Raise a grievance');
    expect(conversation.lastText()).toContain('What is your grievance about?');
  });

  it('when the citizen types names, in English or Telugu, then the one place with that name is chosen', () => {
    const english = openIncomeCertificate(inEnglish(new Conversation()));
    english.tap('I agree');
    english.text('guntur');
    english.text('Tenali');
    english.text('sangam');
    expect(english.session?.place?.secretariatCode).toBe('GNT-05-007');

    const telugu = inTelugu(new Conversation());
    telugu.text('ఆదాయ ధ్రువీకరణ పత్రం');
    telugu.tap('ఆదాయ ధ్రువీకరణ పత్రం');
    telugu.tap('దరఖాస్తు చేయండి');
    telugu.tap('అంగీకరిస్తున్నాను');
    telugu.text('గుంటూరు');
    expect(telugu.lastText()).toContain('*గుంటూరు* జిల్లా — ఏ మండలం?');
    telugu.text('తెనాలి');
    telugu.text('కొలకలూరు');
    expect(telugu.lastText()).toContain('📍 మీ సచివాలయం: *కొలకలూరు, తెనాలి మండలం, గుంటూరు జిల్లా*');
  });

  it('when a typed name fits no place or several, then nothing is guessed and the list is shown again', () => {
    const conversation = openIncomeCertificate(inEnglish(new Conversation()));
    conversation.tap('I agree');
    conversation.text('Hyderabad');
    expect(conversation.lastText()).toContain('I could not find "Hyderabad" in this list.');
    // "Godavari" is in both East and West Godavari.
    conversation.text('Godavari');
    expect(conversation.session?.state).toMatchObject({ name: 'choosing_place', step: { level: 'district' } });
  });

  it('when the citizen types BACK, then the picker goes up a level; BACK at the districts or CANCEL returns to the service', () => {
    const conversation = openIncomeCertificate(inEnglish(new Conversation()));
    conversation.tap('I agree');
    conversation.text('Guntur');
    conversation.text('Tenali');
    conversation.text('back');
    expect(conversation.lastText()).toContain('*Guntur* district — which mandal?');
    conversation.text('back');
    expect(conversation.lastText()).toContain('Which district do you live in?');
    conversation.text('back');
    expect(conversation.session?.state).toEqual({ name: 'service_details', serviceId: 'rev.income-certificate' });
    conversation.tap('Apply');
    conversation.text('cancel');
    expect(conversation.session?.state.name).toBe('service_details');
    expect(conversation.session?.place).toBeUndefined();
  });

  it('when the citizen changes the place from the summary, then the summary comes back with the new place and the request goes there', () => {
    const conversation = answerIncomeForm(startIncomeApplication(inEnglish(new Conversation())));
    conversation.tap('Edit');
    expect(choicesOf(conversation.lastInteractive())[0]).toMatchObject({
      title: 'Change place',
      description: 'Kolakaluru, Tenali mandal, Guntur district',
    });
    conversation.tap('Change place');
    conversation.text('Srikakulam');
    conversation.text('Etcherla');
    conversation.text('Kusalapuram');
    expect(conversation.lastText()).toContain('📍 *Secretariat*: Kusalapuram, Etcherla mandal, Srikakulam district');
    expect(conversation.lastText()).toContain('Is everything correct?');
    conversation.tap('Confirm');
    expect(conversation.pending('create_request').secretariatCode).toBe('SKL-03-002');
  });

  it('when the citizen leaves a change of place for the menu, then the application is kept as a draft', () => {
    const conversation = answerIncomeForm(startIncomeApplication(inEnglish(new Conversation())));
    conversation.tap('Edit');
    conversation.tap('Change place');
    conversation.text('menu');
    expect(conversation.session?.draft?.serviceId).toBe('rev.income-certificate');
    conversation.tap('Continue application');
    expect(conversation.lastText()).toContain('Is everything correct?');
    expect(conversation.lastText()).toContain('Kolakaluru');
  });

  it('when the chosen secretariat is no longer in the geography, then it is asked again before filing', () => {
    const conversation = answerIncomeForm(startIncomeApplication(inEnglish(new Conversation())));
    conversation.geography = {
      districts: TEST_GEOGRAPHY.districts.filter((district) => district.code !== 'GNT'),
    };
    conversation.tap('Confirm');
    expect(conversation.history.at(-1)?.effects).toEqual([]);
    expect(conversation.session?.state).toMatchObject({ name: 'choosing_place', then: { flow: 'review' } });
    conversation.text('Krishna');
    conversation.tap(titles(conversation)[0] ?? '');
    conversation.tap(titles(conversation)[0] ?? '');
    conversation.tap('Confirm');
    expect(conversation.pending('create_request').secretariatCode).toBe('KRI-01-001');
  });

  it.each(LANGUAGES)('in %s, every district page, mandal list and secretariat list is a valid message', (language) => {
    const conversation = new Conversation();
    if (language === 'te') inTelugu(conversation);
    else inEnglish(conversation);
    conversation.tap(language === 'te' ? 'ఫిర్యాదు చేయండి' : 'Raise a grievance');
    conversation.tap(language === 'te' ? 'అంగీకరిస్తున్నాను' : 'I agree');
    // The driver checks every message against the Cloud API limits; here every list is visited.
    for (const district of TEST_GEOGRAPHY.districts) {
      conversation.text(district.name[language]);
      for (const mandal of district.mandals) {
        conversation.text(mandal.name[language]);
        expect(conversation.session?.state).toMatchObject({ step: { level: 'secretariat' } });
        conversation.text('back');
      }
      conversation.text('back');
    }
    expect(conversation.session?.state).toMatchObject({ name: 'choosing_place', step: { level: 'district' } });
  });
});

describe('grievance topic and place', () => {
  it('when a citizen raises a grievance, then the topic is asked, shown with the place, and filed with both', () => {
    const conversation = inEnglish(new Conversation());
    conversation.tap('Raise a grievance');
    agree(conversation);
    expect(titles(conversation)).toEqual([
      'Delay',
      'Staff behaviour',
      'Wrong decision',
      'Service quality',
      'Something else',
    ]);
    conversation.tap('Delay');
    conversation.text('My caste certificate has been pending for two months.');
    conversation.tap('No photo');
    const confirmation = conversation.lastText();
    expect(confirmation).toContain('*Topic:* Delay');
    expect(confirmation).toContain('*Secretariat:* Kolakaluru, Tenali mandal, Guntur district');
    expect(titles(conversation)).toEqual(['Submit', 'Change place', 'Cancel']);

    conversation.tap('Change place');
    conversation.text('Guntur');
    conversation.text('Mangalagiri');
    conversation.text('Nerukonda');
    expect(conversation.lastText()).toContain('*Secretariat:* Nerukonda, Mangalagiri mandal, Guntur district');
    conversation.tap('Submit');
    expect(conversation.pending('create_grievance')).toMatchObject({
      secretariatCode: 'GNT-04-003',
      category: 'delay',
      description: 'My caste certificate has been pending for two months.',
    });
  });

  it('when a Telugu citizen types the topic, then it is understood', () => {
    const conversation = inTelugu(new Conversation());
    conversation.tap('ఫిర్యాదు చేయండి');
    agree(conversation);
    expect(titles(conversation)).toContain('సిబ్బంది ప్రవర్తన');
    conversation.text('సిబ్బంది ప్రవర్తన');
    expect(conversation.session?.state).toEqual({
      name: 'grievance',
      phase: { name: 'describing', category: 'staff_behaviour' },
    });
  });

  it('when a long description is confirmed, then the confirmation still fits one message', () => {
    const conversation = inEnglish(new Conversation());
    conversation.tap('Raise a grievance');
    agree(conversation);
    conversation.tap('Service quality');
    conversation.text('The street light near the school has been broken. '.repeat(60).trim());
    conversation.tap('No photo');
    expect(conversation.lastText()).toContain('*Topic:* Service quality');
  });
});

describe('what WhatsApp cannot do yet', () => {
  it('when paying or erasure are unavailable, then the citizen is told plainly where to go', () => {
    const conversation = inEnglish(new Conversation());
    conversation.text('erase');
    conversation.tap('Yes, erase');
    conversation.resolve(conversation.pending('erase_my_data'), { status: 'unavailable' });
    expect(conversation.lastText()).toContain('Erasing your data cannot be done on WhatsApp yet.');
    expect(conversation.session?.language).toBe('en');

    conversation.text('current bill');
    conversation.tap('Pay');
    conversation.tap('I agree');
    conversation.tap('APCPDCL');
    conversation.text('123456789012');
    conversation.text('1,450');
    conversation.tap('Confirm');
    conversation.resolve(conversation.pending('start_payment'), { status: 'unavailable' });
    expect(conversation.lastText()).toContain('Paying bills and fees on WhatsApp is not available yet.');
    expect(conversation.session?.place).toBeUndefined();
  });
});

it('choosePlace does nothing when no place is asked', () => {
  const conversation = inEnglish(new Conversation());
  expect(choosePlace(conversation).history).toHaveLength(2);
});
