import { describe, it, expect } from 'vitest';
import { LANGUAGES } from '../i18n/languages';
import { FIELD_ERROR_CODES, FIELD_ERROR_MESSAGES, fieldErrorMessage, formatMessage } from './messages';

const TELUGU_SCRIPT = /[\u0C00-\u0C7F]/;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('FIELD_ERROR_MESSAGES', () => {
  it('has a message for exactly the listed error codes', () => {
    expect(Object.keys(FIELD_ERROR_MESSAGES).sort()).toEqual([...FIELD_ERROR_CODES].sort());
  });

  it.each(FIELD_ERROR_CODES)('gives %s a non-empty message in every language', (code) => {
    for (const language of LANGUAGES) expect(FIELD_ERROR_MESSAGES[code][language].trim()).not.toBe('');
  });

  it.each(FIELD_ERROR_CODES)('writes the Telugu message for %s in Telugu script', (code) => {
    expect(FIELD_ERROR_MESSAGES[code].te).toMatch(TELUGU_SCRIPT);
  });

  it.each(FIELD_ERROR_CODES)('uses the same placeholders for %s in every language', (code) => {
    const english = placeholders(FIELD_ERROR_MESSAGES[code].en);
    expect(placeholders(FIELD_ERROR_MESSAGES[code].te)).toEqual(english);
  });

  it('says a required answer is required in natural Telugu', () => {
    expect(FIELD_ERROR_MESSAGES.required.te).toBe('ఈ వివరం తప్పనిసరి.');
  });
});

describe('formatMessage', () => {
  it('fills a placeholder in every language', () => {
    expect(fieldErrorMessage('too_short', { min: 3 })).toEqual({
      en: 'Please enter at least 3 characters.',
      te: 'కనీసం 3 అక్షరాలు నమోదు చేయండి.',
    });
  });

  it('groups large numbers the Indian way', () => {
    expect(fieldErrorMessage('above_max', { max: 120000 }).en).toBe('Please enter 1,20,000 or less.');
  });

  it('takes a per-language word from a localized parameter', () => {
    const message = fieldErrorMessage('invalid_attachment', { accepted: { en: 'a photo', te: 'ఒక ఫోటో' } });
    expect(message.en).toBe('This file cannot be used. Please attach a photo.');
    expect(message.te).toContain('ఒక ఫోటో');
  });

  it('leaves a placeholder without a parameter visible', () => {
    expect(formatMessage({ en: 'From {date}', te: '{date} నుండి' }).en).toBe('From {date}');
  });

  it('does not read parameters from the object prototype', () => {
    expect(formatMessage({ en: 'x {constructor}', te: 'x {constructor}' }).en).toBe('x {constructor}');
  });
});
