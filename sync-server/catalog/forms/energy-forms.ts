import type { FormFieldInput } from '../../../shared/model/form-field';
import { addressFields, landmark, villageOrWard } from './address-fields';
import { amount, count, description, details, evidencePhoto, spotLocation, visitDate } from './common-fields';
import { numberField, selectField, t, textField } from './field-kit';
import { ELECTRICITY_CATEGORIES, ELECTRICITY_DISCOMS } from './options';
import { aadhaar, applicantName, fatherOrHusbandName, mobile } from './person-fields';

/** Electricity services of the three DISCOMs; almost all of them start from the service connection number. */

const serviceConnectionNumber = (required = true) =>
  textField({
    key: 'serviceConnectionNumber',
    label: t('Electricity service connection number', 'విద్యుత్ సర్వీసు కనెక్షన్ నంబరు'),
    help: t('The unique service number (USN) printed on your bill.', 'మీ బిల్లుపై ముద్రించిన యూనిక్ సర్వీసు నంబరు (యూఎస్ఎన్).'),
    required,
    pattern: {
      regex: '[A-Za-z0-9 -]{5,20}',
      message: t('5 to 20 letters or digits, as on the bill.', 'బిల్లుపై ఉన్నట్లుగా 5 నుంచి 20 అక్షరాలు లేదా అంకెలు.'),
    },
  });

const discom = () =>
  selectField({
    key: 'discom',
    label: t('Your electricity distribution company', 'మీ విద్యుత్ పంపిణీ సంస్థ'),
    help: t('It is named at the top of your bill.', 'మీ బిల్లు పైభాగంలో పేరు ఉంటుంది.'),
    options: ELECTRICITY_DISCOMS,
  });

const load = () =>
  numberField({
    key: 'loadKw',
    label: t('Load required', 'అవసరమైన లోడ్'),
    help: t('Total of the appliances you will run; 1 kW for a typical home.', 'మీరు వాడే పరికరాల మొత్తం; సాధారణ ఇంటికి 1 కిలోవాట్.'),
    min: 0.1,
    max: 5000,
    unit: t('kilowatts', 'కిలోవాట్లు'),
  });

export const electricityBillPayment: FormFieldInput[] = [discom(), serviceConnectionNumber(), amount(), mobile()];

/** Supply faults: the DISCOM needs the place more than the person. */
export const electricityComplaint: FormFieldInput[] = [
  serviceConnectionNumber(false),
  landmark(),
  villageOrWard(),
  spotLocation(),
  description(),
  evidencePhoto(),
  mobile(),
];

/** Bill and meter disputes are about one service, so its number is required. */
export const electricityBillingComplaint: FormFieldInput[] = [
  serviceConnectionNumber(),
  description({ help: t('Which bill or month, and what looks wrong.', 'ఏ బిల్లు లేదా నెల, ఏది తప్పుగా ఉంది.') }),
  evidencePhoto({ key: 'billPhoto', label: t('Photo of the bill or meter', 'బిల్లు లేదా మీటర్ ఫోటో') }),
  mobile(),
];

export const electricityNewConnection: FormFieldInput[] = [
  discom(),
  applicantName(),
  fatherOrHusbandName(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  selectField({ key: 'category', label: t('Type of use', 'వినియోగ రకం'), options: ELECTRICITY_CATEGORIES }),
  load(),
];

/** Changes to an existing service: transfer, corrections, shifting, dismantling, clubbing. */
export const electricityServiceChange: FormFieldInput[] = [
  discom(),
  serviceConnectionNumber(),
  applicantName(),
  aadhaar(),
  mobile(),
  details({ label: t('What change do you need?', 'మీకు ఏ మార్పు కావాలి?'), required: true }),
];

export const electricityTemporarySupply: FormFieldInput[] = [
  discom(),
  applicantName(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  visitDate({ key: 'fromDate', label: t('Supply needed from', 'విద్యుత్ అవసరమైన తేదీ నుంచి') }),
  count('days', t('Number of days', 'రోజుల సంఖ్య'), 10),
  load(),
  details({ label: t('What is the supply for?', 'విద్యుత్ దేనికోసం?'), required: true }),
];
