import { describe, expect, it } from 'vitest';
import { certificateQrMatrix, type QrMatrix } from '../../../shared/certificate';
import { qrRectangles, type QrRectangle } from './qr-rectangles';

/** Paints the rectangles onto a grid, counting how often each module is painted (row by row). */
function paint(size: number, rectangles: QrRectangle[]): Uint8Array {
  const grid = new Uint8Array(size * size);
  for (const { x, y, width, height } of rectangles) {
    for (let row = y; row < y + height; row++) {
      for (let col = x; col < x + width; col++) grid[row * size + col] = (grid[row * size + col] ?? 0) + 1;
    }
  }
  return grid;
}

function matrixOf(rows: string[]): QrMatrix {
  return { version: 0, size: rows.length, isDark: (row, col) => rows[row]?.[col] === '#' };
}

// QR texts of the length of a short and of a long certificate, and one in between.
const [SHORT, MIDDLE, LONG] = [
  'SV1:ABC',
  `SV1:${'6BFOXN*TS0BI$ZD-PH'.repeat(10)}`,
  `SV1:${'NCFOXN%TS3DH3ZSUZK+.V0ETD%65NL'.repeat(13)}`,
] as const;

describe('qrRectangles', () => {
  it.each([SHORT, MIDDLE, LONG])('paints exactly the dark modules of a real QR symbol, each once (%#)', (text) => {
    const matrix = certificateQrMatrix(text);
    const grid = paint(matrix.size, qrRectangles(matrix));
    const expected = new Uint8Array(matrix.size * matrix.size);
    for (let row = 0; row < matrix.size; row++) {
      for (let col = 0; col < matrix.size; col++) expected[row * matrix.size + col] = matrix.isDark(row, col) ? 1 : 0;
    }
    expect(grid).toEqual(expected);
  });

  it('merges each row into maximal runs: no two rectangles touch side by side', () => {
    const matrix = certificateQrMatrix(LONG);
    for (const { x, y, width, height } of qrRectangles(matrix)) {
      for (let row = y; row < y + height; row++) {
        expect(matrix.isDark(row, x - 1)).toBe(false);
        expect(matrix.isDark(row, x + width)).toBe(false);
      }
    }
  });

  it('grows a run repeated in the rows below into one taller rectangle', () => {
    // A finder pattern: a 7×7 ring round a 3×3 square is five rectangles, not seventeen runs.
    const rectangles = qrRectangles(
      matrixOf(['#######', '#.....#', '#.###.#', '#.###.#', '#.###.#', '#.....#', '#######']),
    );
    expect(rectangles).toContainEqual({ x: 2, y: 2, width: 3, height: 3 });
    expect(rectangles).toContainEqual({ x: 0, y: 1, width: 1, height: 5 });
    expect(rectangles).toHaveLength(5);
  });

  it('draws a large symbol with far fewer rectangles than dark modules', () => {
    const matrix = certificateQrMatrix(LONG);
    let dark = 0;
    for (let row = 0; row < matrix.size; row++)
      for (let col = 0; col < matrix.size; col++) dark += +matrix.isDark(row, col);
    expect(qrRectangles(matrix).length).toBeLessThan(dark / 2);
  });

  it('draws nothing for an empty matrix and one rectangle for a full one', () => {
    expect(qrRectangles(matrixOf(['...', '...', '...']))).toEqual([]);
    expect(qrRectangles(matrixOf(['###', '###', '###']))).toEqual([{ x: 0, y: 0, width: 3, height: 3 }]);
  });
});
