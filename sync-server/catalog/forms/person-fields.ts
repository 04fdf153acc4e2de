import type { LocalizedText } from '../../../shared/i18n/languages';
import type { FormFieldInput } from '../../../shared/model/form-field';
import {
  dateField,
  type FieldOverrides,
  numberField,
  photoField,
  selectField,
  simpleField,
  t,
  textField,
} from './field-kit';
import { CASTE_CATEGORIES, GENDERS, RELATIONS, RELIGIONS } from './options';

/**
 * Fields about a person. Anything that identifies someone is `personal`, so it is encrypted at
 * rest and kept out of tracking views.
 */

// Telugu keyboards insert zero-width (non-)joiners inside some conjuncts, so those are letters here too.
const ASCII_OR_TELUGU_NAME = {
  regex: "[A-Za-z\\u0C00-\\u0C7F\\u200C\\u200D .'-]{2,100}",
  message: t('Use letters only (English or Telugu).', 'అక్షరాలు మాత్రమే వాడండి (ఇంగ్లీష్ లేదా తెలుగు).'),
};

/** A person's name with the usual letters-only check; the base of every name field below. */
export function nameField(
  key: string,
  label: LocalizedText,
  help?: LocalizedText,
  overrides: FieldOverrides = {},
): FormFieldInput {
  return textField(
    {
      key,
      label,
      personal: true,
      minLength: 2,
      maxLength: 100,
      pattern: ASCII_OR_TELUGU_NAME,
      ...(help ? { help } : {}),
    },
    overrides,
  );
}

export const applicantName = (overrides: FieldOverrides = {}) =>
  nameField(
    'applicantName',
    t("Applicant's full name", 'దరఖాస్తుదారుని పూర్తి పేరు'),
    t('As written in Aadhaar.', 'ఆధార్‌లో ఉన్నట్లుగా రాయండి.'),
    overrides,
  );

export const fatherOrHusbandName = (overrides: FieldOverrides = {}) =>
  nameField(
    'fatherOrHusbandName',
    t("Father's or husband's name", 'తండ్రి లేదా భర్త పేరు'),
    t('Married women may give the husband’s name.', 'వివాహిత మహిళలు భర్త పేరు ఇవ్వవచ్చు.'),
    overrides,
  );

export const fatherName = (overrides: FieldOverrides = {}) =>
  nameField('fatherName', t("Father's name", 'తండ్రి పేరు'), undefined, overrides);

export const motherName = (overrides: FieldOverrides = {}) =>
  nameField('motherName', t("Mother's name", 'తల్లి పేరు'), undefined, overrides);

export const dateOfBirth = (overrides: FieldOverrides = {}) =>
  dateField(
    {
      key: 'dateOfBirth',
      label: t('Date of birth', 'పుట్టిన తేదీ'),
      help: t('As in your school or birth record.', 'పాఠశాల లేదా జనన రికార్డులో ఉన్నట్లుగా.'),
      personal: true,
      notAfter: 'today',
    },
    overrides,
  );

export const age = (overrides: FieldOverrides = {}) =>
  numberField(
    {
      key: 'age',
      label: t('Age', 'వయస్సు'),
      personal: true,
      min: 0,
      max: 120,
      integer: true,
      unit: t('years', 'సంవత్సరాలు'),
    },
    overrides,
  );

export const gender = (overrides: FieldOverrides = {}) =>
  selectField({ key: 'gender', label: t('Gender', 'లింగం'), options: GENDERS }, overrides);

export const aadhaar = (overrides: FieldOverrides = {}) =>
  simpleField(
    'aadhaar',
    {
      key: 'aadhaar',
      label: t('Aadhaar number', 'ఆధార్ నంబరు'),
      help: t('12 digits. Used only to verify who you are.', '12 అంకెలు. మీ గుర్తింపు నిర్ధారణకు మాత్రమే వాడతాం.'),
      personal: true,
    },
    overrides,
  );

export const mobile = (overrides: FieldOverrides = {}) =>
  simpleField(
    'mobile',
    {
      key: 'mobile',
      label: t('Mobile number', 'మొబైల్ నంబరు'),
      help: t('Updates on this request come to this number.', 'ఈ దరఖాస్తు సమాచారం ఈ నంబరుకు వస్తుంది.'),
      personal: true,
    },
    overrides,
  );

export const email = (overrides: FieldOverrides = {}) =>
  simpleField(
    'email',
    { key: 'email', label: t('Email address', 'ఈమెయిల్ చిరునామా'), personal: true, required: false },
    overrides,
  );

export const photo = (overrides: FieldOverrides = {}) =>
  photoField(
    {
      key: 'photo',
      label: t('Passport-size photo', 'పాస్‌పోర్ట్ సైజు ఫోటో'),
      help: t('A clear photo of your face on a plain background.', 'సాదా నేపథ్యంలో మీ ముఖం స్పష్టంగా కనిపించే ఫోటో.'),
      personal: true,
      maxSizeKb: 1024,
    },
    overrides,
  );

export const relation = (key: string, label: LocalizedText, overrides: FieldOverrides = {}) =>
  selectField({ key, label, options: RELATIONS }, overrides);

export const religion = (overrides: FieldOverrides = {}) =>
  selectField({ key: 'religion', label: t('Religion', 'మతం'), personal: true, options: RELIGIONS }, overrides);

/** Caste is sensitive personal data, so both caste fields are encrypted like an address. */
export const casteCategory = (overrides: FieldOverrides = {}) =>
  selectField(
    { key: 'casteCategory', label: t('Caste category', 'కుల వర్గం'), personal: true, options: CASTE_CATEGORIES },
    overrides,
  );

export const casteName = (overrides: FieldOverrides = {}) =>
  textField(
    {
      key: 'casteName',
      label: t('Caste and sub-caste', 'కులం, ఉపకులం'),
      help: t('As recorded in the school certificate.', 'పాఠశాల ధ్రువపత్రంలో ఉన్నట్లుగా.'),
      personal: true,
      maxLength: 100,
    },
    overrides,
  );

export const occupation = (overrides: FieldOverrides = {}) =>
  textField(
    {
      key: 'occupation',
      label: t('Occupation', 'వృత్తి'),
      help: t('For example: farmer, daily wage worker, shop owner.', 'ఉదా: రైతు, రోజు కూలీ, దుకాణం యజమాని.'),
      maxLength: 80,
    },
    overrides,
  );

/** Rice (ration) card number; optional by default because not every household has one. */
export const rationCardNumber = (overrides: FieldOverrides = {}) =>
  textField(
    {
      key: 'rationCardNumber',
      label: t('Rice card number', 'రైస్ కార్డు నంబరు'),
      help: t('If your family has a rice card.', 'మీ కుటుంబానికి రైస్ కార్డు ఉంటే.'),
      personal: true,
      required: false,
      pattern: {
        regex: '[A-Za-z0-9]{6,15}',
        message: t('6 to 15 letters or digits.', '6 నుంచి 15 అక్షరాలు లేదా అంకెలు.'),
      },
    },
    overrides,
  );
