import { createHash } from 'node:crypto';

/**
 * A simulated citizen is named by what WhatsApp would name them: their phone number (digits,
 * country code first) or, when they hide it behind a username, only their business-scoped
 * user id (`IN.1648738043044942`).
 */

const PHONE = /^\d{6,15}$/;
const BUSINESS_SCOPED_USER_ID = /^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/;

export function isPhoneNumber(citizen: string): boolean {
  return PHONE.test(citizen);
}

export function isCitizenId(citizen: string): boolean {
  return PHONE.test(citizen) || BUSINESS_SCOPED_USER_ID.test(citizen);
}

/**
 * The business-scoped user id WhatsApp would give a phone-number citizen. Webhooks carry it
 * beside the phone number for every user; it is derived from the number so it stays the same
 * across restarts. Seva serves India, so the country prefix is IN.
 */
export function businessScopedIdFor(phone: string): string {
  const digest = createHash('sha256').update(`seva-simulator:${phone}`).digest();
  const sixteenDigits = (digest.readBigUInt64BE() % 9_000_000_000_000_000n) + 1_000_000_000_000_000n;
  return `IN.${sixteenDigits}`;
}
