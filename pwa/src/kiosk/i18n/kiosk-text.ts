import type { Language } from '../../../../shared/i18n/languages';
import { useLanguage } from '../../i18n/language';
import { kioskEn, type KioskText } from './kiosk-en';
import { kioskTe } from './kiosk-te';

/** One kiosk table per language; adding a language to LANGUAGES makes this a compile error until it has one. */
export const KIOSK_STRINGS: Readonly<Record<Language, KioskText>> = { en: kioskEn, te: kioskTe };

/** The other language, shown beside the chosen one on the verdict so anyone at the kiosk can read it. */
export function otherLanguage(language: Language): Language {
  return language === 'en' ? 'te' : 'en';
}

/** The kiosk's words in the chosen language, and in the other one. */
export function useKioskText(): { text: KioskText; other: KioskText; language: Language; otherLanguage: Language } {
  const { language } = useLanguage();
  const second = otherLanguage(language);
  return { text: KIOSK_STRINGS[language], other: KIOSK_STRINGS[second], language, otherLanguage: second };
}
