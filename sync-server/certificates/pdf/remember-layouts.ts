import type { Font, GlyphPosition, GlyphRun } from 'fontkit';

/**
 * Makes `font` remember the runs it has shaped, across documents. Shaping Telugu is the
 * dearest step of a certificate page, and pdfkit remembers runs only per document, while every
 * certificate repeats the same headings, labels and most values. pdfkit shapes word by word, so
 * the keys are words. Beyond `capacity` the oldest word is forgotten, so holders' names do not
 * grow the memory without bound; a fixed word forgotten that way is simply shaped once more.
 */
export function rememberLayouts(font: Font, capacity: number): void {
  const shape = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features) => {
    if (features !== undefined) return shape(text, features);
    let run = runs.get(text);
    if (!run) {
      run = shape(text);
      if (runs.size >= capacity) runs.delete(runs.keys().next().value as string);
      runs.set(text, run);
    }
    return copyOf(run);
  };
}

/** pdfkit scales a run's positions in place, so each caller gets positions of its own. */
function copyOf(run: GlyphRun): GlyphRun {
  const positions: GlyphPosition[] = run.positions.map((position) => ({ ...position }));
  return {
    glyphs: run.glyphs,
    positions,
    get advanceWidth() {
      return positions.reduce((sum, position) => sum + position.xAdvance, 0);
    },
  };
}
