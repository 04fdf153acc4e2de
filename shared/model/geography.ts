import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/languages';

/**
 * Andhra Pradesh's administrative tree as Seva uses it: district → mandal → village or ward
 * secretariat. Codes are stable: requests and tokens refer to them.
 */
export const DistrictCodeSchema = z.string().regex(/^[A-Z]{3}$/);
export const MandalCodeSchema = z.string().regex(/^[A-Z]{3}-\d{2}$/);
export const SecretariatCodeSchema = z.string().regex(/^[A-Z]{3}-\d{2}-\d{3}$/);

export const SecretariatSchema = z.object({
  code: SecretariatCodeSchema,
  name: LocalizedTextSchema,
  kind: z.enum(['village', 'ward']),
});
export type Secretariat = z.infer<typeof SecretariatSchema>;

export const MandalSchema = z.object({
  code: MandalCodeSchema,
  name: LocalizedTextSchema,
  secretariats: z.array(SecretariatSchema).min(1),
});
export type Mandal = z.infer<typeof MandalSchema>;

export const DistrictSchema = z.object({
  code: DistrictCodeSchema,
  name: LocalizedTextSchema,
  /** District headquarters town. */
  headquarters: LocalizedTextSchema,
  mandals: z.array(MandalSchema).min(1),
});
export type District = z.infer<typeof DistrictSchema>;

export const GeographySchema = z.object({ districts: z.array(DistrictSchema).min(1) }).superRefine((geography, ctx) => {
  const seen = new Set<string>();
  const claim = (code: string) => {
    if (seen.has(code)) ctx.addIssue({ code: 'custom', message: `duplicate code ${code}` });
    seen.add(code);
  };
  for (const district of geography.districts) {
    claim(district.code);
    for (const mandal of district.mandals) {
      claim(mandal.code);
      if (!mandal.code.startsWith(`${district.code}-`)) {
        ctx.addIssue({ code: 'custom', message: `mandal ${mandal.code} is not under ${district.code}` });
      }
      for (const secretariat of mandal.secretariats) {
        claim(secretariat.code);
        if (!secretariat.code.startsWith(`${mandal.code}-`)) {
          ctx.addIssue({ code: 'custom', message: `secretariat ${secretariat.code} is not under ${mandal.code}` });
        }
      }
    }
  }
});
export type Geography = z.infer<typeof GeographySchema>;

/** Where a request belongs; derived from the secretariat code. */
export const JurisdictionSchema = z.object({
  districtCode: DistrictCodeSchema,
  mandalCode: MandalCodeSchema,
  secretariatCode: SecretariatCodeSchema,
});
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;

/** Resolves a secretariat code to its full jurisdiction, or undefined when unknown. */
export function jurisdictionOf(geography: Geography, secretariatCode: string): Jurisdiction | undefined {
  for (const district of geography.districts) {
    for (const mandal of district.mandals) {
      if (mandal.secretariats.some((s) => s.code === secretariatCode)) {
        return { districtCode: district.code, mandalCode: mandal.code, secretariatCode };
      }
    }
  }
  return undefined;
}
