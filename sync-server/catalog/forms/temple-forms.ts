import type { FormFieldInput } from '../../../shared/model/form-field';
import { amount, count, persons, shortText, visitDate } from './common-fields';
import { t, textField } from './field-kit';
import { aadhaar, applicantName, mobile } from './person-fields';

/** Temple services (Endowments, TTD): darshan, sevas, prasadam, rooms and donations. */

const devoteeName = () => applicantName({ label: t("Devotee's name", 'భక్తుని పేరు') });

/** Temples check a photo identity at the gate, so darshan and rooms ask for Aadhaar. */
export const darshanBooking: FormFieldInput[] = [
  devoteeName(),
  aadhaar({ help: t('Bring the same Aadhaar card to the temple.', 'ఇదే ఆధార్ కార్డును ఆలయానికి తీసుకురండి.') }),
  mobile(),
  visitDate({ label: t('Date of darshan', 'దర్శనం తేదీ') }),
  persons(6),
];

export const sevaBooking: FormFieldInput[] = [
  shortText('sevaName', t('Name of the seva or puja', 'సేవ లేదా పూజ పేరు'), {
    help: t('For example: Abhishekam, Kumkumarchana.', 'ఉదా: అభిషేకం, కుంకుమార్చన.'),
  }),
  visitDate({ label: t('Date of the seva', 'సేవ తేదీ') }),
  persons(6),
  devoteeName(),
  shortText('gotram', t('Gotram', 'గోత్రం'), { required: false }),
  mobile(),
];

export const prasadamBooking: FormFieldInput[] = [
  visitDate({ label: t('Date of collection', 'తీసుకునే తేదీ') }),
  count('laddus', t('Number of laddus', 'లడ్డూల సంఖ్య'), 50),
  devoteeName(),
  mobile(),
];

export const templeAccommodation: FormFieldInput[] = [
  devoteeName(),
  aadhaar(),
  mobile(),
  visitDate({ key: 'checkInDate', label: t('Check-in date', 'చెక్-ఇన్ తేదీ') }),
  persons(6),
];

/** Donations: PAN is optional and only needed for an income-tax (80G) receipt. */
export const donation: FormFieldInput[] = [
  applicantName({ label: t("Donor's name", 'దాత పేరు') }),
  mobile(),
  amount({ label: t('Donation amount', 'విరాళం మొత్తం') }),
  textField({
    key: 'pan',
    label: t('PAN, for a tax receipt', 'పన్ను రసీదు కోసం పాన్'),
    required: false,
    personal: true,
    pattern: {
      regex: '[A-Za-z]{5}[0-9]{4}[A-Za-z]',
      message: t('A PAN looks like ABCDE1234F.', 'పాన్ ABCDE1234F లాగా ఉంటుంది.'),
    },
  }),
  shortText('donationPurpose', t('Scheme or purpose of the donation', 'విరాళం పథకం లేదా ఉద్దేశం'), { required: false }),
];

/** SRIVANI takes a fixed minimum donation, which the form enforces. */
export const srivaniDonation: FormFieldInput[] = donation.map((field) =>
  field.key === 'amount' && field.type === 'number' ? { ...field, min: 10000 } : field,
);
