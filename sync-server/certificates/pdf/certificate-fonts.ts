import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import { rememberGlyphOutlines } from './remember-glyph-outlines';
import { rememberLayouts } from './remember-layouts';
import { skipNullGposAnchors } from './skip-null-gpos-anchors';

/**
 * Noto Sans Telugu (SIL Open Font License 1.1) carries Telugu, Latin, Latin digits and ₹, so one
 * family prints every line of a bilingual certificate in one consistent design.
 */
export interface CertificateFonts {
  regular: Font;
  bold: Font;
}

let loaded: CertificateFonts | undefined;

/**
 * The fonts, read and parsed once per process: parsing the tables and warming fontkit's glyph
 * and layout caches costs far more than a certificate page, so documents share these objects
 * and pdfkit embeds only the glyphs each document uses.
 */
export function certificateFonts(): CertificateFonts {
  loaded ??= { regular: loadNotoSansTelugu('400Regular'), bold: loadNotoSansTelugu('700Bold') };
  return loaded;
}

const require = createRequire(import.meta.url);

/** Every fixed word of the page many times over, plus the names and values of recent certificates. */
const REMEMBERED_WORDS = 20_000;

function loadNotoSansTelugu(weight: '400Regular' | '700Bold'): Font {
  const file = require.resolve(`@expo-google-fonts/noto-sans-telugu/${weight}/NotoSansTelugu_${weight}.ttf`);
  const font = create(readFileSync(file));
  skipNullGposAnchors(font);
  rememberLayouts(font, REMEMBERED_WORDS);
  rememberGlyphOutlines(font);
  return font;
}
