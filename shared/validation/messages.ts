import type { Language, LocalizedText } from '../i18n/languages';

/**
 * Every way an answer can fail validation. A closed list so that each code has a message in
 * every language, and so clients can branch on the code rather than on the text.
 */
export const FIELD_ERROR_CODES = [
  'required',
  'too_short',
  'too_long',
  'pattern',
  'not_a_number',
  'not_an_integer',
  'below_min',
  'above_max',
  'invalid_date',
  'date_too_early',
  'date_too_late',
  'not_an_option',
  'invalid_yesno',
  'invalid_aadhaar',
  'invalid_mobile',
  'invalid_pincode',
  'invalid_email',
  'invalid_attachment',
  'attachment_too_large',
  'invalid_location',
  'unknown_field',
] as const;

/** One of {@link FIELD_ERROR_CODES}. */
export type FieldErrorCode = (typeof FIELD_ERROR_CODES)[number];

/**
 * A value for a `{name}` placeholder. Numbers are shown with Indian digit grouping (1,20,000);
 * a {@link LocalizedText} supplies a different word per language.
 */
export type MessageParam = string | number | LocalizedText;

/** Values for the placeholders in a message template, by placeholder name. */
export type MessageParams = Readonly<Record<string, MessageParam>>;

/**
 * The message template for each error code, in every language. Placeholders in braces are
 * filled by {@link formatMessage}: `{min}`, `{max}` (numbers, or a size such as `1 MB`),
 * `{date}` (shown as DD/MM/YYYY) and `{accepted}` (what kind of file is expected).
 */
export const FIELD_ERROR_MESSAGES: Readonly<Record<FieldErrorCode, LocalizedText>> = {
  required: {
    en: 'This is required.',
    te: 'ఈ వివరం తప్పనిసరి.',
  },
  too_short: {
    en: 'Please enter at least {min} characters.',
    te: 'కనీసం {min} అక్షరాలు నమోదు చేయండి.',
  },
  too_long: {
    en: 'Please enter at most {max} characters.',
    te: 'గరిష్ఠంగా {max} అక్షరాలు మాత్రమే నమోదు చేయండి.',
  },
  pattern: {
    en: 'This is not in the expected format.',
    te: 'ఇది సరైన రూపంలో లేదు.',
  },
  not_a_number: {
    en: 'Please enter a number, for example 25.',
    te: 'దయచేసి ఒక సంఖ్యను నమోదు చేయండి, ఉదాహరణకు 25.',
  },
  not_an_integer: {
    en: 'Please enter a whole number, without decimals.',
    te: 'దశాంశాలు లేకుండా పూర్ణ సంఖ్యను నమోదు చేయండి.',
  },
  below_min: {
    en: 'Please enter {min} or more.',
    te: '{min} లేదా అంతకంటే ఎక్కువ నమోదు చేయండి.',
  },
  above_max: {
    en: 'Please enter {max} or less.',
    te: '{max} లేదా అంతకంటే తక్కువ నమోదు చేయండి.',
  },
  invalid_date: {
    en: 'Please enter a real date as DD/MM/YYYY, for example 15/08/1990.',
    te: 'సరైన తేదీని రోజు/నెల/సంవత్సరం (DD/MM/YYYY) రూపంలో నమోదు చేయండి, ఉదాహరణకు 15/08/1990.',
  },
  date_too_early: {
    en: 'The date cannot be before {date}.',
    te: 'తేదీ {date} కంటే ముందు ఉండకూడదు.',
  },
  date_too_late: {
    en: 'The date cannot be after {date}.',
    te: 'తేదీ {date} తర్వాత ఉండకూడదు.',
  },
  not_an_option: {
    en: 'Please choose one of the options given.',
    te: 'ఇచ్చిన ఎంపికలలో ఒకదాన్ని ఎంచుకోండి.',
  },
  invalid_yesno: {
    en: 'Please answer yes or no.',
    te: 'దయచేసి అవును లేదా కాదు అని జవాబు ఇవ్వండి.',
  },
  invalid_aadhaar: {
    en: 'This Aadhaar number is not valid. Please check the 12 digits on the card.',
    te: 'ఆధార్ నంబర్ సరైనది కాదు. కార్డుపై ఉన్న 12 అంకెలను మళ్ళీ సరిచూడండి.',
  },
  invalid_mobile: {
    en: 'Please enter a valid 10-digit mobile number.',
    te: 'సరైన 10 అంకెల మొబైల్ నంబర్ నమోదు చేయండి.',
  },
  invalid_pincode: {
    en: 'Please enter a valid 6-digit PIN code.',
    te: 'సరైన 6 అంకెల పిన్ కోడ్ నమోదు చేయండి.',
  },
  invalid_email: {
    en: 'Please enter a valid email address.',
    te: 'సరైన ఈమెయిల్ చిరునామా నమోదు చేయండి.',
  },
  invalid_attachment: {
    en: 'This file cannot be used. Please attach {accepted}.',
    te: 'ఈ ఫైల్ సరైనది కాదు. దయచేసి {accepted} జత చేయండి.',
  },
  attachment_too_large: {
    en: 'This file is too large. The limit is {max}.',
    te: 'ఈ ఫైల్ చాలా పెద్దది. గరిష్ఠ పరిమాణం {max}.',
  },
  invalid_location: {
    en: 'Please share a valid location.',
    te: 'దయచేసి సరైన లొకేషన్ పంపండి.',
  },
  unknown_field: {
    en: 'This form has no such question.',
    te: 'ఈ ఫారంలో ఇలాంటి ప్రశ్న లేదు.',
  },
};

// Indian grouping (1,20,000) reads naturally in both English and Telugu messages.
const NUMBER_FORMAT = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 6 });

function renderParam(param: MessageParam, language: Language): string {
  if (typeof param === 'number') return NUMBER_FORMAT.format(param);
  if (typeof param === 'string') return param;
  return param[language] || param.en;
}

/**
 * Fills `{name}` placeholders in every language of `template` from `params`.
 * A placeholder with no matching parameter is left as written, so a missing value shows up
 * in tests rather than silently disappearing.
 */
export function formatMessage(template: LocalizedText, params: MessageParams = {}): LocalizedText {
  const fill = (language: Language): string =>
    template[language].replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
      const param = Object.hasOwn(params, name) ? params[name] : undefined;
      return param === undefined ? whole : renderParam(param, language);
    });
  // Spelled out per language so that adding one to LANGUAGES is a type error here until handled.
  return { en: fill('en'), te: fill('te') };
}

/** The message for `code` in every language, with its placeholders filled from `params`. */
export function fieldErrorMessage(code: FieldErrorCode, params: MessageParams = {}): LocalizedText {
  return formatMessage(FIELD_ERROR_MESSAGES[code], params);
}
