import type { Font, GlyphRun } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { rememberLayouts } from './remember-layouts';

/** A font whose shaping counts its calls: one glyph a character, advancing 500 each. */
function countingFont(): Font & { shapings: string[] } {
  const shapings: string[] = [];
  return {
    shapings,
    postscriptName: 'Counting',
    unitsPerEm: 1000,
    hasGlyphForCodePoint: () => true,
    layout(text: string): GlyphRun {
      shapings.push(text);
      const glyphs = [...text].map((character, id) => ({
        id,
        name: character,
        codePoints: [character.codePointAt(0) ?? 0],
      }));
      const positions = glyphs.map(() => ({ xAdvance: 500, yAdvance: 0, xOffset: 0, yOffset: 0 }));
      return { glyphs, positions, advanceWidth: 500 * glyphs.length };
    },
  };
}

describe('rememberLayouts', () => {
  it('shapes a word once and answers from memory after that', () => {
    const font = countingFont();
    rememberLayouts(font, 10);
    const first = font.layout('పేరు');
    const again = font.layout('పేరు');
    expect(font.shapings).toEqual(['పేరు']);
    expect(again.glyphs).toEqual(first.glyphs);
    expect(again.advanceWidth).toBe(first.advanceWidth);
  });

  it('hands each caller positions of its own, so scaling them in place cannot change the next answer', () => {
    const font = countingFont();
    rememberLayouts(font, 10);
    const first = font.layout('Name');
    for (const position of first.positions) (position as { xAdvance: number }).xAdvance *= 2;
    expect(first.advanceWidth).toBe(4000);
    expect(font.layout('Name').positions.map((position) => position.xAdvance)).toEqual([500, 500, 500, 500]);
    expect(font.layout('Name').advanceWidth).toBe(2000);
  });

  it('forgets the oldest word beyond its capacity', () => {
    const font = countingFont();
    rememberLayouts(font, 2);
    for (const word of ['a', 'b', 'a', 'c', 'b', 'a']) font.layout(word);
    expect(font.shapings).toEqual(['a', 'b', 'c', 'a']);
  });

  it('shapes afresh when asked for particular OpenType features', () => {
    const font = countingFont();
    rememberLayouts(font, 10);
    font.layout('fi', ['liga']);
    font.layout('fi', ['liga']);
    expect(font.shapings).toEqual(['fi', 'fi']);
  });
});
