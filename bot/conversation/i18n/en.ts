import { formatRupees } from '../format';
import type { Messages } from './messages';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const EN: Messages = {
  buttons: {
    apply: 'Apply',
    pay: 'Pay',
    searchAgain: 'Search again',
    mainMenu: 'Main menu',
    accept: 'I agree',
    decline: 'No, thanks',
    confirm: 'Confirm',
    edit: 'Edit',
    cancel: 'Cancel',
    yes: 'Yes',
    no: 'No',
    skip: 'Skip',
    continue: 'Continue',
    discard: 'Discard',
    retry: 'Try again',
    myApplications: 'My applications',
    submit: 'Submit',
    skipPhoto: 'No photo',
    yesCancel: 'Yes, cancel',
    keepGoing: 'No, go on',
    yesErase: 'Yes, erase',
    keepData: 'No, keep it',
    changePlace: 'Change place',
  },
  menu: {
    header: 'Seva · Government of Andhra Pradesh',
    body:
      'Namaskaram! 🙏 How can Seva help you today?\n' +
      'Choose from the menu, or just type what you need — for example "income certificate" or "ఆదాయ ధ్రువీకరణ పత్రం".',
    button: 'Open menu',
    items: {
      apply: { title: 'Apply for a service', description: 'Certificates, schemes, permits — by department or by name' },
      track: { title: 'Track an application', description: 'See where your application is, with its reference number' },
      certificates: { title: 'My certificates', description: 'Get your issued certificates again as PDF' },
      grievance: { title: 'Raise a grievance', description: 'Tell us about a problem; you can add a photo' },
      pay: { title: 'Pay a bill or fee', description: 'Electricity, property tax, water charges and more' },
      person: { title: 'Talk to a person', description: 'A member of our staff will reply to you here' },
      language: { title: 'Change language', description: 'English / తెలుగు' },
      resume: { title: 'Continue application', description: 'Pick up where you left off' },
    },
  },
  list: {
    more: 'More…',
    moreDescription: (next, pages) => `Page ${next} of ${pages}`,
    page: (page, pages) => `Page ${page} of ${pages}`,
    option: (n) => `Option ${n}`,
    choose: 'Choose',
  },
  oldMenu: 'That menu is old — here is the current one.',
  departments: {
    body: 'Choose a department — or simply type the name of the service you need.',
    button: 'Departments',
    serviceCount: (count) => plural(count, 'service', 'services'),
  },
  services: { body: (department) => `*${department}* — choose a service:`, button: 'Services' },
  payments: {
    body: 'Which bill or fee do you want to pay?',
    none: 'No bills or fees can be paid on WhatsApp yet.',
  },
  search: {
    results: (query) => `Services for "${query}":`,
    none: (query) =>
      `I couldn't find a service for "${query}". Try other words — for example "income certificate", ` +
      '"aadaya pathram" or "current bill" — or send MENU to browse by department.',
    prompt: 'Type the name of the service you need, in Telugu or English.',
    button: 'Services',
  },
  service: {
    fee: (rupees) => `💰 Fee: ${rupees}`,
    free: '💰 Free of charge',
    sla: (days) => (days === 0 ? '⏱ Decided the same day' : `⏱ Decided within ${plural(days, 'day', 'days')}`),
    short: (fee, days) =>
      `${fee === 0 ? 'Free' : formatRupees(fee)} · ${days === 0 ? 'same day' : plural(days, 'day', 'days')}`,
    documents: '📎 Keep these ready:',
    informationOnly: 'ℹ️ This is an information service: there is nothing to apply for.',
    paymentNote: '💳 After a few details, you get a secure link to pay the amount due.',
    gone: 'Sorry, this service is no longer offered here.',
  },
  consent: {
    notice: (hours) =>
      '🔒 *Before you file anything — your privacy*\n\n' +
      '*What we keep:* the answers and documents you give in an application or grievance, and your WhatsApp number.\n' +
      '*Why:* only to process them and to send you updates about them here.\n' +
      `*For how long:* submitted applications are kept by the department as the rules for government records require; unfinished answers are deleted after ${hours} hours.\n` +
      '*Your rights:* send ERASE to erase what this service holds about you (this conversation, unfinished answers and your number); ' +
      'submitted applications then stay with the department without your number, so updates about them no longer come here. ' +
      'Ask at your village or ward secretariat to see or correct your data. Send STOP to get no more messages.\n\n' +
      'Do you agree?',
    declined:
      'Understood. Without your consent we cannot file applications or grievances here, but you can still look up services and track applications. ' +
      'You can also apply at your village or ward secretariat.',
  },
  place: {
    districtBody:
      '📍 Which district do you live in? Your application or grievance goes to your village or ward secretariat.\n' +
      'Choose from the list, or type the name. Type CANCEL to stop.',
    districtButton: 'Districts',
    mandalBody: (district) => `*${district}* district — which mandal?\nType BACK for the districts.`,
    mandalButton: 'Mandals',
    secretariatBody: (mandal) => `*${mandal}* mandal — which village or ward secretariat?\nType BACK for the mandals.`,
    secretariatButton: 'Secretariats',
    secretariatCount: (count) => plural(count, 'secretariat', 'secretariats'),
    kind: { village: 'Village secretariat', ward: 'Ward secretariat' },
    full: ({ secretariat, mandal, district }) => `${secretariat}, ${mandal} mandal, ${district} district`,
    chosen: (place) => `📍 Your secretariat: *${place}*`,
    label: 'Secretariat',
    change: 'Change place',
    notFound: (typed) => `I could not find "${typed}" in this list. Please choose a name from it.`,
  },
  form: {
    start: (service, questions) =>
      `Applying for *${service}*. I will ask ${plural(questions, 'question', 'questions')}, one at a time.`,
    question: (n, total) => `Question ${n} of ${total}`,
    hints: {
      text: 'Type your answer.',
      textarea: 'Type your answer in one message.',
      number: 'Type a number.',
      date: 'Type the date as DD/MM/YYYY, for example 15/08/1990.',
      select: 'Choose one.',
      yesno: 'Tap Yes or No.',
      aadhaar: 'Type the 12-digit Aadhaar number.',
      mobile: 'Type the 10-digit mobile number.',
      pincode: 'Type the 6-digit PIN code.',
      email: 'Type the email address.',
      photo: 'Send a photo: tap 📎, then Camera or Gallery.',
      document: 'Send the document as a photo or a PDF: tap 📎, then Document, Camera or Gallery.',
      location: 'Share the location: tap 📎, then Location.',
    },
    numberUnit: (unit) => `Type a number (${unit}).`,
    selectNumbered: 'Reply with the number of your choice:',
    optional: 'This one is optional: tap Skip or type SKIP to leave it out.',
    navigation: 'Type BACK for the previous question, or CANCEL to stop.',
    navigationFirst: 'Type CANCEL to stop.',
    expectText: 'Please type your answer to this question.',
    receivingFile: 'Got it — saving your file…',
    fileFailed: 'Sorry, we could not receive that file. Please send it again.',
    stillWorking: 'One moment — still working on your last request.',
  },
  review: {
    title: (service) => `Please check your answers for *${service}*:`,
    question: 'Is everything correct?',
    skipped: '(skipped)',
    yes: 'Yes',
    no: 'No',
    attached: 'File attached',
    location: 'Location shared',
    editBody: 'Which answer do you want to change?',
    editButton: 'Answers',
  },
  cancel: {
    confirm: 'Cancel this application? Your answers will be deleted.',
    cancelled: 'Application cancelled. Nothing was submitted.',
  },
  submit: {
    sending: 'Submitting your application…',
    submitted: ({ service, reference, department, due }) =>
      `✅ Your application for *${service}* has been submitted.\n\nReference number:\n\`\`\`${reference}\`\`\`\n\n` +
      `${department} will decide by *${due}*. We will message you here when the status changes. ` +
      'To check it at any time, just send the reference number.',
    failed: 'Sorry, we could not submit just now. Your answers are saved — tap Try again.',
    failedFinal:
      'Sorry, this could not be accepted. Please contact your village or ward secretariat, or choose Talk to a person in the menu.',
    paymentReady: ({ service, reference, url, amount, until }) =>
      `💳 Pay ${amount ? `${amount} ` : ''}for *${service}* here:\n${url}\n\nReference number:\n\`\`\`${reference}\`\`\`` +
      (until ? `\n\nThe link works until ${until}.` : ''),
    paymentUnavailable:
      'Paying bills and fees on WhatsApp is not available yet. You can pay at your village or ward secretariat.',
    lostFailure: 'Sorry, something you sent earlier could not be submitted. Please start it again from the menu.',
  },
  resume: {
    offer: (service) => `You have an unfinished application for *${service}*. Continue where you left off?`,
    discarded: 'The unfinished application was deleted.',
  },
  tracking: {
    prompt: 'Send the reference number of your application. It looks like this:\n```ABCD-EFGH-JKMN-P```',
    looking: 'Checking…',
    notReference:
      "That doesn't look like a reference number. It has 13 letters and digits, like ABCD-EFGH-JKMN-P. Please check it and send it again.",
    notFound: (reference) =>
      `No application was found with the number ${reference}. Please check it and send it again.`,
    failed: 'Sorry, we cannot check right now. Please try again in a few minutes.',
    result: ({ service, reference, status, filed, due, updated, next }) =>
      `📄 *${service}*\nReference: \`\`\`${reference}\`\`\`\nStatus: *${status}*\n` +
      `Filed on: ${filed}\nDecision due by: ${due}\nLast update: ${updated}\n\n${next}`,
  },
  status: {
    submitted: 'Submitted',
    received: 'Received by the office',
    needs_info: 'More information needed',
    resubmitted: 'Information sent, under review',
    approved: 'Approved',
    issued: 'Issued',
    rejected: 'Rejected',
    withdrawn: 'Withdrawn',
  },
  statusNext: {
    submitted: 'The office will take it up soon.',
    received: 'An officer is reviewing it.',
    needs_info:
      'Please take the details asked for to your village or ward secretariat, or choose Talk to a person in the menu.',
    resubmitted: 'An officer will review the new information.',
    approved: 'The certificate or order will be issued shortly.',
    issued: 'Choose My certificates in the menu to get it.',
    rejected: 'To know the reasons or to appeal, contact your village or ward secretariat.',
    withdrawn: 'Nothing more will happen on this application.',
  },
  myRequests: {
    loading: 'Looking up your applications…',
    empty: 'You have not applied for anything on WhatsApp yet.',
    body: 'Your applications. Choose one to see its status.',
    button: 'Applications',
  },
  certificates: {
    loading: 'Looking up your certificates…',
    empty: 'No certificates have been issued to you yet.',
    body: 'Your certificates. Choose one and I will send it as a PDF.',
    button: 'Certificates',
    issued: (date) => `Issued ${date}`,
    revokedRow: 'Revoked',
    sending: 'Fetching your certificate…',
    failed: 'Sorry, we could not fetch that certificate right now. Please try again later.',
    revoked: ({ title, number }) =>
      `Your ${title} (${number}) was revoked and is no longer valid, so it is not sent. ` +
      'Your village or ward secretariat can tell you why.',
    missing: 'That certificate is not among yours. Choose one from the list.',
    caption: ({ title, number }) =>
      `${title}, No. ${number}. Anyone can check that it is genuine by scanning its QR code.`,
    follows: (number) =>
      `Your certificate ${number} follows in the next message. You can get it again any time from My certificates in the menu.`,
    notAttached: (number) =>
      `Your certificate ${number} is ready, but we could not attach it just now. Choose My certificates in the menu to get it.`,
  },
  grievance: {
    categoryBody: 'What is your grievance about?\nType CANCEL to stop.',
    categoryButton: 'Topics',
    categories: {
      delay: { title: 'Delay', description: 'An application or a service is taking too long' },
      staff_behaviour: { title: 'Staff behaviour', description: 'How an official or a staff member treated you' },
      wrong_decision: { title: 'Wrong decision', description: 'A decision on your application seems wrong' },
      service_quality: {
        title: 'Service quality',
        description: 'Roads, water, drains, street lights and other services',
      },
      other: { title: 'Something else', description: 'Any other problem' },
    },
    describe: 'Tell us about the problem in one message: what happened, where, and since when.\nType CANCEL to stop.',
    photo: 'If you have a photo of the problem, send it now. Otherwise tap No photo.',
    confirm: ({ category, place, description, withPhoto }) =>
      `Your grievance:\n\n*Topic:* ${category}\n*Secretariat:* ${place}\n\n_${description}_\n\n` +
      `${withPhoto ? 'Photo attached.\n\n' : ''}Submit it?`,
    submitted: (reference) =>
      `✅ Your grievance has been registered.\n\nReference number:\n\`\`\`${reference}\`\`\`\n\n` +
      'The department will look into it, and we will message you here when it is updated.',
    failed: 'Sorry, we could not register your grievance just now. Tap Try again.',
    cancelled: 'Grievance cancelled. Nothing was sent.',
  },
  handoff: {
    started:
      'A member of our staff will reply here soon. Everything you send now goes to them until they close the conversation.',
    unavailable: 'Sorry, no one from our staff is available right now. Please try again later.',
    ended: 'The conversation with our staff has ended. Send MENU for the main menu.',
    staff: 'Seva staff',
  },
  unsupported: {
    audio: "Sorry, I can't listen to voice messages yet. Please type your message — in Telugu or English.",
    other: "Sorry, I can't read this kind of message yet. Please type, or tap one of the options.",
    mediaNotExpected:
      'Thank you — I can only use a photo or file when a question asks for one. Please type, or tap an option.',
    locationNotExpected:
      'Thank you — I can only use a location when a question asks for one. Please type, or tap an option.',
  },
  help:
    'How to use Seva:\n' +
    '• Type what you need, for example "income certificate".\n' +
    '• MENU — the main menu\n' +
    '• BACK — the previous question\n' +
    '• CANCEL — stop the current application\n' +
    '• SKIP — leave out an optional question\n' +
    '• LANGUAGE — change the language\n' +
    '• STOP — no more messages (START to resume)\n' +
    '• ERASE — erase your data held by this service',
  erase: {
    prompt:
      'Erase what this WhatsApp service holds about you (this conversation, unfinished answers and documents, and your number)? ' +
      'Applications you already submitted stay with the departments, as the law requires, but without your number: ' +
      'you will get no more updates or certificates about them here. Track them with their reference number, or at your village or ward secretariat.',
    done: 'Done — your data has been erased from this service. Send HI whenever you need us again.',
    failed: 'Sorry, we could not erase your data just now. Please try again later.',
    kept: 'Nothing was erased.',
    unavailable:
      'Erasing your data cannot be done on WhatsApp yet. Please ask at your village or ward secretariat to have it erased. ' +
      'Nothing was erased.',
  },
  notification: ({ service, reference, status, note, next }) =>
    `🔔 Update on your application for *${service}*\nReference: \`\`\`${reference}\`\`\`\nStatus: *${status}*` +
    (note ? `\nNote from the office: ${note}` : '') +
    `\n\n${next}`,
  optIn: 'Welcome back! You will get messages from Seva again.',
  failed: 'Sorry, something went wrong on our side. Please try again in a few minutes.',
};
