import type { Font } from 'fontkit';

/**
 * Makes `font` decode each glyph's outline once per process. fontkit's subsetter decodes the
 * outline of every glyph a document uses (only to learn whether it is a composite), and with the
 * shared Font that repeated the same work for every certificate: a sixth of a page's time.
 *
 * fontkit keeps one Glyph object per glyph id in a font, created on first use with the code
 * points it was shaped from (which pdfkit maps back to text, so they must not be created early).
 * Each is given its memory as `getGlyph` hands it out, leaving other fonts alone. Only for fonts
 * without variations, whose outlines never change. `_decode` is internal to fontkit; a glyph
 * without it is left as it is.
 */
export function rememberGlyphOutlines(font: Font): void {
  const internals = font as unknown as FontInternals;
  if (internals._variationProcessor) return;
  const getGlyph = internals.getGlyph.bind(font);
  const remembering = new WeakSet<object>();
  internals.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (!remembering.has(glyph)) {
      remembering.add(glyph);
      rememberOutline(glyph);
    }
    return glyph;
  };
}

function rememberOutline(glyph: GlyphInternals): void {
  const decode = glyph._decode;
  if (typeof decode !== 'function') return;
  let decoded = false;
  let outline: unknown;
  glyph._decode = () => {
    if (!decoded) {
      outline = decode.call(glyph);
      decoded = true;
    }
    return outline;
  };
}

interface GlyphInternals {
  _decode?: () => unknown;
}

interface FontInternals {
  _variationProcessor?: unknown;
  getGlyph(id: number, codePoints?: number[]): GlyphInternals;
}
