/**
 * The few parts of fontkit 2 that certificate rendering touches. fontkit ships no types; pdfkit
 * depends on it and accepts its Font objects wherever it accepts a font file.
 */
declare module 'fontkit' {
  export interface Glyph {
    readonly id: number;
    readonly name: string;
    readonly codePoints: readonly number[];
  }

  export interface GlyphPosition {
    readonly xAdvance: number;
    readonly yAdvance: number;
    readonly xOffset: number;
    readonly yOffset: number;
  }

  export interface GlyphRun {
    readonly glyphs: readonly Glyph[];
    readonly positions: readonly GlyphPosition[];
    readonly advanceWidth: number;
  }

  export interface Font {
    readonly postscriptName: string | null;
    readonly unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string, features?: unknown): GlyphRun;
  }

  export function create(data: Uint8Array, postscriptName?: string): Font;
}
