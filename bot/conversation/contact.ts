import type { CitizenContact } from '../../shared/model/service-request';

// An Indian WhatsApp number is 91 followed by a ten-digit mobile number starting 6–9.
const INDIAN_WA_ID = /^91([6-9]\d{9})$/;

/**
 * How the request queue reaches this citizen: always the WhatsApp id, and the mobile number
 * when the id is an Indian phone number (a business-scoped user id reveals none).
 */
export function contactOf(citizenId: string): CitizenContact {
  const mobile = INDIAN_WA_ID.exec(citizenId)?.[1];
  return mobile ? { whatsappId: citizenId, mobile } : { whatsappId: citizenId };
}
