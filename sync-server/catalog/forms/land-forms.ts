import type { FormFieldInput } from '../../../shared/model/form-field';
import { ACRES, amount, area, details, khataNumber, shortText, surveyNumber, village } from './common-fields';
import { selectField, t, textField } from './field-kit';
import { LAND_TRANSFER_TYPES } from './options';
import { aadhaar, applicantName, fatherOrHusbandName, mobile } from './person-fields';

/**
 * Land record services. Land is found by revenue village, mandal and survey number, which need
 * not be where the applicant lives, so these are asked even though the request has a jurisdiction.
 */

const landMandal = () => shortText('landMandal', t('Mandal where the land is', 'భూమి ఉన్న మండలం'));

const landLocation = (): FormFieldInput[] => [village(), landMandal(), surveyNumber()];

const extent = () => area('extent', t('Extent of the land', 'భూమి విస్తీర్ణం'), ACRES);

/** Copies and extracts: Adangal, 1-B, village map, FMB, certified copies. */
export const landRecordCopy: FormFieldInput[] = [...landLocation(), khataNumber(), applicantName(), mobile()];

/** Mutation and e-Pattadar passbook after a sale, inheritance, gift or partition. */
export const landMutation: FormFieldInput[] = [
  applicantName(),
  fatherOrHusbandName(),
  aadhaar(),
  mobile(),
  ...landLocation(),
  extent(),
  selectField({
    key: 'transferType',
    label: t('How did you get the land?', 'భూమి మీకు ఎలా వచ్చింది?'),
    options: LAND_TRANSFER_TYPES,
  }),
  textField({
    key: 'documentNumber',
    label: t('Registered document number, if any', 'రిజిస్టర్డ్ దస్తావేజు నంబరు (ఉంటే)'),
    required: false,
    maxLength: 30,
  }),
];

/** Sub-division and boundary (F-line) survey petitions. */
export const landSurvey: FormFieldInput[] = [
  applicantName(),
  aadhaar(),
  mobile(),
  ...landLocation(),
  extent(),
  details({
    label: t('Why is the survey needed?', 'సర్వే ఎందుకు అవసరం?'),
    help: t(
      'For example: boundary dispute with a neighbour, sale of part of the land.',
      'ఉదా: పొరుగువారితో సరిహద్దు వివాదం, భూమిలో కొంత భాగం అమ్మకం.',
    ),
    required: true,
  }),
];

/** Other changes to the land register (a missing survey number, dotted lands). */
export const landApplication: FormFieldInput[] = [
  applicantName(),
  aadhaar(),
  mobile(),
  ...landLocation(),
  khataNumber(),
  details({ label: t('What should be corrected?', 'ఏమి సరిచేయాలి?'), required: true }),
];

/** Water tax (neeti teeruva) on irrigated land is billed per khata. */
export const landWaterTaxPayment: FormFieldInput[] = [
  village(),
  landMandal(),
  khataNumber({ required: true }),
  amount(),
  mobile(),
];

/** A village map covers the whole village, so no survey number is asked. */
export const villageMapCopy: FormFieldInput[] = [village(), landMandal(), applicantName(), mobile()];
