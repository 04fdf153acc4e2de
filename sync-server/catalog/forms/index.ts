import type { FormFieldInput } from '../../../shared/model/form-field';
import * as agriculture from './agriculture-forms';
import * as business from './business-forms';
import * as certificates from './certificate-forms';
import * as energy from './energy-forms';
import * as kinds from './kind-forms';
import * as land from './land-forms';
import * as municipal from './municipal-forms';
import * as publicServices from './public-forms';
import * as registration from './registration-forms';
import * as temples from './temple-forms';
import * as transport from './transport-forms';
import * as travel from './travel-forms';
import * as welfare from './welfare-forms';

/**
 * Every form the shipped catalog can use, by the key services name in `ap-catalog.json`.
 * Keys are part of the data format: renaming one means updating the JSON in the same change.
 */
export const FORMS = {
  // One per kind, for services that need nothing more specific.
  application: kinds.applicationForm,
  payment: kinds.paymentForm,
  booking: kinds.bookingForm,
  information: kinds.informationForm,
  grievance: kinds.grievanceForm,
  status: kinds.statusForm,
  certificate: certificates.genericCertificate,

  // The common certificates, with the questions of the real application forms.
  'income-certificate': certificates.incomeCertificate,
  'integrated-certificate': certificates.integratedCertificate,
  'obc-certificate': certificates.obcCertificate,
  'ews-certificate': certificates.ewsCertificate,
  'residence-certificate': certificates.residenceCertificate,
  'family-member-certificate': certificates.familyMemberCertificate,
  'no-earning-member-certificate': certificates.noEarningMemberCertificate,
  'birth-certificate': certificates.birthCertificate,
  'death-certificate': certificates.deathCertificate,

  'land-record-copy': land.landRecordCopy,
  'land-mutation': land.landMutation,
  'land-survey': land.landSurvey,
  'land-application': land.landApplication,
  'land-water-tax-payment': land.landWaterTaxPayment,
  'village-map-copy': land.villageMapCopy,

  'property-tax-payment': municipal.propertyTaxPayment,
  'water-charges-payment': municipal.waterChargesPayment,
  'property-assessment': municipal.propertyAssessment,
  'assessment-register-copy': municipal.assessmentRegisterCopy,
  'property-tax-petition': municipal.propertyTaxPetition,
  'water-connection': municipal.waterConnection,
  'water-connection-change': municipal.waterConnectionChange,
  'water-tanker-booking': municipal.waterTankerBooking,
  'civic-complaint': municipal.civicComplaint,
  'civic-request': municipal.civicRequest,
  'trade-licence': municipal.tradeLicence,
  'trade-licence-renewal': municipal.tradeLicenceRenewal,
  'building-permission': municipal.buildingPermission,
  'building-certificate': municipal.buildingCertificate,
  'birth-name-inclusion': municipal.birthNameInclusion,
  'birth-death-correction': municipal.birthDeathCorrection,
  'birth-death-record-search': municipal.birthDeathRecordSearch,
  'birth-death-copy': municipal.birthDeathCopy,

  'electricity-bill-payment': energy.electricityBillPayment,
  'electricity-complaint': energy.electricityComplaint,
  'electricity-billing-complaint': energy.electricityBillingComplaint,
  'electricity-new-connection': energy.electricityNewConnection,
  'electricity-service-change': energy.electricityServiceChange,
  'electricity-temporary-supply': energy.electricityTemporarySupply,

  'bus-ticket-booking': travel.busTicketBooking,
  'bus-ticket-cancellation': travel.busTicketCancellation,
  'journey-reminder': travel.journeyReminder,
  'bus-tracking': travel.busTracking,
  'tourism-booking': travel.tourismBooking,
  'boating-booking': travel.boatingBooking,
  'package-tour-booking': travel.packageTourBooking,

  'darshan-booking': temples.darshanBooking,
  'seva-booking': temples.sevaBooking,
  'prasadam-booking': temples.prasadamBooking,
  'temple-accommodation': temples.templeAccommodation,
  donation: temples.donation,
  'srivani-donation': temples.srivaniDonation,

  'rice-card-new': welfare.riceCardNew,
  'rice-card-split': welfare.riceCardSplit,
  'rice-card-address-change': welfare.riceCardAddressChange,
  'rice-card-add-member': welfare.riceCardAddMember,
  'rice-card-remove-member': welfare.riceCardRemoveMember,
  'rice-card-surrender': welfare.riceCardSurrender,
  'ekyc-issue': welfare.ekycIssue,
  pension: welfare.pension,
  'health-card': welfare.healthCard,
  'house-site': welfare.houseSite,
  'cmrf-application': welfare.cmrfApplication,
  scholarship: welfare.scholarship,
  'scheme-status': welfare.schemeStatus,

  'learner-licence': transport.learnerLicence,
  'driving-licence': transport.drivingLicence,
  'licence-service': transport.licenceService,
  'licence-address-change': transport.licenceAddressChange,
  'licence-additional-class': transport.licenceAdditionalClass,
  'vehicle-service': transport.vehicleService,
  'vehicle-temporary-registration': transport.vehicleTemporaryRegistration,
  'vehicle-transfer': transport.vehicleTransfer,
  'number-reservation': transport.numberReservation,
  'digital-document': transport.digitalDocument,
  'e-challan-lookup': transport.eChallanLookup,

  'encumbrance-certificate': registration.encumbranceCertificate,
  'registered-document-copy': registration.registeredDocumentCopy,
  'marriage-certificate': registration.marriageCertificate,
  'registration-slot': registration.registrationSlot,
  'market-value-lookup': registration.marketValueLookup,
  'stamp-duty-calculator': registration.stampDutyCalculator,
  'document-search': registration.documentSearch,

  'firm-registration': business.firmRegistration,
  'society-registration': business.societyRegistration,
  'construction-worker-registration': business.constructionWorkerRegistration,
  'establishment-registration': business.establishmentRegistration,
  'professional-tax-payment': business.professionalTaxPayment,

  'paddy-slot-booking': agriculture.paddySlotBooking,
  'seed-registration': agriculture.seedRegistration,
  'e-crop-booking': agriculture.eCropBooking,
  'sand-booking': agriculture.sandBooking,

  'fir-lookup': publicServices.firLookup,
  'lost-article-report': publicServices.lostArticleReport,
  'hall-ticket': publicServices.hallTicket,
  'exam-results': publicServices.examResults,
  'service-feedback': publicServices.serviceFeedback,
  'canteen-feedback': publicServices.canteenFeedback,
  'certificate-reprint': publicServices.certificateReprint,
} satisfies Record<string, FormFieldInput[]>;

export type FormKey = keyof typeof FORMS;

export function isFormKey(key: string): key is FormKey {
  return Object.hasOwn(FORMS, key);
}
