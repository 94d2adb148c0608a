// The kiosk's QR codes: every address of the content encodes to a well-formed symbol (its size a
// QR version's, the three finder patterns in place, quiet zone left light).
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../src/content/targets';
import { qrPath } from '../../src/kiosk/QrCode';

/** The dark modules of a path made of `M{x} {y}h1v1h-1z` squares. */
function darkModules(path: string): Set<string> {
  return new Set([...path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => `${m[1]},${m[2]}`));
}

describe.each(Object.entries(TARGETS))('%s', (_id, address) => {
  const { size, path } = qrPath(address);
  const dark = darkModules(path);
  const at = (x: number, y: number) => dark.has(`${x + 4},${y + 4}`);

  it('has the size of a QR version (4 × version + 17 modules)', () => {
    expect((size - 17) % 4).toBe(0);
    expect(size).toBeLessThanOrEqual(4 * 10 + 17);
  });

  it('has the three finder patterns, and nothing in the quiet zone', () => {
    for (const [x0, y0] of [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        expect(at(x0 + i, y0) && at(x0 + i, y0 + 6) && at(x0, y0 + i) && at(x0 + 6, y0 + i)).toBe(true);
      }
      expect(at(x0 + 1, y0 + 1) || at(x0 + 5, y0 + 5)).toBe(false);
      expect(at(x0 + 3, y0 + 3)).toBe(true);
    }
    for (const key of dark) {
      const [x, y] = key.split(',').map(Number) as [number, number];
      expect(x >= 4 && y >= 4 && x < size + 4 && y < size + 4).toBe(true);
    }
  });
});
