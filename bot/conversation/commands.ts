import type { Language } from '../../shared/i18n/languages';
import type { FormField } from '../../shared/model/form-field';
import { parseFieldInput } from '../../shared/validation';

/**
 * Words a citizen types to steer the conversation, in English, Telugu script and the romanized
 * Telugu people type on a Latin keyboard. Only a whole message counts ("back", not "go back to
 * the farm"), so an answer that merely contains one of these words is never mistaken for it.
 */
export type Command =
  | 'stop'
  | 'start'
  | 'menu'
  | 'greeting'
  | 'back'
  | 'cancel'
  | 'skip'
  | 'help'
  | 'language'
  | 'erase'
  | 'english'
  | 'telugu';

const WORDS: Readonly<Record<Command, readonly string[]>> = {
  stop: ['stop', 'unsubscribe', 'ఆపు', 'ఆపండి', 'aapu', 'apu'],
  start: ['start', 'subscribe', 'ప్రారంభించు', 'ప్రారంభించండి'],
  menu: ['menu', 'main menu', 'మెనూ', 'మెను', 'ప్రధాన మెనూ', 'home'],
  greeting: [
    'hi',
    'hii',
    'hiii',
    'hello',
    'helo',
    'hey',
    'namaskaram',
    'namaskaaram',
    'namaste',
    'namasthe',
    'నమస్కారం',
    'నమస్కారము',
    'నమస్తే',
    'హాయ్',
    'హలో',
    'good morning',
    'good evening',
  ],
  back: ['back', 'previous', 'go back', 'వెనక్కి', 'వెనుకకు', 'venakki', 'venukaku'],
  cancel: ['cancel', 'quit', 'రద్దు', 'రద్దు చేయి', 'రద్దు చేయండి', 'raddu'],
  skip: ['skip', 'వదిలేయి', 'వదిలేయండి', 'vadileyi', 'vadileyandi'],
  help: ['help', 'సహాయం', 'sahayam', 'sahaayam', '?'],
  language: ['language', 'change language', 'భాష', 'భాష మార్చు', 'bhasha'],
  erase: ['erase', 'erase my data', 'delete my data', 'నా వివరాలు తొలగించు', 'తొలగించు'],
  english: ['english', 'ఇంగ్లీష్', 'ఇంగ్లిష్'],
  telugu: ['telugu', 'తెలుగు'],
};

const LOOKUP = new Map<string, Command>();
for (const [command, words] of Object.entries(WORDS) as Array<[Command, readonly string[]]>) {
  for (const word of words) LOOKUP.set(word, command);
}

/** Lowercase, NFC, single spaces, without closing punctuation: the form commands are compared in. */
export function normalizeTyped(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/[.!।]+$/u, '')
    .trim();
}

/** The command a whole message is, if it is one. */
export function commandOf(text: string): Command | undefined {
  return LOOKUP.get(normalizeTyped(text));
}

/** The language a language command names. */
export function languageOfCommand(command: Command): Language | undefined {
  return command === 'english' ? 'en' : command === 'telugu' ? 'te' : undefined;
}

// Yes and no are read exactly as a yes/no question of a form reads them.
const YES_NO: FormField = {
  key: 'answer',
  type: 'yesno',
  label: { en: 'Yes or no', te: 'అవును లేదా కాదు' },
  required: true,
  personal: false,
};

/** A typed yes or no ("yes", "avunu", "కాదు"…) to a confirmation, or undefined for anything else. */
export function typedYesNo(text: string, language: Language): boolean | undefined {
  const value = parseFieldInput(YES_NO, text, language);
  return typeof value === 'boolean' ? value : undefined;
}
