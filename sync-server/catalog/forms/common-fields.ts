import type { LocalizedText } from '../../../shared/i18n/languages';
import {
  dateField,
  type FieldOverrides,
  numberField,
  photoField,
  selectField,
  simpleField,
  t,
  textareaField,
  textField,
} from './field-kit';
import { GRIEVANCE_CATEGORIES } from './options';

/** Fields that are not about a person: money, dates, references, descriptions and evidence. */

const RUPEES = t('rupees', 'రూపాయలు');

export const purpose = (overrides: FieldOverrides = {}) =>
  textField(
    {
      key: 'purpose',
      label: t('Purpose of the certificate', 'ధ్రువీకరణ పత్రం అవసరమైన ఉద్దేశం'),
      help: t('For example: scholarship, job, bank loan.', 'ఉదా: స్కాలర్‌షిప్, ఉద్యోగం, బ్యాంకు రుణం.'),
      maxLength: 100,
    },
    overrides,
  );

/** Total yearly income of the applicant's family; personal because it reveals their means. */
export const annualIncome = (overrides: FieldOverrides = {}) =>
  numberField(
    {
      key: 'annualIncome',
      label: t('Total annual family income', 'కుటుంబ మొత్తం వార్షిక ఆదాయం'),
      help: t(
        'Income of all members from all sources in the last year.',
        'గత సంవత్సరం అన్ని మార్గాల నుంచి కుటుంబ సభ్యులందరి ఆదాయం.',
      ),
      personal: true,
      min: 0,
      integer: true,
      unit: RUPEES,
    },
    overrides,
  );

/** One income source; optional so people can give only the sources they have. */
export const incomeFrom = (key: string, label: LocalizedText) =>
  numberField({ key, label, personal: true, required: false, min: 0, integer: true, unit: RUPEES });

export const amount = (overrides: FieldOverrides = {}) =>
  numberField(
    { key: 'amount', label: t('Amount to pay', 'చెల్లించాల్సిన మొత్తం'), min: 1, integer: true, unit: RUPEES },
    overrides,
  );

export const rupees = (key: string, label: LocalizedText, overrides: FieldOverrides = {}) =>
  numberField({ key, label, min: 0, integer: true, unit: RUPEES }, overrides);

export const count = (key: string, label: LocalizedText, max: number, overrides: FieldOverrides = {}) =>
  numberField({ key, label, min: 1, max, integer: true }, overrides);

export const area = (key: string, label: LocalizedText, unit: LocalizedText, overrides: FieldOverrides = {}) =>
  numberField({ key, label, min: 0, unit }, overrides);

export const ACRES = t('acres', 'ఎకరాలు');
export const SQUARE_FEET = t('square feet', 'చదరపు అడుగులు');
export const SQUARE_YARDS = t('square yards', 'చదరపు గజాలు');

/** A date in the future or today, for visits and bookings. */
export const visitDate = (overrides: FieldOverrides = {}) =>
  dateField({ key: 'visitDate', label: t('Date of visit', 'సందర్శించే తేదీ'), notBefore: 'today' }, overrides);

/** A date that has already happened (an incident, a death, a sowing). */
export const pastDate = (key: string, label: LocalizedText, overrides: FieldOverrides = {}) =>
  dateField({ key, label, notAfter: 'today' }, overrides);

export const persons = (max: number, overrides: FieldOverrides = {}) =>
  numberField({ key: 'persons', label: t('Number of persons', 'వ్యక్తుల సంఖ్య'), min: 1, max, integer: true }, overrides);

export const referenceNumber = (overrides: FieldOverrides = {}) =>
  textField(
    {
      key: 'referenceNumber',
      label: t('Application or reference number', 'దరఖాస్తు లేదా రిఫరెన్స్ నంబరు'),
      help: t('It is on the acknowledgement you received.', 'మీకు ఇచ్చిన రసీదుపై ఉంటుంది.'),
      minLength: 4,
      maxLength: 40,
    },
    overrides,
  );

export const description = (overrides: FieldOverrides = {}) =>
  textareaField(
    {
      key: 'description',
      label: t('Describe the problem', 'సమస్యను వివరించండి'),
      help: t('What happened, where and since when.', 'ఏం జరిగింది, ఎక్కడ, ఎప్పటి నుంచి.'),
      maxLength: 1000,
    },
    overrides,
  );

/** Free text for anything a request needs to explain, optional unless a form says so. */
export const details = (overrides: FieldOverrides = {}) =>
  textareaField(
    {
      key: 'details',
      label: t('Details of your request', 'మీ దరఖాస్తు వివరాలు'),
      required: false,
      maxLength: 1000,
    },
    overrides,
  );

export const grievanceCategory = (overrides: FieldOverrides = {}) =>
  selectField({ key: 'category', label: t('Type of problem', 'సమస్య రకం'), options: GRIEVANCE_CATEGORIES }, overrides);

/** A photo of the problem; it is evidence, not a portrait, so it is not personal data. */
export const evidencePhoto = (overrides: FieldOverrides = {}) =>
  photoField(
    {
      key: 'evidencePhoto',
      label: t('Photo of the problem', 'సమస్య ఫోటో'),
      help: t('Optional. A photo helps staff find and fix it faster.', 'ఐచ్ఛికం. ఫోటో ఉంటే సిబ్బంది త్వరగా గుర్తించి పరిష్కరిస్తారు.'),
      required: false,
      maxSizeKb: 2048,
    },
    overrides,
  );

export const spotLocation = (overrides: FieldOverrides = {}) =>
  simpleField(
    'location',
    {
      key: 'spotLocation',
      label: t('Location of the problem', 'సమస్య ఉన్న ప్రదేశం'),
      help: t('Share the location from your phone, if you can.', 'వీలైతే మీ ఫోన్ నుంచి లొకేషన్ పంపండి.'),
      required: false,
    },
    overrides,
  );

export const surveyNumber = (overrides: FieldOverrides = {}) =>
  textField(
    {
      key: 'surveyNumber',
      label: t('Survey number', 'సర్వే నంబరు'),
      help: t('With sub-division if any, for example 123/2A.', 'సబ్ డివిజన్ ఉంటే దానితో, ఉదా: 123/2A.'),
      maxLength: 30,
    },
    overrides,
  );

export const village = (overrides: FieldOverrides = {}) =>
  textField({ key: 'village', label: t('Revenue village', 'రెవెన్యూ గ్రామం'), maxLength: 80 }, overrides);

export const khataNumber = (overrides: FieldOverrides = {}) =>
  textField({ key: 'khataNumber', label: t('Khata number', 'ఖాతా నంబరు'), required: false, maxLength: 20 }, overrides);

export const yesNo = (key: string, label: LocalizedText, overrides: FieldOverrides = {}) =>
  simpleField('yesno', { key, label }, overrides);

export const shortText = (key: string, label: LocalizedText, overrides: FieldOverrides = {}) =>
  textField({ key, label, maxLength: 100 }, overrides);
