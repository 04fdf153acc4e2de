import { MESSAGES } from '../../bot/conversation';
import type { FakeSentMessage } from '../../bot/fake-graph';
import { pick } from '../../shared/i18n/pick';
import type { Language } from '../../shared/i18n/languages';
import type { FormField } from '../../shared/model/form-field';
import type { Geography } from '../../shared/model/geography';
import type { Service } from '../../shared/model/service';
import { validAadhaar } from '../fixtures/answers';
import { bodyOf, choicesOf, type WhatsAppCitizen } from './whatsapp-citizen';

/**
 * A citizen's way through an application on WhatsApp, reading each reply to know what comes
 * next: the language, the search, the service, the privacy notice, the place picker, every
 * question of the form as the bot asks it (typed, or tapped by the ids it sent), the summary.
 */

/** Aadhaar as printed on the card: 4-4-4 digits. */
export const AADHAAR = validAadhaar().replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3');

/** What the citizen answers, by field key; `skip` taps Skip. Fields not named get an answer by type. */
export type Answer = { text: string } | { option: string } | { skip: true };

export const INCOME_ANSWERS: Record<Language, Record<string, Answer>> = {
  en: {
    applicantName: { text: 'Ravi Kumar' },
    fatherOrHusbandName: { text: 'Venkata Rao' },
    gender: { option: 'male' },
    dateOfBirth: { text: '15/08/1990' },
    aadhaar: { text: AADHAAR },
    mobile: { text: '98765 43210' },
    doorNumber: { text: '4-12/1, Gandhi Street' },
    villageOrWard: { text: 'Old Guntur' },
    pincode: { text: '522 001' },
    occupation: { text: 'Farmer' },
    incomeAgriculture: { text: '80,000' },
    incomeWages: { text: '40000' },
    incomeOther: { skip: true },
    annualIncome: { text: '1,20,000' },
    purpose: { text: 'Scholarship' },
    rationCardNumber: { text: 'WAP4471203' },
  },
  te: {
    applicantName: { text: 'లక్ష్మి దేవి' },
    fatherOrHusbandName: { text: 'సుబ్బా రావు' },
    gender: { option: 'female' },
    // Telugu digits, as a Telugu keyboard types them.
    dateOfBirth: { text: '౦౫/౦౩/౧౯౮౮' },
    aadhaar: { text: AADHAAR },
    mobile: { text: '9848012345' },
    doorNumber: { text: 'ఇంటి నం. 7-3, బ్రాడీపేట 2వ లైను' },
    villageOrWard: { text: 'బ్రాడీపేట' },
    pincode: { text: '522002' },
    occupation: { text: 'దర్జీ' },
    incomeAgriculture: { skip: true },
    incomeWages: { text: '౯౬,౦౦౦' },
    incomeOther: { text: '12000' },
    annualIncome: { text: '౧,౦౮,౦౦౦' },
    purpose: { text: 'ఉపకార వేతనం' },
    rationCardNumber: { skip: true },
  },
};

/** The values the answers above are stored as. */
export const INCOME_STORED: Record<Language, Record<string, unknown>> = {
  en: {
    applicantName: 'Ravi Kumar',
    gender: 'male',
    dateOfBirth: '1990-08-15',
    aadhaar: validAadhaar(),
    mobile: '9876543210',
    pincode: '522001',
    annualIncome: 120000,
    incomeAgriculture: 80000,
    purpose: 'Scholarship',
    rationCardNumber: 'WAP4471203',
  },
  te: {
    applicantName: 'లక్ష్మి దేవి',
    gender: 'female',
    dateOfBirth: '1988-03-05',
    aadhaar: validAadhaar(),
    mobile: '9848012345',
    incomeWages: 96000,
    annualIncome: 108000,
    purpose: 'ఉపకార వేతనం',
  },
};

/** A district, mandal and secretariat by code, with their names in the citizen's language. */
export function placeNames(geography: Geography, secretariatCode: string, language: Language) {
  for (const district of geography.districts)
    for (const mandal of district.mandals)
      for (const secretariat of mandal.secretariats)
        if (secretariat.code === secretariatCode)
          return {
            district: pick(district.name, language),
            mandal: pick(mandal.name, language),
            secretariat: pick(secretariat.name, language),
          };
  throw new Error(`no secretariat ${secretariatCode}`);
}

function textOf(turn: readonly FakeSentMessage[]): string {
  return turn.map((sent) => bodyOf(sent.message)).join('\n---\n');
}

/** Hi → the language buttons → the language; returns the main menu turn. */
export async function chooseLanguage(citizen: WhatsAppCitizen, language: Language): Promise<FakeSentMessage[]> {
  await citizen.text(language === 'te' ? 'నమస్కారం' : 'Hi');
  return citizen.tap(language === 'te' ? 'తెలుగు' : 'English');
}

/**
 * Types `query`, opens `service` from the results (or takes it when it is the one hit), taps
 * Apply and accepts the privacy notice if it is asked for.
 */
export async function startApplication(
  citizen: WhatsAppCitizen,
  language: Language,
  query: string,
  service: Service,
): Promise<FakeSentMessage[]> {
  const m = MESSAGES[language];
  let turn = await citizen.text(query);
  const offersApply = () =>
    choicesOf(citizen.lastInteractive().message).some((choice) => choice.title === m.buttons.apply);
  if (!offersApply()) turn = await citizen.tap((choice) => choice.id.endsWith(`|${service.id}`));
  if (!textOf(turn).includes(pick(service.name, language))) throw new Error(`the bot did not open ${service.id}`);
  turn = await citizen.tap(m.buttons.apply);
  if (choicesOf(citizen.lastInteractive().message).some((choice) => choice.title === m.buttons.accept)) {
    turn = await citizen.tap(m.buttons.accept);
  }
  return turn;
}

/** Chooses the district, the mandal and the secretariat by their names, turning pages as needed. */
export async function choosePlace(
  citizen: WhatsAppCitizen,
  names: { district: string; mandal: string; secretariat: string },
): Promise<FakeSentMessage[]> {
  await citizen.choose(names.district);
  await citizen.choose(names.mandal);
  return citizen.choose(names.secretariat);
}

/** The question `turn` asks, found by its "Question n of m" line and bold label. */
export function askedField(turn: readonly FakeSentMessage[], service: Service, language: Language) {
  const text = textOf(turn);
  const m = MESSAGES[language];
  const total = service.fields.length;
  return service.fields.find((field, index) =>
    text.includes(`${m.form.question(index + 1, total)}\n*${pick(field.label, language)}*`),
  );
}

/** Whether `turn` is the summary that asks to confirm. */
export function isSummary(turn: readonly FakeSentMessage[], language: Language): boolean {
  return textOf(turn).includes(MESSAGES[language].review.question);
}

function defaultAnswer(field: FormField, language: Language): Answer {
  switch (field.type) {
    case 'select':
      return { option: field.options[0]?.value ?? '' };
    case 'yesno':
      return { option: 'yes' };
    case 'date':
      return { text: '15/08/1990' };
    case 'number':
      return { text: String(Math.max(field.min ?? 1, 1)) };
    case 'aadhaar':
      return { text: AADHAAR };
    case 'mobile':
      return { text: '9876543210' };
    case 'pincode':
      return { text: '522001' };
    case 'email':
      return { text: 'citizen@example.in' };
    case 'text':
    case 'textarea':
      return { text: language === 'te' ? 'గుంటూరు' : 'Guntur' };
    case 'photo':
    case 'document':
    case 'location':
      if (!field.required) return { skip: true };
      throw new Error(`field ${field.key} wants a ${field.type}; this driver answers typed questions only`);
  }
}

/**
 * Answers the questions the bot asks, starting from the question in `turn`, until the summary
 * (or after `limit` answers). Returns the last turn and the keys answered, in order.
 */
export async function answerQuestions(
  citizen: WhatsAppCitizen,
  service: Service,
  language: Language,
  turn: readonly FakeSentMessage[],
  answers: Record<string, Answer>,
  limit = Number.POSITIVE_INFINITY,
): Promise<{ turn: FakeSentMessage[]; answered: string[] }> {
  const m = MESSAGES[language];
  const answered: string[] = [];
  let current = [...turn];
  while (!isSummary(current, language) && answered.length < limit) {
    const field = askedField(current, service, language);
    if (!field) throw new Error(`expected a question or the summary, got:\n${textOf(current)}`);
    if (answered.at(-1) === field.key) throw new Error(`the answer to ${field.key} was refused:\n${textOf(current)}`);
    const answer = answers[field.key] ?? defaultAnswer(field, language);
    if ('skip' in answer) current = await citizen.tap(m.buttons.skip);
    else if ('text' in answer) current = await citizen.text(answer.text);
    else if (field.type === 'select') {
      const option = field.options.find((candidate) => candidate.value === answer.option);
      if (!option) throw new Error(`${field.key} has no option ${answer.option}`);
      current = await citizen.tap(pick(option.label, language));
    } else current = await citizen.tap(answer.option === 'yes' ? m.buttons.yes : m.buttons.no);
    answered.push(field.key);
  }
  return { turn: current, answered };
}

/** Taps Confirm on the summary and returns the reference number from the bot's answer. */
export async function confirmApplication(citizen: WhatsAppCitizen, language: Language): Promise<string> {
  const turn = await citizen.tap(MESSAGES[language].buttons.confirm);
  const reference = /```([0-9A-Z]{4}(?:-[0-9A-Z]{4}){2}-[0-9A-Z])```/.exec(textOf(turn))?.[1];
  if (!reference) throw new Error(`no reference number in the answer:\n${textOf(turn)}`);
  return reference;
}

export { textOf };
