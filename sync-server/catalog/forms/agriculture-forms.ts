import type { LocalizedText } from '../../../shared/i18n/languages';
import type { FormFieldInput } from '../../../shared/model/form-field';
import { doorNumber, villageOrWard } from './address-fields';
import { ACRES, area, pastDate, shortText, surveyNumber, village, visitDate } from './common-fields';
import { numberField, t } from './field-kit';
import { aadhaar, applicantName, mobile } from './person-fields';

/** Farmers' services (Agriculture, Civil Supplies Corporation) and free sand for house building. */

const farmer = (): FormFieldInput[] => [
  applicantName({ label: t("Farmer's full name", 'రైతు పూర్తి పేరు') }),
  aadhaar(),
  mobile(),
  village(),
];

const crop = () =>
  shortText('cropName', t('Crop', 'పంట'), {
    help: t('For example: paddy, cotton, groundnut.', 'ఉదా: వరి, పత్తి, వేరుశనగ.'),
  });

const tonnes = (key: string, label: LocalizedText, max: number) =>
  numberField({ key, label, min: 0.1, max, unit: t('tonnes', 'టన్నులు') });

/** Paddy is procured at the farmer's Rythu Seva Kendram in booked slots. */
export const paddySlotBooking: FormFieldInput[] = [
  ...farmer(),
  shortText('rythuSevaKendram', t('Rythu Seva Kendram (RSK)', 'రైతు సేవా కేంద్రం (ఆర్ఎస్కే)')),
  numberField({
    key: 'quantity',
    label: t('Paddy to sell', 'అమ్మవలసిన ధాన్యం'),
    min: 1,
    max: 10000,
    unit: t('quintals', 'క్వింటాళ్లు'),
  }),
  visitDate({ label: t('Preferred date', 'కోరుకునే తేదీ') }),
];

export const seedRegistration: FormFieldInput[] = [
  ...farmer(),
  surveyNumber(),
  crop(),
  area('extent', t('Area to be sown', 'సాగు చేయబోయే విస్తీర్ణం'), ACRES),
];

export const eCropBooking: FormFieldInput[] = [
  ...farmer(),
  surveyNumber(),
  crop(),
  area('extent', t('Area sown', 'సాగు చేసిన విస్తీర్ణం'), ACRES),
  pastDate('sowingDate', t('Date of sowing', 'విత్తిన తేదీ')),
];

export const sandBooking: FormFieldInput[] = [
  applicantName(),
  aadhaar(),
  mobile(),
  tonnes('quantity', t('Sand needed', 'అవసరమైన ఇసుక'), 200),
  doorNumber({ label: t('Delivery address (door number and street)', 'సరఫరా చిరునామా (ఇంటి నంబరు, వీధి)') }),
  villageOrWard(),
  visitDate({ key: 'deliveryDate', label: t('Delivery date', 'సరఫరా తేదీ') }),
  shortText('purpose', t('What is the sand for?', 'ఇసుక దేనికోసం?'), {
    help: t('For example: house construction.', 'ఉదా: ఇంటి నిర్మాణం.'),
  }),
];
