import type { LocalizedText } from '../../../shared/i18n/languages';
import type { FormFieldInput, SelectOption } from '../../../shared/model/form-field';

/**
 * Forms for the bot's tests, modelled on the AP village/ward secretariat forms the shipped
 * catalog uses (the bot may not import the server's catalog, so these are written out here).
 */

const t = (en: string, te: string): LocalizedText => ({ en, te });
const options = (list: Array<[string, string, string]>): SelectOption[] =>
  list.map(([value, en, te]) => ({ value, label: t(en, te) }));

const NAME_PATTERN = {
  regex: "[A-Za-z\\u0C00-\\u0C7F\\u200C\\u200D .'-]{2,100}",
  message: t('Use letters only (English or Telugu).', 'అక్షరాలు మాత్రమే వాడండి (ఇంగ్లీష్ లేదా తెలుగు).'),
};
const RUPEES = t('rupees', 'రూపాయలు');

const applicantName: FormFieldInput = {
  key: 'applicantName',
  type: 'text',
  label: t("Applicant's full name", 'దరఖాస్తుదారుని పూర్తి పేరు'),
  help: t('As written in Aadhaar.', 'ఆధార్‌లో ఉన్నట్లుగా రాయండి.'),
  personal: true,
  minLength: 2,
  pattern: NAME_PATTERN,
};
const mobile: FormFieldInput = {
  key: 'mobile',
  type: 'mobile',
  label: t('Mobile number', 'మొబైల్ నంబరు'),
  help: t('Updates on this request come to this number.', 'ఈ దరఖాస్తు సమాచారం ఈ నంబరుకు వస్తుంది.'),
  personal: true,
};
export const GENDERS = options([
  ['male', 'Male', 'పురుషుడు'],
  ['female', 'Female', 'స్త్రీ'],
  ['transgender', 'Transgender', 'ట్రాన్స్‌జెండర్'],
]);

/** Income certificate: who, where, income by source, total, purpose, rice card (optional). */
export const INCOME_CERTIFICATE_FORM: FormFieldInput[] = [
  applicantName,
  {
    ...applicantName,
    key: 'fatherOrHusbandName',
    label: t("Father's or husband's name", 'తండ్రి లేదా భర్త పేరు'),
    help: undefined,
  },
  { key: 'gender', type: 'select', label: t('Gender', 'లింగం'), options: GENDERS },
  {
    key: 'dateOfBirth',
    type: 'date',
    label: t('Date of birth', 'పుట్టిన తేదీ'),
    help: t('As in your school or birth record.', 'పాఠశాల లేదా జనన రికార్డులో ఉన్నట్లుగా.'),
    personal: true,
    notAfter: 'today',
  },
  { key: 'aadhaar', type: 'aadhaar', label: t('Aadhaar number', 'ఆధార్ నంబరు'), personal: true },
  mobile,
  {
    key: 'doorNumber',
    type: 'text',
    label: t('Door number and street', 'ఇంటి నంబరు, వీధి'),
    personal: true,
    maxLength: 120,
  },
  { key: 'villageOrWard', type: 'text', label: t('Village or ward', 'గ్రామం లేదా వార్డు'), personal: true, maxLength: 80 },
  { key: 'pincode', type: 'pincode', label: t('PIN code', 'పిన్ కోడ్'), personal: true },
  {
    key: 'annualIncome',
    type: 'number',
    label: t('Total annual family income', 'కుటుంబ మొత్తం వార్షిక ఆదాయం'),
    personal: true,
    min: 0,
    integer: true,
    unit: RUPEES,
  },
  {
    key: 'purpose',
    type: 'text',
    label: t('Purpose of the certificate', 'ధ్రువీకరణ పత్రం అవసరమైన ఉద్దేశం'),
    help: t('For example: scholarship, job, bank loan.', 'ఉదా: స్కాలర్‌షిప్, ఉద్యోగం, బ్యాంకు రుణం.'),
  },
  {
    key: 'rationCardNumber',
    type: 'text',
    label: t('Rice card number', 'రైస్ కార్డు నంబరు'),
    personal: true,
    required: false,
    pattern: { regex: '[A-Za-z0-9]{6,15}', message: t('6 to 15 letters or digits.', '6 నుంచి 15 అక్షరాలు లేదా అంకెలు.') },
  },
];

/** Integrated (caste) certificate: an 8-option list and an 11-option numbered question. */
export const CASTE_CERTIFICATE_FORM: FormFieldInput[] = [
  applicantName,
  {
    key: 'casteCategory',
    type: 'select',
    label: t('Caste category', 'కుల వర్గం'),
    options: options([
      ['oc', 'OC (open category)', 'ఓసీ (ఓపెన్ కేటగిరీ)'],
      ['bc_a', 'BC-A', 'బీసీ-ఎ'],
      ['bc_b', 'BC-B', 'బీసీ-బి'],
      ['bc_c', 'BC-C', 'బీసీ-సి'],
      ['bc_d', 'BC-D', 'బీసీ-డి'],
      ['bc_e', 'BC-E', 'బీసీ-ఇ'],
      ['sc', 'SC', 'ఎస్సీ'],
      ['st', 'ST', 'ఎస్టీ'],
    ]),
  },
  {
    key: 'relation',
    type: 'select',
    label: t('Your relation to the applicant', 'దరఖాస్తుదారునితో మీ సంబంధం'),
    options: options([
      ['self', 'Self', 'స్వయంగా'],
      ['father', 'Father', 'తండ్రి'],
      ['mother', 'Mother', 'తల్లి'],
      ['husband', 'Husband', 'భర్త'],
      ['wife', 'Wife', 'భార్య'],
      ['son', 'Son', 'కుమారుడు'],
      ['daughter', 'Daughter', 'కుమార్తె'],
      ['brother', 'Brother', 'సోదరుడు'],
      ['sister', 'Sister', 'సోదరి'],
      ['grandchild', 'Grandson or granddaughter', 'మనవడు లేదా మనవరాలు'],
      ['other', 'Other', 'ఇతర'],
    ]),
  },
  {
    key: 'parentsSameCaste',
    type: 'yesno',
    label: t('Are both parents of the same caste?', 'తల్లిదండ్రులిద్దరూ ఒకే కులానికి చెందినవారా?'),
  },
];

/** A civic complaint with evidence: where (a shared location), a photo, and an optional note. */
export const STREET_LIGHT_FORM: FormFieldInput[] = [
  { key: 'location', type: 'location', label: t('Where is the street light?', 'వీధి దీపం ఎక్కడ ఉంది?') },
  { key: 'photo', type: 'photo', label: t('Photo of the street light', 'వీధి దీపం ఫోటో'), maxSizeKb: 2048 },
  {
    key: 'poleNumber',
    type: 'text',
    label: t('Pole number, if painted on it', 'స్తంభం నంబరు (ఉంటే)'),
    required: false,
    maxLength: 20,
  },
];

/** A payment: the DISCOM (labels too long for buttons), the service number and the amount. */
export const ELECTRICITY_BILL_FORM: FormFieldInput[] = [
  {
    key: 'discom',
    type: 'select',
    label: t('Your electricity company (DISCOM)', 'మీ విద్యుత్ పంపిణీ సంస్థ (డిస్కం)'),
    options: options([
      ['apepdcl', 'APEPDCL (Eastern: Srikakulam to East Godavari)', 'ఏపీఈపీడీసీఎల్ (తూర్పు ప్రాంత డిస్కం)'],
      ['apcpdcl', 'APCPDCL (Central: Krishna, Guntur, Prakasam)', 'ఏపీసీపీడీసీఎల్ (మధ్య ప్రాంత డిస్కం)'],
      ['apspdcl', 'APSPDCL (Southern: Nellore and Rayalaseema)', 'ఏపీఎస్పీడీసీఎల్ (దక్షిణ ప్రాంత డిస్కం)'],
    ]),
  },
  {
    key: 'serviceNumber',
    type: 'text',
    label: t('Service number (USC No.)', 'సర్వీసు నంబరు (యూఎస్సీ నం.)'),
    help: t('Printed at the top of your bill.', 'మీ బిల్లు పైభాగంలో ఉంటుంది.'),
    pattern: { regex: '[0-9]{9,13}', message: t('9 to 13 digits.', '9 నుంచి 13 అంకెలు.') },
  },
  { key: 'amount', type: 'number', label: t('Amount to pay', 'చెల్లించాల్సిన మొత్తం'), min: 1, integer: true, unit: RUPEES },
];

/** What the other services ask in these tests: who is applying and how to reach them. */
export const SHORT_FORM: FormFieldInput[] = [applicantName, mobile];

export const INCOME_DOCUMENTS = [
  { code: 'aadhaar_card', name: t('Aadhaar card', 'ఆధార్ కార్డు') },
  { code: 'rice_card', name: t('Rice card', 'రైస్ కార్డు') },
  {
    code: 'income_proof',
    name: t('Income proof (salary slip, IT return or self-declaration)', 'ఆదాయ రుజువు (జీతం స్లిప్, ఐటీ రిటర్న్ లేదా స్వీయ ప్రకటన)'),
  },
  { code: 'photo', name: t('Passport-size photo', 'పాస్‌పోర్ట్ సైజు ఫోటో') },
];
