import type { FormFieldInput } from '../../../shared/model/form-field';
import { addressFields, villageOrWard } from './address-fields';
import {
  amount,
  description,
  details,
  evidencePhoto,
  grievanceCategory,
  persons,
  referenceNumber,
  visitDate,
} from './common-fields';
import { t, textareaField, textField } from './field-kit';
import { aadhaar, applicantName, mobile } from './person-fields';

/**
 * One sensible form per service kind, used when a service needs nothing more specific.
 * Specialised forms live next to their department's domain (land, energy, temples, ...).
 */

export const applicationForm: FormFieldInput[] = [applicantName(), aadhaar(), mobile(), ...addressFields(), details()];

export const paymentForm: FormFieldInput[] = [
  textField({
    key: 'consumerNumber',
    label: t('Consumer or service number', 'వినియోగదారు లేదా సర్వీసు నంబరు'),
    help: t('It is printed on your last bill or receipt.', 'మీ గత బిల్లు లేదా రసీదుపై ఉంటుంది.'),
    maxLength: 30,
  }),
  amount(),
  mobile(),
];

export const bookingForm: FormFieldInput[] = [applicantName(), mobile(), visitDate(), persons(10)];

/** Information services answer at once; the one question is optional and only narrows the answer. */
export const informationForm: FormFieldInput[] = [
  textareaField({
    key: 'question',
    label: t('Anything specific you want to know?', 'ప్రత్యేకంగా ఏమైనా తెలుసుకోవాలనుకుంటున్నారా?'),
    help: t('Optional. Leave empty for the general information.', 'ఐచ్ఛికం. సాధారణ సమాచారం కోసం ఖాళీగా వదిలేయండి.'),
    required: false,
    maxLength: 300,
  }),
];

export const grievanceForm: FormFieldInput[] = [
  grievanceCategory(),
  description(),
  evidencePhoto(),
  applicantName(),
  mobile(),
  villageOrWard(),
];

export const statusForm: FormFieldInput[] = [referenceNumber()];
