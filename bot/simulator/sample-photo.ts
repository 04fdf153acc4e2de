import { crc32, deflateSync } from 'node:zlib';

/**
 * A small PNG (a sky, a field and a street-light pole) for "send photo" when no file is at hand:
 * a citizen reporting a broken street light, say. Built once, in code, so no binary is kept.
 */
export function samplePhoto(): Uint8Array {
  cached ??= drawSamplePhoto();
  return cached;
}

let cached: Uint8Array | undefined;

function drawSamplePhoto(): Uint8Array {
  const width = 160;
  const height = 120;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then RGB
    for (let x = 0; x < width; x += 1) {
      const pole = x >= 100 && x < 106 && y > 25;
      const lamp = x >= 92 && x < 114 && y >= 20 && y < 27;
      const sky = y < 80;
      const [r, g, b] = pole || lamp ? [70, 70, 80] : sky ? [120 + y, 170 + y / 2, 230] : [70, 140 - (y - 80), 60];
      row.writeUInt8(Math.round(r), 1 + x * 3);
      row.writeUInt8(Math.round(g), 2 + x * 3);
      row.writeUInt8(Math.round(b), 3 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}
