import { execFileSync, spawnSync } from 'node:child_process';

/**
 * Poppler's command-line tools, to read a rendered certificate the way a viewer does. Tests
 * that need them skip when they are missing, loudly, and fail in CI, where a skip would hide a
 * broken page.
 */
export const hasPoppler = ['pdftoppm', 'pdftotext'].every(
  (tool) => spawnSync(tool, ['-v'], { stdio: 'ignore' }).error === undefined,
);

if (!hasPoppler) {
  const message =
    'pdftoppm/pdftotext were not found: the tests that read the rendered PDF cannot run. Install them with: apt-get install -y poppler-utils';
  if (process.env.CI) throw new Error(`${message} (CI must not skip them)`);
  console.warn(`\n${'!'.repeat(100)}\n!! SKIPPING RENDERED-PDF TESTS. ${message}\n${'!'.repeat(100)}\n`);
}

/** The text layer of a PDF, in reading order. */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
}

/** A grey-scale image of a PDF's first page: one byte a pixel, 0 black to 255 white. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
  dpi: number;
}

export function pdfPageImage(pdf: Uint8Array, dpi: number): GrayImage {
  const pgm = execFileSync('pdftoppm', ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', '-'], {
    input: pdf,
    maxBuffer: 64 << 20,
  });
  // Binary PGM: "P5", width, height, maximum value, one whitespace byte, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.toString('latin1', 0, 64));
  if (!header) throw new Error('pdftoppm did not write an 8-bit grey PGM');
  return {
    width: Number(header[1]),
    height: Number(header[2]),
    pixels: new Uint8Array(pgm.subarray(header[0].length)),
    dpi,
  };
}

/** The grey value at a point of the page, given in PDF points from its top-left corner. */
export function grayAt(image: GrayImage, xPoints: number, yPoints: number): number {
  const x = Math.floor((xPoints * image.dpi) / 72);
  const y = Math.floor((yPoints * image.dpi) / 72);
  const value = image.pixels[y * image.width + x];
  if (value === undefined) throw new RangeError(`(${xPoints}, ${yPoints}) is off the page`);
  return value;
}
