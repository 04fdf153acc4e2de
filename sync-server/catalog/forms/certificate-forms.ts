import type { LocalizedText } from '../../../shared/i18n/languages';
import type { FormFieldInput } from '../../../shared/model/form-field';
import { addressFields, villageOrWard } from './address-fields';
import {
  ACRES,
  annualIncome,
  area,
  count,
  incomeFrom,
  pastDate,
  purpose,
  shortText,
  SQUARE_FEET,
  yesNo,
} from './common-fields';
import { selectField, t, textField } from './field-kit';
import { EVENT_PLACES } from './options';
import {
  aadhaar,
  age,
  applicantName,
  casteCategory,
  casteName,
  dateOfBirth,
  fatherName,
  fatherOrHusbandName,
  gender,
  mobile,
  motherName,
  nameField,
  occupation,
  rationCardNumber,
  relation,
  religion,
} from './person-fields';

/**
 * The certificates people ask for most, with the questions the AP village/ward secretariat
 * application forms ask. Each stays under 20 questions so it can be answered in a chat.
 */

/** Who is applying, shared by the revenue certificates. */
const applicant = (): FormFieldInput[] => [
  applicantName(),
  fatherOrHusbandName(),
  gender(),
  dateOfBirth(),
  aadhaar(),
  mobile(),
];

const DATE_OF_DEATH_HELP = t('As in the death register or hospital record.', 'మరణ రిజిస్టరు లేదా ఆసుపత్రి రికార్డులో ఉన్నట్లుగా.');

/** Income certificate: income by source plus the total the certificate states. */
export const incomeCertificate: FormFieldInput[] = [
  ...applicant(),
  ...addressFields(),
  occupation(),
  incomeFrom('incomeAgriculture', t('Yearly income from agriculture', 'వ్యవసాయం ద్వారా వార్షిక ఆదాయం')),
  incomeFrom('incomeWages', t('Yearly income from salary or wages', 'జీతం లేదా కూలీ ద్వారా వార్షిక ఆదాయం')),
  incomeFrom('incomeOther', t('Yearly income from business and other sources', 'వ్యాపారం, ఇతర మార్గాల ద్వారా వార్షిక ఆదాయం')),
  annualIncome(),
  purpose(),
  rationCardNumber(),
];

/** Integrated certificate: caste/community, nativity and date of birth in one document. */
export const integratedCertificate: FormFieldInput[] = [
  applicantName(),
  fatherName(),
  motherName(),
  gender(),
  dateOfBirth(),
  shortText('placeOfBirth', t('Place of birth (village or town)', 'పుట్టిన ప్రదేశం (గ్రామం లేదా పట్టణం)'), {
    personal: true,
  }),
  religion(),
  casteCategory(),
  casteName(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  count('yearsOfResidence', t('Years living in Andhra Pradesh', 'ఆంధ్రప్రదేశ్‌లో నివసిస్తున్న సంవత్సరాలు'), 120, {
    help: t('Needed for the nativity part of the certificate.', 'ధ్రువపత్రంలోని స్థానికత భాగానికి అవసరం.'),
  }),
  purpose(),
];

/** OBC certificate for central posts: caste plus the income that decides the non-creamy layer. */
export const obcCertificate: FormFieldInput[] = [
  applicantName(),
  fatherName(),
  gender(),
  dateOfBirth(),
  casteCategory(),
  casteName(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  occupation({ label: t("Parents' occupation", 'తల్లిదండ్రుల వృత్తి') }),
  annualIncome({
    label: t("Parents' annual income (last 3 years average)", 'తల్లిదండ్రుల వార్షిక ఆదాయం (గత 3 సంవత్సరాల సగటు)'),
  }),
  purpose(),
];

/** EWS certificate: family income plus the asset limits of the EWS rules. */
export const ewsCertificate: FormFieldInput[] = [
  ...applicant(),
  ...addressFields(),
  casteName({
    help: t(
      'EWS is for communities not covered by SC, ST or BC reservation.',
      'ఎస్సీ, ఎస్టీ, బీసీ రిజర్వేషన్ లేని వర్గాల వారికి ఈడబ్ల్యూఎస్.',
    ),
  }),
  annualIncome({ label: t('Gross annual family income', 'కుటుంబ స్థూల వార్షిక ఆదాయం') }),
  area('agriculturalLand', t('Agricultural land owned by the family', 'కుటుంబానికి ఉన్న వ్యవసాయ భూమి'), ACRES, {
    personal: true,
  }),
  area('residentialFlatArea', t('Area of residential flat, if any', 'నివాస ఫ్లాట్ విస్తీర్ణం (ఉంటే)'), SQUARE_FEET, {
    personal: true,
    required: false,
  }),
  purpose(),
];

/** Residence certificate: who lives where, and for how long. */
export const residenceCertificate: FormFieldInput[] = [
  ...applicant(),
  ...addressFields(),
  count('yearsOfResidence', t('Years living at this address', 'ఈ చిరునామాలో నివసిస్తున్న సంవత్సరాలు'), 120),
  purpose(),
  rationCardNumber(),
];

/** The relationship table of the paper form, flattened to three members; more go in a second request. */
const familyMember = (n: 1 | 2 | 3, required: boolean): FormFieldInput[] => [
  nameField(`member${n}Name`, t(`Family member ${n}: name`, `కుటుంబ సభ్యుడు ${n}: పేరు`), undefined, { required }),
  relation(
    `member${n}Relation`,
    t(`Family member ${n}: relation to that person`, `కుటుంబ సభ్యుడు ${n}: ఆ వ్యక్తితో సంబంధం`),
    {
      required,
    },
  ),
  age({ key: `member${n}Age`, label: t(`Family member ${n}: age`, `కుటుంబ సభ్యుడు ${n}: వయస్సు`), required }),
];

/** Family member certificate: lists the family of a deceased (or serving) employee or pensioner. */
export const familyMemberCertificate: FormFieldInput[] = [
  applicantName(),
  aadhaar(),
  mobile(),
  nameField('familyHeadName', t('Name of the deceased person or employee', 'మరణించిన వ్యక్తి లేదా ఉద్యోగి పేరు')),
  relation('applicantRelation', t('Your relation to that person', 'ఆ వ్యక్తితో మీ సంబంధం')),
  pastDate('dateOfDeath', t('Date of death', 'మరణించిన తేదీ'), {
    required: false,
    help: t('Leave empty if the person is alive.', 'వ్యక్తి జీవించి ఉంటే ఖాళీగా వదిలేయండి.'),
  }),
  villageOrWard(),
  ...familyMember(1, true),
  ...familyMember(2, false),
  ...familyMember(3, false),
  purpose(),
];

/** No earning member certificate: the family lost its only earning member. */
export const noEarningMemberCertificate: FormFieldInput[] = [
  ...applicant(),
  ...addressFields(),
  nameField('deceasedName', t('Name of the earning member who died', 'మరణించిన సంపాదించే సభ్యుని పేరు')),
  relation('applicantRelation', t('Your relation to that person', 'ఆ వ్యక్తితో మీ సంబంధం')),
  pastDate('dateOfDeath', t('Date of death', 'మరణించిన తేదీ'), { help: DATE_OF_DEATH_HELP }),
  count('familyMembers', t('Members now in the family', 'ప్రస్తుతం కుటుంబ సభ్యుల సంఖ్య'), 30),
  yesNo('anyEarningMember', t('Does anyone in the family earn now?', 'ప్రస్తుతం కుటుంబంలో ఎవరైనా సంపాదిస్తున్నారా?')),
  purpose(),
];

const placeType = (key: string, label: LocalizedText) => selectField({ key, label, options: EVENT_PLACES });

/** Birth certificate: the facts of the birth register entry, asked of a parent or relative. */
export const birthCertificate: FormFieldInput[] = [
  nameField(
    'childName',
    t("Child's name", 'బిడ్డ పేరు'),
    t('Leave empty if no name is given yet.', 'ఇంకా పేరు పెట్టకపోతే ఖాళీగా వదిలేయండి.'),
    {
      required: false,
    },
  ),
  gender({ key: 'childGender', label: t("Child's gender", 'బిడ్డ లింగం') }),
  dateOfBirth({ help: t('Date the child was born.', 'బిడ్డ పుట్టిన తేదీ.') }),
  placeType('placeOfBirthType', t('Where was the child born?', 'బిడ్డ ఎక్కడ పుట్టారు?')),
  textField({
    key: 'placeOfBirth',
    label: t('Hospital name or home address', 'ఆసుపత్రి పేరు లేదా ఇంటి చిరునామా'),
    personal: true,
    maxLength: 150,
  }),
  motherName(),
  fatherName(),
  textField({
    key: 'registrationNumber',
    label: t('Birth registration number, if known', 'జనన నమోదు నంబరు (తెలిస్తే)'),
    required: false,
    maxLength: 30,
  }),
  applicantName({
    help: t('The parent or relative asking for the certificate.', 'ధ్రువపత్రం కోరుతున్న తల్లి, తండ్రి లేదా బంధువు.'),
  }),
  relation('applicantRelation', t('Your relation to the child', 'బిడ్డతో మీ సంబంధం')),
  aadhaar(),
  mobile(),
  villageOrWard(),
  count('copies', t('Number of copies', 'ప్రతుల సంఖ్య'), 10),
];

/** Death certificate: the facts of the death register entry, asked of the informant. */
export const deathCertificate: FormFieldInput[] = [
  nameField('deceasedName', t('Name of the deceased', 'మరణించిన వ్యక్తి పేరు')),
  gender({ key: 'deceasedGender', label: t('Gender of the deceased', 'మరణించిన వ్యక్తి లింగం') }),
  age({ key: 'deceasedAge', label: t('Age at death', 'మరణించినప్పటి వయస్సు') }),
  nameField('deceasedFatherOrHusbandName', t("Deceased's father's or husband's name", 'మరణించిన వ్యక్తి తండ్రి లేదా భర్త పేరు')),
  pastDate('dateOfDeath', t('Date of death', 'మరణించిన తేదీ'), { help: DATE_OF_DEATH_HELP }),
  placeType('placeOfDeathType', t('Where did the death happen?', 'మరణం ఎక్కడ జరిగింది?')),
  textField({
    key: 'placeOfDeath',
    label: t('Hospital name or address of the place', 'ఆసుపత్రి పేరు లేదా ప్రదేశం చిరునామా'),
    personal: true,
    maxLength: 150,
  }),
  textField({
    key: 'registrationNumber',
    label: t('Death registration number, if known', 'మరణ నమోదు నంబరు (తెలిస్తే)'),
    required: false,
    maxLength: 30,
  }),
  nameField('informantName', t("Informant's name", 'సమాచారం ఇస్తున్న వ్యక్తి పేరు')),
  relation('informantRelation', t("Informant's relation to the deceased", 'మరణించిన వ్యక్తితో సమాచారం ఇచ్చేవారి సంబంధం')),
  aadhaar({ help: t("The informant's Aadhaar.", 'సమాచారం ఇస్తున్న వ్యక్తి ఆధార్.') }),
  mobile(),
  villageOrWard(),
  count('copies', t('Number of copies', 'ప్రతుల సంఖ్య'), 10),
];

/** Any other certificate a secretariat issues: who, where, and why. */
export const genericCertificate: FormFieldInput[] = [
  applicantName(),
  fatherOrHusbandName(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  purpose(),
];
