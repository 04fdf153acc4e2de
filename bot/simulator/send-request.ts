import { z } from 'zod';
import { LIMITS } from '../whatsapp/limits';
import { isCitizenId } from './citizen-ids';

/**
 * `POST /api/send`: what a citizen does in the simulated chat. Photos and documents are
 * uploaded first (`POST /api/upload`) and named here by their media id. Taps carry the id and
 * title the bot gave the button or row, and `replyTo`, the bot message they were in.
 */

const base = {
  from: z.string().refine(isCitizenId, 'from must be a phone number (digits) or a business-scoped user id'),
  /** The citizen's WhatsApp profile name. */
  name: z.string().trim().min(1).max(60).optional(),
  replyTo: z.string().min(1).optional(),
};

const caption = z.string().max(LIMITS.documentCaption).optional();

export const SendRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('text'), text: z.string().trim().min(1).max(LIMITS.textBody) }),
  z.strictObject({
    ...base,
    kind: z.literal('button_reply'),
    id: z.string().min(1).max(LIMITS.buttonId),
    title: z.string().min(1).max(LIMITS.buttonTitle),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('list_reply'),
    id: z.string().min(1).max(LIMITS.rowId),
    title: z.string().min(1).max(LIMITS.rowTitle),
    description: z.string().min(1).max(LIMITS.rowDescription).optional(),
  }),
  z.strictObject({ ...base, kind: z.literal('image'), mediaId: z.string().min(1), caption }),
  z.strictObject({
    ...base,
    kind: z.literal('document'),
    mediaId: z.string().min(1),
    filename: z.string().trim().min(1).max(240),
    caption,
  }),
  z.strictObject({
    ...base,
    kind: z.literal('location'),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    name: z.string().min(1).max(200).optional(),
    address: z.string().min(1).max(500).optional(),
  }),
]);

export type SendRequest = z.infer<typeof SendRequestSchema>;
