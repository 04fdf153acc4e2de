import type { FormFieldInput } from '../../../shared/model/form-field';
import { villageOrWard } from './address-fields';
import { description, details, pastDate, referenceNumber, shortText } from './common-fields';
import { numberField, selectField, t, textField } from './field-kit';
import { LOST_ARTICLE_TYPES } from './options';
import { aadhaar, applicantName, dateOfBirth, mobile } from './person-fields';

/** Police, examinations, feedback and secretariat services. */

export const firLookup: FormFieldInput[] = [
  textField({
    key: 'firNumber',
    label: t('FIR number', 'ఎఫ్ఐఆర్ నంబరు'),
    help: t('Number and year, for example 123/2025.', 'నంబరు, సంవత్సరం, ఉదా: 123/2025.'),
    pattern: {
      regex: '[0-9]{1,6}/[0-9]{4}',
      message: t('Write it as number/year, for example 123/2025.', 'నంబరు/సంవత్సరం లాగా రాయండి, ఉదా: 123/2025.'),
    },
  }),
  shortText('policeStation', t('Police station', 'పోలీస్ స్టేషన్')),
];

export const lostArticleReport: FormFieldInput[] = [
  selectField({ key: 'articleType', label: t('What was lost?', 'ఏమి పోయింది?'), options: LOST_ARTICLE_TYPES }),
  description({
    key: 'articleDescription',
    label: t('Describe the article', 'వస్తువును వివరించండి'),
    help: t('Make, colour, document numbers, phone IMEI.', 'కంపెనీ, రంగు, పత్రాల నంబర్లు, ఫోన్ ఐఎంఈఐ.'),
  }),
  pastDate('lostOn', t('Date it was lost', 'పోయిన తేదీ')),
  shortText('lostAt', t('Place where it was lost', 'పోయిన ప్రదేశం')),
  applicantName(),
  aadhaar(),
  mobile(),
  villageOrWard(),
];

/** Hall tickets are released against the registration number and date of birth. */
export const hallTicket: FormFieldInput[] = [
  textField({
    key: 'registrationNumber',
    label: t('Application or registration number', 'దరఖాస్తు లేదా రిజిస్ట్రేషన్ నంబరు'),
    maxLength: 30,
  }),
  dateOfBirth({ label: t("Student's date of birth", 'విద్యార్థి పుట్టిన తేదీ'), help: undefined }),
];

export const examResults: FormFieldInput[] = [
  textField({ key: 'hallTicketNumber', label: t('Hall ticket number', 'హాల్ టికెట్ నంబరు'), maxLength: 20 }),
];

const rating = (max: number) =>
  numberField({
    key: 'rating',
    label: t(`Your rating, 1 to ${max}`, `మీ రేటింగ్, 1 నుంచి ${max}`),
    help: t(`1 is very poor, ${max} is excellent.`, `1 అంటే చాలా బాగాలేదు, ${max} అంటే అద్భుతం.`),
    min: 1,
    max,
    integer: true,
  });

const comments = () => details({ key: 'comments', label: t('Comments', 'మీ అభిప్రాయం') });

export const serviceFeedback: FormFieldInput[] = [referenceNumber({ required: false }), rating(10), comments()];

export const canteenFeedback: FormFieldInput[] = [
  shortText('canteenLocation', t('Which Anna Canteen?', 'ఏ అన్న క్యాంటీన్?'), {
    help: t('Area or landmark of the canteen.', 'క్యాంటీన్ ఉన్న ప్రాంతం లేదా గుర్తు.'),
  }),
  rating(5),
  comments(),
];

/** Reprints need the original application and the holder's Aadhaar. */
export const certificateReprint: FormFieldInput[] = [referenceNumber(), aadhaar()];
