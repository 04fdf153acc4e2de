import type { QrMatrix } from '../../../shared/certificate';

/** A dark rectangle of a QR symbol, in modules, from the symbol's top-left corner. */
export interface QrRectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The dark modules of `matrix` as rectangles: each horizontal run of dark modules in a row is
 * one rectangle, and a run repeated at the same columns in the rows below grows downwards
 * instead of starting another. A version 15 symbol's 3,000 or so dark modules make about 1,300
 * rectangles, which keeps the page's drawing small and quick to write and to rasterise.
 */
export function qrRectangles(matrix: QrMatrix): QrRectangle[] {
  const rectangles: QrRectangle[] = [];
  // The rectangles still growing downwards, by the column where their run starts.
  let above: (QrRectangle | undefined)[] = [];
  for (let row = 0; row < matrix.size; row++) {
    const here: (QrRectangle | undefined)[] = [];
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.isDark(row, col)) col++;
      const width = col - start;
      let rectangle = above[start];
      if (rectangle?.width === width) {
        rectangle.height++;
      } else {
        rectangle = { x: start, y: row, width, height: 1 };
        rectangles.push(rectangle);
      }
      here[start] = rectangle;
    }
    above = here;
  }
  return rectangles;
}
