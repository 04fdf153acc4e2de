import type { VerdictStatus } from '../../../../shared/certificate/types';

/**
 * The kiosk's words in English. They live in the kiosk's own chunk, not in the app-wide table,
 * so the agent's first load does not carry them. Every other language's table is typed
 * against this one; placeholders in braces are filled by `format`.
 */
export const kioskEn = {
  title: 'Certificate check',
  scanHeading: 'Check a certificate',
  scanIntro: 'Hold the QR code on the certificate in front of the camera.',
  cameraStarting: 'Starting the camera…',
  cameraLabel: 'Camera view',
  cameraUnavailable: 'The camera cannot be used ({detail}). Choose a photo of the certificate instead.',
  cameraMissing: 'This kiosk has no camera. Choose a photo of the certificate instead.',
  cameraBlocked:
    'The camera is blocked for this app. Allow it in the browser’s settings, or choose a photo of the certificate instead.',
  cameraRetry: 'Try the camera again',
  uploadButton: 'Choose a photo of the certificate',
  uploadHelp: 'For example a photo received on WhatsApp.',
  reading: 'Reading the QR code…',
  noQrInImage: 'No QR code was found in this photo. Take a sharper photo of the QR code and try again.',
  checking: 'Checking…',
  scanNext: 'Scan next certificate',

  verdict: {
    VALID: 'Genuine certificate',
    INVALID: 'Not genuine — altered or damaged',
    UNKNOWN_ISSUER: 'Cannot check this certificate',
    REVOKED: 'Certificate cancelled',
    EXPIRED: 'Certificate expired',
    NOT_YET_VALID: 'Certificate not yet valid',
    NOT_OURS: 'Not a government certificate QR code',
  } satisfies Record<VerdictStatus, string>,
  explain: {
    VALID: 'Issued by the Government of Andhra Pradesh and not changed since.',
    INVALID:
      'This QR code was changed after it was issued, or is damaged. Do not accept it. Nothing written in it is shown.',
    UNKNOWN_ISSUER:
      'This kiosk does not know the office that signed it. This does not mean it is fake: update the trust list and check again.',
    REVOKED: 'The issuing office cancelled this certificate on {date}. Do not accept it.',
    REVOKED_UNDATED: 'The issuing office cancelled this certificate. Do not accept it.',
    EXPIRED: 'Its validity ended on {date}.',
    EXPIRED_UNDATED: 'Its validity has ended.',
    NOT_YET_VALID: 'It is dated in the future ({date}). Check the kiosk’s clock, or ask the issuing office.',
    NOT_OURS: 'This QR code is not a certificate from Seva. It may be a payment, a website or another kind of code.',
  },
  field: {
    name: 'Name',
    guardian: 'Father / guardian',
    dateOfBirth: 'Date of birth',
    documentType: 'Certificate',
    number: 'Certificate number',
    office: 'Issuing office',
    issuer: 'Signed by',
    issued: 'Issued on',
    validUntil: 'Valid until',
    revokedOn: 'Cancelled on',
  },
  checkedOffline: 'Checked on this kiosk — revocation data as of {time}.',
  checkedNoStatus: 'Checked on this kiosk — this kiosk has no revocation data for this office yet.',

  staleData:
    'The trust and revocation data on this kiosk is older than 7 days (as of {time}). Connect to the internet to update it.',
  noData: 'This kiosk has no trust list yet. Connect it to the internet once to download it.',
  noRoots: 'This copy of the app pins no trust root, so it can check no certificate. Rebuild it with SEVA_TRUST_ROOTS.',
  dataAsOf: 'Data as of {time}',
  updating: 'Updating…',
  updateNow: 'Update now',
  refreshProblem: {
    offline: 'No connection to the server; using the saved data.',
    unauthorized: 'The server refused this kiosk’s token. Enter a new one.',
    rollback: 'The server sent an older trust list than this kiosk has; it was refused.',
    untrusted: 'The server sent a trust list this kiosk cannot trust; it was refused.',
    failed: 'Updating failed ({detail}).',
    statusLists: 'Some revocation lists could not be updated.',
  },

  setupHeading: 'Kiosk token',
  setupIntro:
    'To download updates this kiosk needs a token, given once by the administrator (npx seva token create --role kiosk). Checking certificates never needs it.',
  tokenLabel: 'Kiosk token',
  tokenSave: 'Save token',
  tokenSaving: 'Checking the token…',
  tokenRefused: 'The server refused this token ({detail}).',
  tokenSavedOffline: 'Token saved. The data will be downloaded when the kiosk is online.',
  tokenSaved: 'Token saved.',
  tokenPresent: 'This kiosk has a token.',
  tokenChange: 'Change token',
  settings: 'Kiosk settings',
};

/** The shape every language's kiosk table must have. */
export type KioskText = typeof kioskEn;
