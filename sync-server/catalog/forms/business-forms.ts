import type { FormFieldInput } from '../../../shared/model/form-field';
import { addressFields } from './address-fields';
import { amount, count, details, pastDate, shortText } from './common-fields';
import { selectField, t, textField } from './field-kit';
import { CONSTRUCTION_TRADES } from './options';
import {
  aadhaar,
  applicantName,
  dateOfBirth,
  fatherOrHusbandName,
  gender,
  mobile,
  nameField,
  photo,
  relation,
} from './person-fields';

/** Registrations of firms, societies, shops and workers, and professional tax. */

export const firmRegistration: FormFieldInput[] = [
  shortText('firmName', t('Name of the firm', 'సంస్థ పేరు')),
  shortText('businessNature', t('Nature of business', 'వ్యాపార స్వభావం')),
  count('partners', t('Number of partners', 'భాగస్వాముల సంఖ్య'), 50),
  pastDate('commencementDate', t('Date the firm started', 'సంస్థ ప్రారంభమైన తేదీ')),
  applicantName({ label: t('Managing partner (full name)', 'మేనేజింగ్ భాగస్వామి పూర్తి పేరు') }),
  aadhaar(),
  mobile(),
  ...addressFields(),
];

export const societyRegistration: FormFieldInput[] = [
  shortText('societyName', t('Name of the society', 'సొసైటీ పేరు')),
  details({ label: t('Aims of the society', 'సొసైటీ లక్ష్యాలు'), required: true }),
  count('members', t('Number of founding members', 'వ్యవస్థాపక సభ్యుల సంఖ్య'), 500, {
    help: t('At least 7 are needed.', 'కనీసం 7 మంది ఉండాలి.'),
  }),
  applicantName({ label: t('President or secretary (full name)', 'అధ్యక్షుడు లేదా కార్యదర్శి పూర్తి పేరు') }),
  aadhaar(),
  mobile(),
  ...addressFields(),
];

/** Construction workers' welfare board registration; 90 days of work in the last year is the rule. */
export const constructionWorkerRegistration: FormFieldInput[] = [
  applicantName(),
  fatherOrHusbandName(),
  dateOfBirth(),
  gender(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  selectField({ key: 'trade', label: t('Your work', 'మీ పని'), options: CONSTRUCTION_TRADES }),
  count('daysWorked', t('Days of construction work in the last year', 'గత సంవత్సరం నిర్మాణ పని చేసిన రోజులు'), 366, {
    help: t('At least 90 days are needed.', 'కనీసం 90 రోజులు ఉండాలి.'),
  }),
  nameField('nomineeName', t("Nominee's name", 'నామినీ పేరు')),
  relation('nomineeRelation', t('Nominee’s relation to you', 'నామినీ మీకు ఏమవుతారు')),
  photo(),
];

export const establishmentRegistration: FormFieldInput[] = [
  shortText('establishmentName', t('Name of the shop or establishment', 'దుకాణం లేదా సంస్థ పేరు')),
  shortText('businessNature', t('Nature of business', 'వ్యాపార స్వభావం')),
  count('employees', t('Number of employees', 'ఉద్యోగుల సంఖ్య'), 10000, { required: false }),
  pastDate('commencementDate', t('Date business started', 'వ్యాపారం ప్రారంభమైన తేదీ')),
  applicantName({ label: t("Employer's full name", 'యజమాని పూర్తి పేరు') }),
  aadhaar(),
  mobile(),
  ...addressFields(),
];

export const professionalTaxPayment: FormFieldInput[] = [
  textField({
    key: 'ptin',
    label: t('Professional tax enrolment number (PTIN)', 'వృత్తి పన్ను నమోదు నంబరు (పీటీఐఎన్)'),
    maxLength: 20,
  }),
  amount(),
  mobile(),
];
