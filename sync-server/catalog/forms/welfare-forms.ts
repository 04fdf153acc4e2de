import type { FormFieldInput } from '../../../shared/model/form-field';
import { addressFields, villageOrWard } from './address-fields';
import { ACRES, annualIncome, area, count, description, details, rupees, shortText, yesNo } from './common-fields';
import { options, selectField, t, textField } from './field-kit';
import { PENSION_CATEGORIES } from './options';
import {
  aadhaar,
  applicantName,
  casteCategory,
  dateOfBirth,
  fatherName,
  fatherOrHusbandName,
  gender,
  mobile,
  nameField,
  rationCardNumber,
  relation,
} from './person-fields';

/** Welfare: rice cards, pensions, health cards, house sites, CM relief fund and scholarships. */

const headOfFamily = () => applicantName({ label: t('Head of the family (full name)', 'కుటుంబ పెద్ద పూర్తి పేరు') });
const riceCard = () => rationCardNumber({ required: true });
const householdMembers = () => count('householdMembers', t('Members in the household', 'కుటుంబ సభ్యుల సంఖ్య'), 30);

/** New rice card: the eligibility questions (income, land, government job) the secretariat checks. */
export const riceCardNew: FormFieldInput[] = [
  headOfFamily(),
  fatherOrHusbandName(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  householdMembers(),
  casteCategory(),
  annualIncome(),
  area('agriculturalLand', t('Agricultural land owned by the family', 'కుటుంబానికి ఉన్న వ్యవసాయ భూమి'), ACRES, {
    personal: true,
  }),
  yesNo('governmentEmployee', t('Is anyone in the family a government employee?', 'కుటుంబంలో ఎవరైనా ప్రభుత్వ ఉద్యోగి ఉన్నారా?')),
];

export const riceCardSplit: FormFieldInput[] = [
  riceCard(),
  applicantName({ help: t('The person who will head the new card.', 'కొత్త కార్డుకు పెద్దగా ఉండే వ్యక్తి.') }),
  aadhaar(),
  mobile(),
  count('membersInNewCard', t('Members moving to the new card', 'కొత్త కార్డులోకి వెళ్లే సభ్యుల సంఖ్య'), 20),
  details({ label: t('Reason for splitting', 'విభజనకు కారణం'), required: true }),
];

export const riceCardAddressChange: FormFieldInput[] = [riceCard(), aadhaar(), mobile(), ...addressFields()];

export const riceCardAddMember: FormFieldInput[] = [
  riceCard(),
  mobile(),
  nameField('memberName', t("New member's name", 'కొత్త సభ్యుని పేరు')),
  aadhaar({ key: 'memberAadhaar', label: t("New member's Aadhaar number", 'కొత్త సభ్యుని ఆధార్ నంబరు') }),
  dateOfBirth({ key: 'memberDateOfBirth', label: t("New member's date of birth", 'కొత్త సభ్యుని పుట్టిన తేదీ') }),
  relation('memberRelation', t('Relation to the head of the family', 'కుటుంబ పెద్దతో సంబంధం')),
];

const REMOVAL_REASONS = options([
  ['death', 'Death', 'మరణం'],
  ['marriage', 'Marriage', 'వివాహం'],
  ['migration', 'Moved away', 'వేరే చోటుకు వెళ్లారు'],
  ['duplicate', 'Listed twice', 'రెండుసార్లు నమోదు'],
]);

export const riceCardRemoveMember: FormFieldInput[] = [
  riceCard(),
  mobile(),
  nameField('memberName', t('Name of the member to remove', 'తొలగించవలసిన సభ్యుని పేరు')),
  selectField({ key: 'reason', label: t('Reason for removal', 'తొలగింపునకు కారణం'), options: REMOVAL_REASONS }),
];

export const riceCardSurrender: FormFieldInput[] = [
  riceCard(),
  aadhaar(),
  mobile(),
  details({ label: t('Reason for surrender', 'సరెండర్ చేయడానికి కారణం'), required: true }),
];

const EKYC_SCHEMES = options([
  ['rice_card', 'Rice card', 'రైస్ కార్డు'],
  ['deepam', 'Deepam-2 free gas cylinder', 'దీపం-2 ఉచిత గ్యాస్ సిలిండర్'],
  ['other', 'Other scheme', 'ఇతర పథకం'],
]);

export const ekycIssue: FormFieldInput[] = [
  selectField({ key: 'scheme', label: t('Which scheme?', 'ఏ పథకం?'), options: EKYC_SCHEMES }),
  aadhaar(),
  rationCardNumber(),
  mobile(),
  description(),
];

export const pension: FormFieldInput[] = [
  applicantName(),
  fatherOrHusbandName(),
  gender(),
  dateOfBirth(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  selectField({ key: 'pensionCategory', label: t('Pension category', 'పింఛను రకం'), options: PENSION_CATEGORIES }),
  riceCard(),
  textField({
    key: 'sadaremId',
    label: t('SADAREM certificate number (disability pension only)', 'సదరం ధ్రువపత్రం నంబరు (దివ్యాంగుల పింఛనుకు మాత్రమే)'),
    required: false,
    personal: true,
    maxLength: 30,
  }),
];

export const healthCard: FormFieldInput[] = [
  headOfFamily(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  riceCard(),
  householdMembers(),
  annualIncome(),
];

export const houseSite: FormFieldInput[] = [
  applicantName(),
  fatherOrHusbandName(),
  gender(),
  aadhaar(),
  mobile(),
  ...addressFields(),
  riceCard(),
  casteCategory(),
  annualIncome(),
  yesNo('ownsHouseOrSite', t('Does your family own a house or site anywhere?', 'మీ కుటుంబానికి ఎక్కడైనా ఇల్లు లేదా స్థలం ఉందా?')),
];

/** CM Relief Fund: help towards treatment already taken or planned. */
export const cmrfApplication: FormFieldInput[] = [
  nameField('patientName', t("Patient's name", 'రోగి పేరు')),
  applicantName(),
  relation('applicantRelation', t('Your relation to the patient', 'రోగితో మీ సంబంధం')),
  aadhaar(),
  mobile(),
  ...addressFields(),
  shortText('hospitalName', t('Hospital name', 'ఆసుపత్రి పేరు')),
  shortText('ailment', t('Illness or treatment', 'వ్యాధి లేదా చికిత్స'), { personal: true }),
  rupees('treatmentCost', t('Cost of treatment', 'చికిత్స ఖర్చు')),
  annualIncome(),
  rationCardNumber(),
];

export const scholarship: FormFieldInput[] = [
  applicantName({ label: t("Student's full name", 'విద్యార్థి పూర్తి పేరు') }),
  fatherName(),
  gender(),
  dateOfBirth(),
  aadhaar(),
  mobile(),
  villageOrWard(),
  casteCategory(),
  annualIncome({ label: t("Parents' annual income", 'తల్లిదండ్రుల వార్షిక ఆదాయం') }),
  shortText('institutionName', t('College or institution', 'కళాశాల లేదా విద్యాసంస్థ')),
  shortText('course', t('Course', 'కోర్సు'), { help: t('For example: B.Tech ECE, B.Com.', 'ఉదా: బీటెక్ ఈసీఈ, బీకాం.') }),
  count('yearOfStudy', t('Year of study', 'చదువుతున్న సంవత్సరం'), 6),
];

/** Scheme payment status is looked up by the beneficiary's Aadhaar. */
export const schemeStatus: FormFieldInput[] = [
  aadhaar({ help: t("The beneficiary's Aadhaar number.", 'లబ్ధిదారుని ఆధార్ నంబరు.') }),
];
