import { describe, expect, it } from 'vitest';
import { ALL_SERVICE_ROWS } from '../conversation/testing/test-catalog';
import { DEPARTMENTS } from '../conversation/testing/departments';
import { ABBREVIATIONS } from './abbreviations';
import { ELLIPSIS, fitDescription, fitText, fitTitle } from './fit-text';
import { textLength } from './limits';

/** The forms a title may be cut from: as written, without asides, abbreviated. */
function candidates(name: string): string[] {
  const clean = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const bare = clean(name.replace(/\s*[([][^()[\]]*[)\]]/gu, ''));
  const short = clean(ABBREVIATIONS.reduce((text, rule) => text.replace(rule.pattern, rule.replacement), bare));
  return [clean(name), bare, short];
}

/** True when `cut` (without its ellipsis) is whole words from the start of `from`, perhaps losing trailing punctuation. */
function isWholeWordPrefix(cut: string, from: string): boolean {
  const words = cut.split(' ');
  const source = from.split(' ');
  return words.every((word, index) => {
    const original = source[index];
    if (original === undefined) return false;
    if (index < words.length - 1) return word === original;
    return original.startsWith(word) && /^[,;:.–—\-/&+([]*$/u.test(original.slice(word.length));
  });
}

describe('fitTitle', () => {
  it('when a name fits, then it is returned as it is', () => {
    expect(fitTitle('Income Certificate')).toBe('Income Certificate');
    expect(fitTitle('ఆదాయ ధ్రువీకరణ పత్రం')).toBe('ఆదాయ ధ్రువీకరణ పత్రం');
  });

  it('when an aside makes it too long, then the aside goes first', () => {
    expect(fitTitle('Revenue Department (CCLA)')).toBe('Revenue Department');
    expect(fitTitle('EWS (Economically Weaker Section) Certificate')).toBe('EWS Certificate');
    expect(fitTitle('ఎఫ్ఎంబీ (క్షేత్ర కొలతల పుస్తకం) నకలు')).toBe('ఎఫ్ఎంబీ నకలు');
  });

  it('when still too long, then known abbreviations are used, in English and in Telugu', () => {
    expect(fitTitle('No Earning Member Certificate')).toBe('No Earning Member Cert.');
    expect(fitTitle('కుటుంబ సభ్యుల ధ్రువీకరణ పత్రం')).toBe('కుటుంబ సభ్యుల ధ్రువపత్రం');
  });

  it('when still too long, then whole words are kept and an ellipsis added, never ending on "and" or a comma', () => {
    expect(fitTitle('Survey, Settlements and Land Records')).toBe('Survey, Settlements…');
    expect(fitTitle('Replacement of damaged service wire')).toBe('Replacement of damaged…');
    expect(fitTitle('సర్వే, సెటిల్మెంట్లు మరియు భూ రికార్డుల శాఖ')).toBe('సర్వే, సెటిల్మెంట్లు…');
    expect(fitTitle('సంపాదించే సభ్యులు లేరని ధ్రువీకరణ పత్రం')).toBe('సంపాదించే సభ్యులు లేరని…');
  });

  it('when not even the first word fits, then there is no title rather than half a word', () => {
    expect(fitTitle('Telecommunicationsinfrastructure permit')).toBeUndefined();
    // One Telugu compound of 30 code units.
    expect(fitTitle('రాష్ట్రప్రభుత్వపౌరసేవలకేంద్రం సేవ')).toBeUndefined();
  });

  it('counts Telugu by UTF-16 code units, as the Cloud API is assumed to', () => {
    // "ధ్రువీకరణ" shows as 5 clusters but is 9 code units.
    expect(textLength('ధ్రువీకరణ')).toBe(9);
    expect(fitText('ధ్రువీకరణ ధ్రువీకరణ', 15)).toBe('ధ్రువీకరణ…');
  });

  it('for every department and service name of the test catalog, in both languages, fits in 24 and cuts only between words', () => {
    const names = [...DEPARTMENTS, ...ALL_SERVICE_ROWS].flatMap((row) => [row.name.en, row.name.te]);
    let cut = 0;
    for (const name of names) {
      const title = fitTitle(name);
      if (title === undefined) throw new Error(`no title for ${name}`);
      expect(textLength(title)).toBeLessThanOrEqual(24);
      if (candidates(name).includes(title)) continue;
      cut += 1;
      expect(title.endsWith(ELLIPSIS)).toBe(true);
      const kept = title.slice(0, -ELLIPSIS.length);
      expect(
        candidates(name).some((candidate) => isWholeWordPrefix(kept, candidate)),
        `${name} → ${title}`,
      ).toBe(true);
    }
    expect(cut).toBeGreaterThan(50);
  });
});

describe('fitDescription', () => {
  it('keeps the full name with its asides when it fits in 72', () => {
    const name = 'Integrated Certificate (Caste/Community, Nativity, Date of Birth)';
    expect(fitDescription(name)).toBe(name);
  });

  it('cuts a longer one between words and never leaves an aside open', () => {
    const name = 'NTR Bharosa pension (Rs 4,000/month; PwD Rs 6,000–15,000) doorstep disbursement on 1st of month';
    const description = fitDescription(name) ?? '';
    expect(textLength(description)).toBeLessThanOrEqual(72);
    expect(description).toBe('NTR Bharosa pension (Rs 4,000/month; PwD Rs 6,000–15,000) doorstep…');
    expect(
      fitDescription(
        'Transfer of ownership (mutation in assessment register for both parties who apply together today)',
      ),
    ).toBe('Transfer of ownership…');
  });
});
