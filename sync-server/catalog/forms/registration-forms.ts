import type { FormFieldInput } from '../../../shared/model/form-field';
import { villageOrWard } from './address-fields';
import { pastDate, rupees, shortText, surveyNumber, village, visitDate } from './common-fields';
import { numberField, t, textField } from './field-kit';
import { aadhaar, applicantName, mobile, nameField, photo } from './person-fields';

/** Registration & Stamps (IGRS): encumbrance, certified copies, marriages, slots. */

const sroName = () =>
  shortText('sroName', t('Sub-Registrar office', 'సబ్ రిజిస్ట్రార్ కార్యాలయం'), {
    help: t('The office where the property or document is registered.', 'ఆస్తి లేదా దస్తావేజు నమోదైన కార్యాలయం.'),
  });

const documentNumber = (required: boolean) =>
  textField({
    key: 'documentNumber',
    label: t('Document number', 'దస్తావేజు నంబరు'),
    required,
    maxLength: 30,
  });

/** An EC searches the register by property over a period; the document number narrows it when known. */
export const encumbranceCertificate: FormFieldInput[] = [
  sroName(),
  village(),
  surveyNumber({ help: t('Or the house/plot number in towns.', 'లేదా పట్టణాల్లో ఇంటి/ప్లాట్ నంబరు.') }),
  documentNumber(false),
  pastDate('periodFrom', t('Search from date', 'శోధన ప్రారంభ తేదీ')),
  pastDate('periodTo', t('Search up to date', 'శోధన ముగింపు తేదీ')),
  applicantName(),
  mobile(),
];

export const registeredDocumentCopy: FormFieldInput[] = [
  sroName(),
  documentNumber(true),
  numberField({
    key: 'registrationYear',
    label: t('Year of registration', 'నమోదైన సంవత్సరం'),
    min: 1900,
    max: 2100,
    integer: true,
  }),
  applicantName(),
  mobile(),
];

export const marriageCertificate: FormFieldInput[] = [
  nameField('husbandName', t("Husband's full name", 'భర్త పూర్తి పేరు')),
  aadhaar({ key: 'husbandAadhaar', label: t("Husband's Aadhaar number", 'భర్త ఆధార్ నంబరు') }),
  nameField('wifeName', t("Wife's full name", 'భార్య పూర్తి పేరు')),
  aadhaar({ key: 'wifeAadhaar', label: t("Wife's Aadhaar number", 'భార్య ఆధార్ నంబరు') }),
  pastDate('marriageDate', t('Date of marriage', 'వివాహ తేదీ')),
  shortText('marriagePlace', t('Place of marriage', 'వివాహం జరిగిన ప్రదేశం')),
  villageOrWard(),
  mobile(),
  photo({ key: 'weddingPhoto', label: t('Wedding photo of the couple', 'దంపతుల వివాహ ఫోటో'), help: undefined }),
];

export const registrationSlot: FormFieldInput[] = [
  sroName(),
  visitDate({ label: t('Preferred date', 'కోరుకునే తేదీ') }),
  shortText('documentType', t('Type of document', 'దస్తావేజు రకం'), {
    help: t('For example: sale deed, gift deed, mortgage.', 'ఉదా: సేల్ డీడ్, గిఫ్ట్ డీడ్, తనఖా.'),
  }),
  textField({
    key: 'draftReference',
    label: t('Public data entry number, if you have one', 'పబ్లిక్ డేటా ఎంట్రీ నంబరు (ఉంటే)'),
    required: false,
    maxLength: 30,
  }),
  applicantName(),
  mobile(),
];

/** Information services with one optional question, to narrow the answer. */
export const marketValueLookup: FormFieldInput[] = [village({ required: false })];

export const stampDutyCalculator: FormFieldInput[] = [
  rupees('propertyValue', t('Value of the property', 'ఆస్తి విలువ'), { required: false }),
];

export const documentSearch: FormFieldInput[] = [surveyNumber({ required: false })];
