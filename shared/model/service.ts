import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/languages';
import { FormFieldSchema } from './form-field';

/** What a citizen gets from a service; drives menus, icons and which flow the bot runs. */
export const SERVICE_KINDS = [
  'certificate',
  'application',
  'payment',
  'booking',
  'information',
  'grievance',
  'status',
] as const;
export const ServiceKindSchema = z.enum(SERVICE_KINDS);
export type ServiceKind = z.infer<typeof ServiceKindSchema>;

/** `dept.slug`: lowercase, stable forever once published (requests refer to it). */
export const ServiceIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const RequiredDocumentSchema = z.object({
  code: z.string().regex(/^[a-z0-9_]{1,40}$/),
  name: LocalizedTextSchema,
});
export type RequiredDocument = z.infer<typeof RequiredDocumentSchema>;

export const ServiceSchema = z
  .object({
    id: ServiceIdSchema,
    departmentCode: z.string().regex(/^[A-Z0-9]{2,12}$/),
    name: LocalizedTextSchema,
    kind: ServiceKindSchema,
    /** Days within which the department has promised a decision. */
    slaDays: z.number().int().min(0).max(365),
    /** Fee in whole rupees; 0 when free. */
    feeInr: z.number().int().min(0),
    requiredDocuments: z.array(RequiredDocumentSchema).default([]),
    /** Extra words people use for this service (any language or romanized), for search. */
    keywords: z.array(z.string().min(1)).default([]),
    fields: z.array(FormFieldSchema).max(40),
    /** Where the service's facts come from. */
    source: z.string().url().optional(),
  })
  .superRefine((service, ctx) => {
    const seen = new Set<string>();
    for (const field of service.fields) {
      if (seen.has(field.key)) {
        ctx.addIssue({ code: 'custom', message: `duplicate field key ${field.key}`, path: ['fields'] });
      }
      seen.add(field.key);
    }
    if (!service.id.startsWith(`${service.departmentCode.toLowerCase()}.`)) {
      ctx.addIssue({ code: 'custom', message: 'service id must start with its department code', path: ['id'] });
    }
  });
export type Service = z.infer<typeof ServiceSchema>;
export type ServiceInput = z.input<typeof ServiceSchema>;
