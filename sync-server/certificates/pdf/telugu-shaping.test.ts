import type { Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { certificateFonts } from './certificate-fonts';

/** A shaped run written as `hb-shape --no-clusters` writes it: name[@x,y]+advance, joined by `|`. */
function shaped(font: Font, text: string): string {
  const run = font.layout(text);
  return run.positions
    .map(({ xOffset, yOffset, xAdvance }, index) => {
      const offset = xOffset || yOffset ? `@${xOffset},${yOffset}` : '';
      return `${run.glyphs[index]?.name}${offset}+${xAdvance}`;
    })
    .join('|');
}

// What HarfBuzz 6.0 — the shaper in Chromium, Firefox and Android — makes of each text with
// the same Noto Sans Telugu Regular file (`hb-shape --no-clusters NotoSansTelugu_400Regular.ttf`).
const HARFBUZZ: [string, string][] = [
  ['క్ష', 'kassatelu+522'],
  ['ద్ధ', 'datelu+706|dhasubscripttelu@-89,0+0'],
  ['ర్మ', 'ratelu+556|mapostscripttelu+259'],
  ['ధ్రు', 'dhatelu+706|uvowelsigntelu+346|dharasubscripttelu@-346,0+0'],
  ['ప్ర', 'patelu+711|parasubscripttelu+0'],
  ['స్త్రీ', 'siivoweltelu+702|tarasubscriptligtelu@-1,0+0'],
  ['క్', 'kahalanttelu+522'],
  ['కి', 'kivoweltelu+522'],
  ['కీ', 'kiivoweltelu+522'],
  ['కు', 'katelu+522|uvowelsigntelu+346'],
  ['కూ', 'katelu+522|uuvowelsigntelu+668'],
  ['కె', 'kevoweltelu+522'],
  ['కే', 'keevoweltelu+522'],
  ['కొ', 'kovoweltelu+772'],
  ['కో', 'koovoweltelu+772'],
  ['కౌ', 'kauvoweltelu+782'],
  [
    'ఆంధ్రప్రదేశ్',
    'aatelu+798|anusvaratelu+507|dhatelu+706|dharasubscripttelu+0|patelu+711|parasubscripttelu+0|deevoweltelu+706|shahalanttelu+550',
  ],
  [
    'ప్రభుత్వం',
    'patelu+711|parasubscripttelu+0|bhatelu+750|uvowelsigntelu+346|tatelu+773|vapostscripttelu+436|anusvaratelu+507',
  ],
  ['డిజిటల్‌గా', 'ddivoweltelu+740|jivoweltelu+731|ttatelu+772|lahalanttelu+709|space+0|gaavoweltelu+921'],
];

describe('Telugu shaping with Noto Sans Telugu', () => {
  it.each(HARFBUZZ)('shapes %s exactly as HarfBuzz does', (text, expected) => {
    expect(shaped(certificateFonts().regular, text)).toBe(expected);
  });

  it('lays out a pa with a subscript ra, whose missing mark anchor made fontkit throw', () => {
    expect(() => certificateFonts().bold.layout('ప్రదేశ్')).not.toThrow();
  });

  it('prints Latin letters, Latin digits and the rupee sign from the same fonts', () => {
    for (const font of Object.values(certificateFonts())) {
      for (const character of 'AZaz09₹—·/') expect(font.hasGlyphForCodePoint(character.codePointAt(0) ?? 0)).toBe(true);
    }
  });
});
