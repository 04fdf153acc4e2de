import { z } from 'zod';

/**
 * The languages Seva speaks. Adding a language is a data change: add its code here
 * and its strings to every message table; the type checker then lists what is missing.
 */
export const LANGUAGES = ['en', 'te'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LanguageSchema = z.enum(LANGUAGES);

/** A text in every supported language. */
export const LocalizedTextSchema = z.object({
  en: z.string().trim().min(1),
  te: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
