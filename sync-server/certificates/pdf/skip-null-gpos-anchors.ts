import type { Font } from 'fontkit';

/**
 * OpenType lets a mark-attachment subtable leave an anchor NULL, meaning "this base has no
 * anchor for that mark class": HarfBuzz then leaves the mark where it is. fontkit 2.0.4
 * dereferences the NULL and throws (foliojs/fontkit#367, fix pending in #374), and Noto Sans
 * Telugu has such anchors — `ప్ర` (pa with a subscript ra) cannot be laid out at all.
 *
 * This wraps fontkit's GPOS `applyAnchor` to skip NULL anchors, as the upstream fix does. The
 * processor class is internal, so it is reached through a font's layout engine; once per
 * process, since all fonts share the class. Remove when a fontkit release carries the fix.
 */
export function skipNullGposAnchors(font: Font): void {
  const processor = (font as unknown as FontkitInternals)._layoutEngine?.engine?.GPOSProcessor;
  if (!processor) return; // a font without GPOS never attaches marks
  const prototype = Object.getPrototypeOf(processor) as AnchorApplier;
  if (prototype[PATCHED]) return;
  const applyAnchor = prototype.applyAnchor;
  if (typeof applyAnchor !== 'function') {
    throw new Error('fontkit changed: GPOSProcessor.applyAnchor is gone; check whether fontkit#367 is fixed');
  }
  prototype.applyAnchor = function (this: unknown, markRecord, baseAnchor, baseGlyphIndex) {
    if (baseAnchor === null || baseAnchor === undefined || !markRecord.markAnchor) return;
    applyAnchor.call(this, markRecord, baseAnchor, baseGlyphIndex);
  };
  prototype[PATCHED] = true;
}

const PATCHED = Symbol('seva.skipNullGposAnchors');

interface FontkitInternals {
  _layoutEngine?: { engine?: { GPOSProcessor?: object | null } };
}

interface AnchorApplier {
  applyAnchor(markRecord: { markAnchor: unknown }, baseAnchor: unknown, baseGlyphIndex: number): void;
  [PATCHED]?: true;
}
