import type { FormFieldInput } from '../../../shared/model/form-field';
import { count, persons, shortText, visitDate } from './common-fields';
import { selectField, t, textField } from './field-kit';
import { BOATING_POINTS } from './options';
import { applicantName, mobile } from './person-fields';

/** Bus journeys (APSRTC) and tourism (APTDC). */

const ticketNumber = (required = true) =>
  textField({
    key: 'ticketNumber',
    label: t('Ticket (PNR) number', 'టికెట్ (పీఎన్ఆర్) నంబరు'),
    help: t('It is on your ticket or booking message.', 'మీ టికెట్ లేదా బుకింగ్ సందేశంలో ఉంటుంది.'),
    required,
    maxLength: 30,
  });

export const busTicketBooking: FormFieldInput[] = [
  shortText('fromPlace', t('From (boarding place)', 'ఎక్కడ నుంచి (బస్సు ఎక్కే ప్రదేశం)')),
  shortText('toPlace', t('To (destination)', 'ఎక్కడికి (గమ్యం)')),
  visitDate({ key: 'journeyDate', label: t('Date of journey', 'ప్రయాణ తేదీ') }),
  count('passengers', t('Number of passengers', 'ప్రయాణికుల సంఖ్య'), 6),
  applicantName({ label: t("Passenger's name", 'ప్రయాణికుని పేరు') }),
  mobile(),
];

export const busTicketCancellation: FormFieldInput[] = [ticketNumber(), mobile()];

/** Reminders are sent for a booked ticket; without one, the service explains how reminders work. */
export const journeyReminder: FormFieldInput[] = [ticketNumber(false)];

export const busTracking: FormFieldInput[] = [
  shortText('busServiceNumber', t('Bus service number', 'బస్సు సర్వీసు నంబరు'), {
    required: false,
    help: t('Printed on the ticket; leave empty to see buses near you.', 'టికెట్‌పై ఉంటుంది; మీ దగ్గరి బస్సుల కోసం ఖాళీగా వదిలేయండి.'),
  }),
];

/** Haritha hotel stays and other APTDC tickets. */
export const tourismBooking: FormFieldInput[] = [
  shortText('destination', t('Place or hotel', 'ప్రదేశం లేదా హోటల్'), {
    help: t('For example: Haritha Hotel, Araku.', 'ఉదా: హరిత హోటల్, అరకు.'),
  }),
  visitDate({ label: t('Check-in or visit date', 'చెక్-ఇన్ లేదా సందర్శన తేదీ') }),
  count('nights', t('Number of nights (0 for a day visit)', 'రాత్రుల సంఖ్య (పగటి సందర్శనకు 0)'), 15, { required: false }),
  persons(20),
  applicantName(),
  mobile(),
];

export const boatingBooking: FormFieldInput[] = [
  selectField({ key: 'boatingPoint', label: t('Boating point', 'బోటింగ్ ప్రదేశం'), options: BOATING_POINTS }),
  visitDate(),
  persons(20),
  applicantName(),
  mobile(),
];

export const packageTourBooking: FormFieldInput[] = [
  visitDate({ key: 'journeyDate', label: t('Date of journey', 'ప్రయాణ తేదీ') }),
  shortText('boardingPoint', t('Boarding point', 'బయలుదేరే ప్రదేశం')),
  persons(20),
  applicantName(),
  mobile(),
];
