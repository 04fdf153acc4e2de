import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/languages';

/**
 * One question on a service's application form. The bot asks it as a chat prompt and the
 * PWA renders it as an input; both validate the answer with `validateField` from
 * `shared/validation`, so a form behaves the same on every channel.
 */

const FIELD_KEY = /^[a-z][a-zA-Z0-9]{0,39}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A date bound: an ISO date, or `today` resolved when the answer is checked. */
export const DateBoundSchema = z.union([z.literal('today'), z.string().regex(ISO_DATE)]);
export type DateBound = z.infer<typeof DateBoundSchema>;

/**
 * The largest file any photo or document field may accept, in KB: a form's own limit
 * (`maxSizeKb`) is at most this, and the server refuses bigger uploads whatever the form.
 */
export const MAX_ATTACHMENT_KB = 10240;

const fieldBase = {
  /** Stable key of the answer in `ServiceRequest.applicant`. */
  key: z.string().regex(FIELD_KEY, 'field keys are camelCase, at most 40 characters'),
  label: LocalizedTextSchema,
  help: LocalizedTextSchema.optional(),
  required: z.boolean().default(true),
  /** Personal data: encrypted at rest, never printed on a certificate or shown by tracking. */
  personal: z.boolean().default(false),
};

export const SelectOptionSchema = z.object({
  value: z.string().regex(/^[a-z0-9_]{1,40}$/),
  label: LocalizedTextSchema,
});
export type SelectOption = z.infer<typeof SelectOptionSchema>;

export const FormFieldSchema = z.discriminatedUnion('type', [
  z.object({
    ...fieldBase,
    type: z.literal('text'),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).max(500).default(100),
    /** A whole-value pattern (anchored when checked) with the message shown when it fails. */
    pattern: z.object({ regex: z.string().min(1), message: LocalizedTextSchema }).optional(),
  }),
  z.object({
    ...fieldBase,
    type: z.literal('textarea'),
    minLength: z.number().int().min(0).optional(),
    maxLength: z.number().int().min(1).max(4000).default(1000),
  }),
  z.object({
    ...fieldBase,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(false),
    unit: LocalizedTextSchema.optional(),
  }),
  z.object({
    ...fieldBase,
    type: z.literal('date'),
    notBefore: DateBoundSchema.optional(),
    notAfter: DateBoundSchema.optional(),
  }),
  z.object({
    ...fieldBase,
    type: z.literal('select'),
    options: z.array(SelectOptionSchema).min(1).max(50),
  }),
  z.object({ ...fieldBase, type: z.literal('yesno') }),
  z.object({ ...fieldBase, type: z.literal('aadhaar') }),
  z.object({ ...fieldBase, type: z.literal('mobile') }),
  z.object({ ...fieldBase, type: z.literal('pincode') }),
  z.object({ ...fieldBase, type: z.literal('email') }),
  z.object({
    ...fieldBase,
    type: z.literal('photo'),
    maxSizeKb: z.number().int().min(1).max(MAX_ATTACHMENT_KB).default(1024),
  }),
  z.object({
    ...fieldBase,
    type: z.literal('document'),
    maxSizeKb: z.number().int().min(1).max(MAX_ATTACHMENT_KB).default(2048),
  }),
  z.object({ ...fieldBase, type: z.literal('location') }),
]);
export type FormField = z.infer<typeof FormFieldSchema>;
/** A field as written by hand in catalog data, before defaults are filled in. */
export type FormFieldInput = z.input<typeof FormFieldSchema>;
export type FieldType = FormField['type'];

/** A file the applicant attached, addressed by the SHA-256 of its bytes. */
export const AttachmentRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mimeType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/),
  sizeBytes: z.number().int().min(1),
  name: z.string().max(200).optional(),
});
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

export const GeoPointSchema = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});
export type GeoPoint = z.infer<typeof GeoPointSchema>;

/** The shape any answer may take on the wire; `validateField` narrows it per field type. */
export const FieldValueSchema = z.union([
  z.string().max(4000),
  z.number().finite(),
  z.boolean(),
  AttachmentRefSchema,
  GeoPointSchema,
]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

/** Answers keyed by field key. */
export const ApplicantAnswersSchema = z.record(z.string().regex(FIELD_KEY), FieldValueSchema);
export type ApplicantAnswers = z.infer<typeof ApplicantAnswersSchema>;
