import { LANGUAGES } from '../../../shared/i18n/languages';
import { buttonsMessage } from '../../whatsapp/outbound-builders';
import { LANGUAGE_CHOICE } from '../i18n/messages';
import type { Turn } from '../turn';

/** The bilingual first screen: two buttons, English and Telugu. */
export function showLanguageChoice(turn: Turn, pendingQuery?: string): void {
  const buttons = LANGUAGES.map((language) => ({
    id: turn.id({ do: 'language', language }),
    title: LANGUAGE_CHOICE.titles[language],
  }));
  turn.send(buttonsMessage(LANGUAGE_CHOICE.body, buttons));
  turn.go(pendingQuery ? { name: 'choosing_language', pendingQuery } : { name: 'choosing_language' });
}

/** Reads a typed language choice: the language's name in either script, or its button's number. */
export function typedLanguage(text: string): (typeof LANGUAGES)[number] | undefined {
  const typed = text.normalize('NFC').trim().toLowerCase();
  if (['1', 'english', 'eng', 'en', 'ఇంగ్లీష్', 'ఇంగ్లిష్'].includes(typed)) return 'en';
  if (['2', 'telugu', 'te', 'తెలుగు'].includes(typed)) return 'te';
  return undefined;
}
