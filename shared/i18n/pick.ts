import type { Language, LocalizedText } from './languages';

/**
 * Picks the text in `language`, falling back to English when a translation is empty.
 * Kept apart from the schemas so a screen can use it without loading the schema library.
 */
export function pick(text: LocalizedText, language: Language): string {
  return text[language] || text.en;
}
