import { describe, expect, it } from 'vitest';
import { packText, unpackText } from './packed-text';

describe('packed text', () => {
  it.each([
    ['Telugu with spaces', 'వెంకట సత్య నాగ లక్ష్మీ నరసింహ మూర్తి', 24],
    ['Telugu with ASCII initials', 'K. రామకృష్ణ', 24],
    ['Devanagari', 'राम प्रसाद', 18],
    ['Tamil', 'முருகன்', 23],
  ])(
    'when %s is packed, then it takes one byte a character after the window byte and unpacks exactly',
    (_, text, window) => {
      const packed = packText(text) ?? new Uint8Array(0);
      expect(packed[0]).toBe(window);
      expect(packed).toHaveLength([...text].length + 1);
      expect(unpackText(packed)).toBe(text);
    },
  );

  it('when the text is plain ASCII or mixes two scripts, then it is not packed', () => {
    expect(packText('Lakshmi Devi')).toBeUndefined();
    expect(packText('')).toBeUndefined();
    expect(packText('రామ राम')).toBeUndefined();
    expect(packText('రామ\u200c')).toBeUndefined(); // a zero-width non-joiner lives in another block
    expect(packText('😀')).toBeUndefined();
  });

  it('when bytes have no window, then they are not packed text', () => {
    expect(unpackText(new Uint8Array(0))).toBeUndefined();
    expect(unpackText(Uint8Array.from([0, 0x15]))).toBeUndefined();
  });
});
