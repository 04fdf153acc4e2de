import { describe, expect, it } from 'vitest';
import { A4, MARGIN, QR_QUIET_ZONE_MODULES, qrPlacement } from './page-geometry';

const MM = 72 / 25.4;
/** Modules per side of QR versions 1 to 15, the certificate format's range. */
const SIZES = Array.from({ length: 15 }, (_, index) => 21 + 4 * index);

describe('qrPlacement', () => {
  it.each(SIZES)('draws a %i-module symbol about 45 mm across, never with modules under 0.6 mm', (size) => {
    const { moduleSize } = qrPlacement(size);
    expect(moduleSize).toBeGreaterThanOrEqual(0.6 * MM - 1e-9);
    expect(size * moduleSize).toBeGreaterThanOrEqual(45 * MM - 1e-9);
    expect(size * moduleSize).toBeLessThan(47 * MM);
  });

  it.each(SIZES)('keeps a four-module quiet zone round a %i-module symbol, inside the margins', (size) => {
    const { x, y, moduleSize, box } = qrPlacement(size);
    expect(x - box.x).toBeCloseTo(QR_QUIET_ZONE_MODULES * moduleSize);
    expect(y - box.y).toBeCloseTo(QR_QUIET_ZONE_MODULES * moduleSize);
    expect(box.side).toBeCloseTo((size + 2 * QR_QUIET_ZONE_MODULES) * moduleSize);
    expect(box.x + box.side).toBeCloseTo(A4.width - MARGIN);
    expect(box.y + box.side).toBeLessThan(A4.height - MARGIN);
  });
});
