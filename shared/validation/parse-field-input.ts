import type { Language } from '../i18n/languages';
import { LANGUAGES } from '../i18n/languages';
import type { FormField, SelectOption } from '../model/form-field';
import { normalizeAadhaar } from './aadhaar';
import { parseHumanDate } from './dates';
import { normalizePincode } from './pincode';

/**
 * Turns what a person typed in a chat into the value the app would have sent, so that one
 * `validateField` serves both channels. Parsing never fails: text it cannot interpret is passed
 * through unchanged, and validation then explains what is wrong in the person's language.
 */

const YES = new Set(['yes', 'y', 'yeah', 'yep', 'true', 'అవును', 'ఔను', 'avunu', 'aunu', 'haa']);
const NO = new Set(['no', 'n', 'nope', 'false', 'కాదు', 'లేదు', 'వద్దు', 'kaadu', 'kadu', 'ledu', 'vaddu']);

// Telugu digits ౦–౯ are U+0C66–U+0C6F; some keyboards produce them.
const TELUGU_ZERO = 0x0c66;

/** Replaces Telugu digits with ASCII digits, leaving everything else as typed. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0C66-\u0C6F]/g, (digit) => String(digit.charCodeAt(0) - TELUGU_ZERO));
}

/** Lowercased, NFC, single-spaced, without trailing full stops or exclamation marks: for matching words. */
function comparable(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!]+$/u, '')
    .trim();
}

function parseNumber(text: string): unknown {
  // In India commas only group digits (1,20,000), never mark decimals, so they can all go.
  const compact = asciiDigits(text).replace(/[,\s_]/g, '');
  return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(compact) ? Number(compact) : text;
}

function parseYesNo(text: string): unknown {
  const word = comparable(text);
  if (YES.has(word)) return true;
  if (NO.has(word)) return false;
  return text;
}

function parseSelect(options: readonly SelectOption[], text: string, language: Language): unknown {
  const typed = comparable(asciiDigits(text));
  const byValue = options.find((option) => option.value === typed);
  if (byValue) return byValue.value;
  // Chat menus are numbered from 1; accept '2', '2.' or '2)'.
  const numbered = /^(\d{1,2})[.)]?$/.exec(typed);
  if (numbered) {
    const option = options[Number(numbered[1]) - 1];
    if (option) return option.value;
  }
  // The person's own language first, in case a label means different things across languages.
  const languages = [language, ...LANGUAGES.filter((other) => other !== language)];
  for (const lang of languages) {
    const byLabel = options.find((option) => comparable(option.label[lang]) === typed);
    if (byLabel) return byLabel.value;
  }
  return text;
}

/**
 * The wire value for what a person typed as the answer to `field`, ready for `validateField`:
 * numbers without grouping commas ('1,20,000' → 120000), dates in Indian order as ISO
 * ('15/08/1990' → '1990-08-15'), yes/no in English, Telugu or romanised Telugu as booleans,
 * a select option chosen by value, by its number in the list ('2' → second option) or by its
 * label in either language (ignoring case), and Aadhaar and PIN code without spaces.
 * Blank input becomes undefined; anything not understood is returned as typed (trimmed).
 */
export function parseFieldInput(field: FormField, text: string, language: Language): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  switch (field.type) {
    case 'number':
      return parseNumber(trimmed);
    case 'date':
      return parseHumanDate(asciiDigits(trimmed)) ?? trimmed;
    case 'yesno':
      return parseYesNo(trimmed);
    case 'select':
      return parseSelect(field.options, trimmed, language);
    case 'aadhaar':
      return normalizeAadhaar(asciiDigits(trimmed));
    case 'mobile':
      return asciiDigits(trimmed);
    case 'pincode':
      return normalizePincode(asciiDigits(trimmed));
    // Files and locations cannot be typed; the text goes through so validation says what is expected.
    case 'text':
    case 'textarea':
    case 'email':
    case 'photo':
    case 'document':
    case 'location':
      return trimmed;
    default: {
      const unhandled: never = field;
      throw new TypeError(`unhandled field type: ${JSON.stringify(unhandled)}`);
    }
  }
}
