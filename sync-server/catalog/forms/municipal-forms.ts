import type { FormFieldInput } from '../../../shared/model/form-field';
import { doorNumber, landmark, villageOrWard } from './address-fields';
import {
  amount,
  area,
  count,
  description,
  details,
  evidencePhoto,
  pastDate,
  SQUARE_FEET,
  SQUARE_YARDS,
  shortText,
  spotLocation,
  surveyNumber,
  visitDate,
} from './common-fields';
import { options, selectField, t, textField } from './field-kit';
import { aadhaar, applicantName, fatherName, mobile, motherName, nameField, relation } from './person-fields';

/** Services of municipalities and gram panchayats: taxes, water, licences, civic complaints, birth and death records. */

const assessmentNumber = (required = true) =>
  textField({
    key: 'assessmentNumber',
    label: t('Property tax assessment number', 'ఆస్తి పన్ను అసెస్‌మెంట్ నంబరు'),
    help: t('It is on your property tax receipt.', 'మీ ఆస్తి పన్ను రసీదుపై ఉంటుంది.'),
    required,
    maxLength: 30,
  });

const waterConnectionNumber = () =>
  textField({
    key: 'waterConnectionNumber',
    label: t('Water tap connection number', 'నీటి కుళాయి కనెక్షన్ నంబరు'),
    help: t('It is on your water charges receipt.', 'మీ నీటి పన్ను రసీదుపై ఉంటుంది.'),
    maxLength: 30,
  });

export const propertyTaxPayment: FormFieldInput[] = [assessmentNumber(), amount(), mobile()];

/** Extracts from the assessment register are found by the assessment number alone. */
export const assessmentRegisterCopy: FormFieldInput[] = [assessmentNumber(), applicantName(), mobile()];

export const waterChargesPayment: FormFieldInput[] = [waterConnectionNumber(), amount(), mobile()];

/** New assessments and changes to one: the owner, the property and the deed behind the change. */
export const propertyAssessment: FormFieldInput[] = [
  applicantName({ label: t("Owner's full name", 'యజమాని పూర్తి పేరు') }),
  aadhaar(),
  mobile(),
  assessmentNumber(false),
  doorNumber(),
  villageOrWard(),
  area('plotArea', t('Site area', 'స్థలం విస్తీర్ణం'), SQUARE_YARDS),
  area('builtUpArea', t('Built-up area', 'నిర్మిత విస్తీర్ణం'), SQUARE_FEET, { required: false }),
  textField({
    key: 'documentNumber',
    label: t('Sale deed or document number', 'సేల్ డీడ్ లేదా దస్తావేజు నంబరు'),
    required: false,
    maxLength: 30,
  }),
  details(),
];

/** Revision and appeal petitions against a property tax demand. */
export const propertyTaxPetition: FormFieldInput[] = [
  assessmentNumber(),
  applicantName({ label: t("Owner's full name", 'యజమాని పూర్తి పేరు') }),
  mobile(),
  description({
    label: t('Why should the tax be revised?', 'పన్ను ఎందుకు సవరించాలి?'),
    help: t('For example: area measured wrongly, wrong usage category.', 'ఉదా: విస్తీర్ణం తప్పుగా కొలిచారు, వినియోగ వర్గం తప్పు.'),
  }),
];

const WATER_USAGE = options([
  ['domestic', 'Domestic', 'గృహ వినియోగం'],
  ['non_domestic', 'Non-domestic (shop, office)', 'గృహేతర వినియోగం (దుకాణం, కార్యాలయం)'],
  ['bulk', 'Bulk (apartment, institution)', 'బల్క్ (అపార్ట్‌మెంట్, సంస్థ)'],
]);

export const waterConnection: FormFieldInput[] = [
  applicantName(),
  aadhaar(),
  mobile(),
  assessmentNumber(),
  doorNumber(),
  villageOrWard(),
  selectField({ key: 'usage', label: t('Use of the water', 'నీటి వినియోగం'), options: WATER_USAGE }),
];

const WATER_CONNECTION_CHANGES = options([
  ['disconnection', 'Disconnection', 'కనెక్షన్ తొలగింపు'],
  ['repair', 'Repair', 'మరమ్మతు'],
  ['usage_conversion', 'Change of usage', 'వినియోగ మార్పు'],
]);

export const waterConnectionChange: FormFieldInput[] = [
  waterConnectionNumber(),
  selectField({ key: 'change', label: t('What do you need?', 'మీకు ఏమి కావాలి?'), options: WATER_CONNECTION_CHANGES }),
  applicantName(),
  mobile(),
  details(),
];

export const waterTankerBooking: FormFieldInput[] = [
  applicantName(),
  mobile(),
  doorNumber(),
  villageOrWard(),
  visitDate({ key: 'deliveryDate', label: t('Date the water is needed', 'నీరు అవసరమైన తేదీ') }),
  count('tankers', t('Number of tankers', 'ట్యాంకర్ల సంఖ్య'), 10),
  shortText('occasion', t('Occasion', 'సందర్భం'), { required: false, help: t('For example: marriage.', 'ఉదా: వివాహం.') }),
];

/** Street-level complaints: where it is matters more than who reports it. */
export const civicComplaint: FormFieldInput[] = [
  landmark(),
  villageOrWard(),
  spotLocation(),
  description(),
  evidencePhoto(),
  applicantName(),
  mobile(),
];

/** Requests for new civic works (street light poles, cleaning); like a complaint, but a need, not a fault. */
export const civicRequest: FormFieldInput[] = [
  landmark(),
  villageOrWard(),
  spotLocation(),
  details({ label: t('What is needed there?', 'అక్కడ ఏమి అవసరం?'), required: true }),
  applicantName(),
  mobile(),
];

const businessName = () => shortText('businessName', t('Name of the business', 'వ్యాపారం పేరు'));

export const tradeLicence: FormFieldInput[] = [
  businessName(),
  shortText('tradeType', t('Type of trade', 'వ్యాపార రకం'), {
    help: t('For example: grocery, hotel, workshop.', 'ఉదా: కిరాణా, హోటల్, వర్క్‌షాప్.'),
  }),
  applicantName(),
  aadhaar(),
  mobile(),
  doorNumber(),
  villageOrWard(),
  area('premisesArea', t('Area of the premises', 'ప్రాంగణం విస్తీర్ణం'), SQUARE_FEET),
  assessmentNumber(false),
];

export const tradeLicenceRenewal: FormFieldInput[] = [
  shortText('licenceNumber', t('Trade licence number', 'ట్రేడ్ లైసెన్స్ నంబరు')),
  businessName(),
  applicantName(),
  mobile(),
];

const BUILDING_USES = options([
  ['residential', 'Residential', 'నివాస'],
  ['commercial', 'Commercial', 'వాణిజ్య'],
  ['mixed', 'Residential and commercial', 'నివాస, వాణిజ్య'],
]);

export const buildingPermission: FormFieldInput[] = [
  applicantName(),
  aadhaar(),
  mobile(),
  doorNumber({ label: t('Plot number and street', 'ప్లాట్ నంబరు, వీధి') }),
  villageOrWard(),
  surveyNumber({ required: false }),
  area('plotArea', t('Plot area', 'ప్లాట్ విస్తీర్ణం'), SQUARE_YARDS),
  count('floors', t('Number of floors', 'అంతస్తుల సంఖ్య'), 50),
  area('builtUpArea', t('Total built-up area', 'మొత్తం నిర్మిత విస్తీర్ణం'), SQUARE_FEET),
  selectField({ key: 'buildingUse', label: t('Use of the building', 'భవన వినియోగం'), options: BUILDING_USES }),
];

/** Certificates about a building or a plan: occupancy, NOCs, map copies. */
export const buildingCertificate: FormFieldInput[] = [
  applicantName(),
  mobile(),
  doorNumber(),
  villageOrWard(),
  textField({
    key: 'permitNumber',
    label: t('Building permission number, if any', 'భవన అనుమతి నంబరు (ఉంటే)'),
    required: false,
    maxLength: 30,
  }),
  details({ label: t('What do you need and why?', 'మీకు ఏమి కావాలి, ఎందుకు?'), required: true }),
];

const registrationNumber = (required: boolean) =>
  textField({
    key: 'registrationNumber',
    label: t('Registration number in the register', 'రిజిస్టరులోని నమోదు నంబరు'),
    help: t('It is on the certificate or the hospital slip.', 'ధ్రువపత్రం లేదా ఆసుపత్రి స్లిప్‌పై ఉంటుంది.'),
    required,
    maxLength: 30,
  });

const applicantWithRelation = (): FormFieldInput[] => [
  applicantName(),
  relation('applicantRelation', t('Your relation to the person in the record', 'రికార్డులోని వ్యక్తితో మీ సంబంధం')),
  aadhaar(),
  mobile(),
];

/** Adding a child's name to a birth entry registered without one. */
export const birthNameInclusion: FormFieldInput[] = [
  registrationNumber(true),
  pastDate('dateOfBirth', t("Child's date of birth", 'బిడ్డ పుట్టిన తేదీ'), { personal: true }),
  nameField('childName', t("Child's name to include", 'చేర్చవలసిన బిడ్డ పేరు')),
  ...applicantWithRelation(),
];

/** Correcting a name in a birth or death entry. */
export const birthDeathCorrection: FormFieldInput[] = [
  registrationNumber(true),
  pastDate('eventDate', t('Date of birth or death', 'పుట్టిన లేదా మరణించిన తేదీ'), { personal: true }),
  nameField('nameAsRecorded', t('Name as written in the record', 'రికార్డులో రాసిన పేరు')),
  nameField('correctName', t('Correct name', 'సరైన పేరు')),
  ...applicantWithRelation(),
];

/** A copy of a digitised birth or death entry: enough facts to find it, and who is asking. */
export const birthDeathCopy: FormFieldInput[] = [
  nameField('personName', t('Name of the person in the record', 'రికార్డులోని వ్యక్తి పేరు')),
  pastDate('eventDate', t('Date of birth or death', 'పుట్టిన లేదా మరణించిన తేదీ'), { personal: true }),
  registrationNumber(false),
  ...applicantWithRelation(),
];

/** Non-availability certificates and late registration: facts to search (or create) an entry. */
export const birthDeathRecordSearch: FormFieldInput[] = [
  nameField('personName', t('Name of the person in the record', 'రికార్డులోని వ్యక్తి పేరు')),
  pastDate('eventDate', t('Date of birth or death', 'పుట్టిన లేదా మరణించిన తేదీ'), { personal: true }),
  shortText('eventPlace', t('Place of birth or death', 'పుట్టిన లేదా మరణించిన ప్రదేశం'), { personal: true }),
  fatherName(),
  motherName({ required: false }),
  ...applicantWithRelation(),
  details({
    label: t('Reason for the delay, if registering late', 'ఆలస్యంగా నమోదు చేస్తే ఆలస్యానికి కారణం'),
  }),
];
