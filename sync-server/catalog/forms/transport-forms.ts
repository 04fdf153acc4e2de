import type { FormFieldInput } from '../../../shared/model/form-field';
import { addressFields } from './address-fields';
import { details, shortText, visitDate } from './common-fields';
import { options, photoField, selectField, t, textField } from './field-kit';
import { VEHICLE_CLASSES } from './options';
import {
  aadhaar,
  applicantName,
  dateOfBirth,
  fatherOrHusbandName,
  gender,
  mobile,
  nameField,
  photo,
} from './person-fields';

/** Transport Department (RTA): licences, vehicle registration, permits. */

const licenceNumber = () =>
  textField({
    key: 'licenceNumber',
    label: t('Driving licence number', 'డ్రైవింగ్ లైసెన్స్ నంబరు'),
    help: t('For example: AP0720190012345.', 'ఉదా: AP0720190012345.'),
    personal: true,
    pattern: {
      regex: '[A-Za-z]{2}[0-9 -]{11,16}',
      message: t('Two letters followed by the digits on your licence.', 'రెండు అక్షరాలు, తర్వాత మీ లైసెన్స్‌పై ఉన్న అంకెలు.'),
    },
  });

const vehicleNumber = () =>
  textField({
    key: 'vehicleNumber',
    label: t('Vehicle registration number', 'వాహన రిజిస్ట్రేషన్ నంబరు'),
    help: t('For example: AP39 AB 1234.', 'ఉదా: AP39 AB 1234.'),
    pattern: {
      regex: '[A-Za-z]{2}[ -]?[0-9]{1,2}[ -]?[A-Za-z]{0,3}[ -]?[0-9]{1,4}',
      message: t(
        'Write it as on the number plate, for example AP39 AB 1234.',
        'నంబర్ ప్లేట్‌పై ఉన్నట్లు రాయండి, ఉదా: AP39 AB 1234.',
      ),
    },
  });

const vehicleClass = () =>
  selectField({ key: 'vehicleClass', label: t('Class of vehicle', 'వాహన తరగతి'), options: VEHICLE_CLASSES });

const BLOOD_GROUPS = options([
  ['a_pos', 'A+', 'ఎ+'],
  ['a_neg', 'A-', 'ఎ-'],
  ['b_pos', 'B+', 'బి+'],
  ['b_neg', 'B-', 'బి-'],
  ['ab_pos', 'AB+', 'ఎబి+'],
  ['ab_neg', 'AB-', 'ఎబి-'],
  ['o_pos', 'O+', 'ఓ+'],
  ['o_neg', 'O-', 'ఓ-'],
]);

export const learnerLicence: FormFieldInput[] = [
  applicantName(),
  fatherOrHusbandName(),
  dateOfBirth(),
  gender(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  vehicleClass(),
  selectField({
    key: 'bloodGroup',
    label: t('Blood group', 'రక్త గ్రూపు'),
    required: false,
    personal: true,
    options: BLOOD_GROUPS,
  }),
  photo(),
  photoField({ key: 'signature', label: t('Photo of your signature', 'మీ సంతకం ఫోటో'), personal: true, maxSizeKb: 512 }),
];

export const drivingLicence: FormFieldInput[] = [
  textField({
    key: 'learnerLicenceNumber',
    label: t("Learner's licence number", 'లెర్నర్ లైసెన్స్ నంబరు'),
    personal: true,
    maxLength: 30,
  }),
  applicantName(),
  dateOfBirth(),
  aadhaar(),
  mobile(),
  vehicleClass(),
  visitDate({ key: 'testDate', label: t('Preferred date for the driving test', 'డ్రైవింగ్ పరీక్షకు కోరుకునే తేదీ') }),
];

/** Renewal, duplicate and permit for an existing licence: the licence and its holder. */
export const licenceService: FormFieldInput[] = [
  licenceNumber(),
  dateOfBirth(),
  aadhaar(),
  mobile(),
  details({ help: t('For a duplicate, say whether it was lost or damaged.', 'డూప్లికేట్ కోసం అయితే పోయిందా లేదా పాడైందా చెప్పండి.') }),
];

export const licenceAddressChange: FormFieldInput[] = [
  licenceNumber(),
  dateOfBirth(),
  aadhaar(),
  mobile(),
  ...addressFields(),
];

export const licenceAdditionalClass: FormFieldInput[] = [
  licenceNumber(),
  dateOfBirth(),
  aadhaar(),
  mobile(),
  vehicleClass(),
];

/** Services on a registered vehicle: renewal, NOC, fitness, permits. */
export const vehicleService: FormFieldInput[] = [
  vehicleNumber(),
  applicantName({ label: t("Owner's name as in the RC", 'ఆర్సీలో ఉన్న యజమాని పేరు') }),
  aadhaar(),
  mobile(),
  details(),
];

export const vehicleTemporaryRegistration: FormFieldInput[] = [
  textField({ key: 'chassisNumber', label: t('Chassis number', 'ఛాసిస్ నంబరు'), minLength: 5, maxLength: 25 }),
  shortText('vehicleModel', t('Make and model', 'కంపెనీ, మోడల్')),
  vehicleClass(),
  applicantName(),
  fatherOrHusbandName(),
  aadhaar(),
  mobile(),
  ...addressFields(),
];

export const vehicleTransfer: FormFieldInput[] = [
  vehicleNumber(),
  nameField('sellerName', t("Seller's name as in the RC", 'ఆర్సీలో ఉన్న అమ్మినవారి పేరు')),
  applicantName({ label: t("Buyer's full name", 'కొన్నవారి పూర్తి పేరు') }),
  aadhaar({ help: t("The buyer's Aadhaar.", 'కొన్నవారి ఆధార్.') }),
  mobile(),
  ...addressFields(),
];

export const numberReservation: FormFieldInput[] = [
  shortText('preferredNumber', t('Number you want', 'మీకు కావలసిన నంబరు'), {
    help: t('For example: 9999. Fancy numbers go to auction.', 'ఉదా: 9999. ఫ్యాన్సీ నంబర్లు వేలంలో కేటాయిస్తారు.'),
  }),
  vehicleClass(),
  shortText('rtaOffice', t('RTA office', 'ఆర్టీఏ కార్యాలయం')),
  applicantName(),
  aadhaar(),
  mobile(),
];

/** Digital DL or RC: the document number and the holder's date of birth prove who is asking. */
export const digitalDocument: FormFieldInput[] = [
  shortText('documentNumber', t('Licence or RC number', 'లైసెన్స్ లేదా ఆర్సీ నంబరు'), { personal: true }),
  dateOfBirth(),
  mobile(),
];

export const eChallanLookup: FormFieldInput[] = [vehicleNumber()];
