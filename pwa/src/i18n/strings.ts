import type { Language } from '../../../shared/i18n/languages';
import { en, type AppText } from './en';
import { te } from './te';

/** One table per language; adding a language to LANGUAGES makes this a compile error until it has one. */
export const STRINGS: Readonly<Record<Language, AppText>> = { en, te };

/** Fills `{name}` placeholders; a missing value stays visible as written so it is noticed. */
export function format(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : String(value);
  });
}

/** Locale tags for dates and numbers. */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-IN', te: 'te-IN' };
