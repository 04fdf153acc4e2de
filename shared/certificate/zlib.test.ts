import { describe, expect, it } from 'vitest';
import { zlibCompress, zlibInflateCapped } from './zlib';

const sample = new TextEncoder().encode('Seva certificate '.repeat(200));

describe('capped zlib inflate', () => {
  it('when a zlib stream is inflated under the cap, then the bytes come back exactly', () => {
    const compressed = zlibCompress(sample);
    expect(compressed[0]).toBe(0x78); // a zlib header, not raw deflate
    expect(zlibInflateCapped(compressed, sample.length)).toEqual({ ok: true, bytes: sample });
  });

  it('when the output would pass the cap by one byte, then it stops with inflate_limit', () => {
    expect(zlibInflateCapped(zlibCompress(sample), sample.length - 1)).toEqual({ ok: false, reason: 'inflate_limit' });
  });

  it('when 32 MiB of zeros arrive as a 32 KiB bomb, then it gives inflate_limit', () => {
    const bomb = zlibCompress(new Uint8Array(32 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(zlibInflateCapped(bomb, 64 * 1024)).toEqual({ ok: false, reason: 'inflate_limit' });
  });

  it('when the stream is truncated, corrupt or empty, then it gives inflate_failed', () => {
    const compressed = zlibCompress(sample);
    const corrupt = compressed.slice();
    corrupt[compressed.length >> 1] = (compressed[compressed.length >> 1] ?? 0) ^ 0xff;
    const wrongChecksum = compressed.slice();
    wrongChecksum[compressed.length - 2] = (compressed[compressed.length - 2] ?? 0) ^ 0x01;
    for (const bad of [compressed.subarray(0, compressed.length - 5), corrupt, wrongChecksum, new Uint8Array(0)]) {
      expect(zlibInflateCapped(bad, 1 << 20)).toEqual({ ok: false, reason: 'inflate_failed' });
    }
  });
});
