import type { Language } from '../../../shared/i18n/languages';
import type { RequestStatus } from '../../../shared/lifecycle';
import type { FieldType } from '../../../shared/model/form-field';
import type { Secretariat } from '../../../shared/model/geography';
import type { GrievanceCategory } from '../grievance-category';
import type { MenuItem } from '../menu-ids';
import { EN } from './en';
import { TE } from './te';

/**
 * Every text a citizen can see, per language. Each language's table is typed `Messages`, so a
 * string missing in one language is a compile error, and `MESSAGES` is keyed by `Language`, so
 * adding a language to `shared/i18n` fails to compile here until its table exists.
 *
 * Conventions: `*bold*`, `_italic_` and ```` ```monospace``` ```` are WhatsApp formatting;
 * commands are shown in capitals (BACK) because that is how people type them back.
 */
export interface Messages {
  buttons: {
    apply: string;
    pay: string;
    searchAgain: string;
    mainMenu: string;
    accept: string;
    decline: string;
    confirm: string;
    edit: string;
    cancel: string;
    yes: string;
    no: string;
    skip: string;
    continue: string;
    discard: string;
    retry: string;
    myApplications: string;
    submit: string;
    skipPhoto: string;
    yesCancel: string;
    keepGoing: string;
    yesErase: string;
    keepData: string;
    changePlace: string;
  };
  menu: {
    header: string;
    body: string;
    button: string;
    items: Record<MenuItem, { title: string; description: string }>;
  };
  list: {
    more: string;
    moreDescription: (next: number, pages: number) => string;
    page: (page: number, pages: number) => string;
    option: (n: number) => string;
    choose: string;
  };
  oldMenu: string;
  departments: { body: string; button: string; serviceCount: (count: number) => string };
  services: { body: (department: string) => string; button: string };
  payments: { body: string; none: string };
  search: { results: (query: string) => string; none: (query: string) => string; prompt: string; button: string };
  service: {
    fee: (rupees: string) => string;
    free: string;
    sla: (days: number) => string;
    /** A list row's second line: fee (0 is free) and decision time. */
    short: (feeInr: number, days: number) => string;
    documents: string;
    informationOnly: string;
    paymentNote: string;
    gone: string;
  };
  consent: { notice: (draftHours: number) => string; declined: string };
  /** The place picker: district → mandal → village or ward secretariat. */
  place: {
    districtBody: string;
    districtButton: string;
    mandalBody: (district: string) => string;
    mandalButton: string;
    secretariatBody: (mandal: string) => string;
    secretariatButton: string;
    secretariatCount: (count: number) => string;
    kind: Record<Secretariat['kind'], string>;
    /** The whole address of a secretariat, for summaries. */
    full: (p: { secretariat: string; mandal: string; district: string }) => string;
    chosen: (place: string) => string;
    /** The summary line's label, and the edit list's row for changing it. */
    label: string;
    change: string;
    notFound: (typed: string) => string;
  };
  form: {
    start: (service: string, questions: number) => string;
    question: (n: number, total: number) => string;
    hints: Record<FieldType, string>;
    numberUnit: (unit: string) => string;
    selectNumbered: string;
    optional: string;
    navigation: string;
    navigationFirst: string;
    expectText: string;
    receivingFile: string;
    fileFailed: string;
    stillWorking: string;
  };
  review: {
    title: (service: string) => string;
    question: string;
    skipped: string;
    yes: string;
    no: string;
    attached: string;
    location: string;
    editBody: string;
    editButton: string;
  };
  cancel: { confirm: string; cancelled: string };
  submit: {
    sending: string;
    submitted: (p: { service: string; reference: string; department: string; due: string }) => string;
    failed: string;
    failedFinal: string;
    paymentReady: (p: { service: string; reference: string; url: string; amount?: string; until?: string }) => string;
    paymentUnavailable: string;
    lostFailure: string;
  };
  resume: { offer: (service: string) => string; discarded: string };
  tracking: {
    prompt: string;
    looking: string;
    notReference: string;
    notFound: (reference: string) => string;
    failed: string;
    result: (p: {
      service: string;
      reference: string;
      status: string;
      filed: string;
      due: string;
      updated: string;
      next: string;
    }) => string;
  };
  status: Record<RequestStatus, string>;
  statusNext: Record<RequestStatus, string>;
  myRequests: { loading: string; empty: string; body: string; button: string };
  certificates: {
    loading: string;
    empty: string;
    body: string;
    button: string;
    issued: (date: string) => string;
    /** The second line of a revoked certificate's row. */
    revokedRow: string;
    sending: string;
    failed: string;
    /** Asked for a revoked certificate: it is not sent. */
    revoked: (p: { title: string; number: string }) => string;
    /** Not (or no longer) among the citizen's certificates. */
    missing: string;
    /** One language's half of a certificate document's caption. */
    caption: (p: { title: string; number: string }) => string;
    /** The next step in an `issued` notification that carries a certificate. */
    follows: (number: string) => string;
    /** A certificate issued just now could not be attached to the notification. */
    notAttached: (number: string) => string;
  };
  grievance: {
    categoryBody: string;
    categoryButton: string;
    categories: Record<GrievanceCategory, { title: string; description: string }>;
    describe: string;
    photo: string;
    confirm: (p: { category: string; place: string; description: string; withPhoto: boolean }) => string;
    submitted: (reference: string) => string;
    failed: string;
    cancelled: string;
  };
  handoff: { started: string; unavailable: string; ended: string; staff: string };
  unsupported: { audio: string; other: string; mediaNotExpected: string; locationNotExpected: string };
  help: string;
  erase: { prompt: string; done: string; failed: string; kept: string; unavailable: string };
  notification: (p: { service: string; reference: string; status: string; note?: string; next: string }) => string;
  optIn: string;
  failed: string;
}

export const MESSAGES: Readonly<Record<Language, Messages>> = { en: EN, te: TE };

/**
 * The first screen, before a language is chosen, so it speaks both. Kept apart from the
 * tables because it belongs to neither language.
 */
export const LANGUAGE_CHOICE = {
  body:
    'Welcome to Seva, the citizen services of the Government of Andhra Pradesh.\n' +
    'సేవకు స్వాగతం — ఆంధ్రప్రదేశ్ ప్రభుత్వ పౌర సేవలు.\n\n' +
    'Choose your language · మీ భాషను ఎంచుకోండి',
  titles: { en: 'English', te: 'తెలుగు' },
} as const satisfies { body: string; titles: Record<Language, string> };
