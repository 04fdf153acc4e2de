import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrSegments, qrY4m } from './helpers/kiosk-qr-media';

const TEXT = 'SV1:6BFOXN*TS0BI$ZDFRH';
const FRAME_HEADER = 'FRAME\n';

function frames(file: Buffer, width: number, height: number): Buffer[] {
  const headerEnd = file.indexOf(0x0a) + 1;
  const frameBytes = FRAME_HEADER.length + width * height * 1.5;
  const count = (file.length - headerEnd) / frameBytes;
  expect(Number.isInteger(count)).toBe(true);
  return Array.from({ length: count }, (_, i) =>
    file.subarray(headerEnd + i * frameBytes, headerEnd + (i + 1) * frameBytes),
  );
}

/** The module size and top-left corner of the symbol drawn in a frame's luma plane. */
function symbolIn(frame: Buffer, width: number, height: number, size: number) {
  const luma = frame.subarray(FRAME_HEADER.length, FRAME_HEADER.length + width * height);
  const dark = [...luma.keys()].filter((i) => luma[i] === 0);
  const xs = dark.map((i) => i % width);
  const ys = dark.map((i) => Math.floor(i / width));
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { luma, left, top, modulePx: (Math.max(...xs) - left + 1) / size };
}

describe('Y4M of a QR code for the fake camera', () => {
  it('when written, then it is a 4:2:0 Y4M whose every frame is whole and starts with FRAME', () => {
    const file = qrY4m(TEXT, { width: 320, height: 240 });
    expect(file.subarray(0, file.indexOf(0x0a)).toString('ascii')).toBe('YUV4MPEG2 W320 H240 F10:1 Ip A1:1 C420jpeg');
    const all = frames(file, 320, 240);
    expect(all.length).toBeGreaterThan(1);
    for (const frame of all) expect(frame.subarray(0, 6).toString('ascii')).toBe(FRAME_HEADER);
  });

  it('when written, then each frame draws exactly the QR modules, black on white, at sizes down to 3 pixels and every quarter turn', () => {
    const [width, height] = [640, 480];
    const { modules } = create(qrSegments(TEXT), { errorCorrectionLevel: 'Q' });
    const last = modules.size - 1;
    const turned = [
      (r: number, c: number) => modules.get(r, c),
      (r: number, c: number) => modules.get(last - c, r),
      (r: number, c: number) => modules.get(last - r, last - c),
      (r: number, c: number) => modules.get(c, last - r),
    ];
    const sizes = new Set<number>();
    const turns = new Set<number>();
    for (const frame of frames(qrY4m(TEXT, { width, height }), width, height)) {
      const { luma, left, top, modulePx } = symbolIn(frame, width, height, modules.size);
      sizes.add(modulePx);
      const drawn = (row: number, col: number) =>
        luma[
          (top + row * modulePx + Math.floor(modulePx / 2)) * width + left + col * modulePx + Math.floor(modulePx / 2)
        ];
      const turn = turned.findIndex((dark) => {
        for (let row = 0; row < modules.size; row++) {
          for (let col = 0; col < modules.size; col++) if (drawn(row, col) !== (dark(row, col) ? 0 : 255)) return false;
        }
        return true;
      });
      expect(turn).toBeGreaterThanOrEqual(0);
      turns.add(turn);
      // The quiet zone stays inside the frame.
      expect(left).toBeGreaterThanOrEqual(QUIET_ZONE * modulePx);
      expect(top).toBeGreaterThanOrEqual(QUIET_ZONE * modulePx);
    }
    expect([...sizes].sort()).toEqual([3, 4, 5, 6, 7, 8]);
    expect([...turns].sort()).toEqual([0, 1, 2, 3]);
  });

  it('when the symbol cannot fit the frame, then it refuses rather than crop it', () => {
    expect(() => qrY4m('A'.repeat(1500), { width: 64, height: 64 })).toThrow(RangeError);
  });
});
