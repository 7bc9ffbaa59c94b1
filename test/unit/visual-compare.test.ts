/**
 * The visual suite's comparison (test/visual/compare.ts): what it lets through and what it catches,
 * on images drawn here, so the tolerance is held to account without a browser.
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { comparePng, compactPng, MAX_DIFF_PIXELS } from '../visual/compare.ts';

/** A page-like image: white, with grey "text" bars and a 1 px rule under a header. */
function page(width: number, height: number, draw?: (set: (x: number, y: number, rgb: [number, number, number]) => void) => void): Buffer {
  const png = new PNG({ width, height });
  const set = (x: number, y: number, [r, g, b]: [number, number, number]) => {
    const i = (y * width + x) * 4;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = 255;
  };
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) set(x, y, [255, 255, 255]);
  for (let x = 0; x < width; x++) set(x, 40, [200, 200, 200]);
  for (let line = 60; line < height - 10; line += 16) for (let y = line; y < line + 8; y++) for (let x = 16; x < width - 40; x++) set(x, y, [40, 40, 40]);
  draw?.(set);
  return PNG.sync.write(png);
}

describe('comparing screenshots', () => {
  it('finds an unchanged page the same', () => {
    expect(comparePng(page(375, 300), page(375, 300))).toEqual({ same: true, diffPixels: 0 });
  });

  it('catches a rule one pixel wider, across a 375 px screenshot', () => {
    const wider = page(375, 300, (set) => {
      for (let x = 0; x < 375; x++) set(x, 41, [200, 200, 200]);
    });
    const result = comparePng(page(375, 300), wider);
    expect(result.same).toBe(false);
    expect(result.diffPixels).toBeGreaterThan(MAX_DIFF_PIXELS);
    if (!result.same) expect(result.diff, 'a diff image to look at').toBeInstanceOf(Buffer);
  });

  it('catches a change of colour too small to see at a glance, over a whole line of text', () => {
    const tinted = page(375, 300, (set) => {
      for (let x = 16; x < 335; x++) for (let y = 60; y < 68; y++) set(x, y, [40, 40, 140]);
    });
    expect(comparePng(page(375, 300), tinted).same).toBe(false);
  });

  it('lets through a few stray pixels, as antialiasing leaves', () => {
    const noisy = page(375, 300, (set) => {
      for (let i = 0; i < MAX_DIFF_PIXELS; i++) set(200 + i, 150, [0, 0, 0]);
    });
    expect(comparePng(page(375, 300), noisy).same).toBe(true);
  });

  it('says when the size changed instead of comparing pixels', () => {
    const result = comparePng(page(375, 300), page(375, 301));
    expect(result).toMatchObject({ same: false, reason: 'size changed from 375×300 to 375×301 px' });
  });

  it('stores a screenshot smaller, as RGB without alpha, with the same pixels', () => {
    const shot = page(375, 300, (set) => {
      for (let x = 100; x < 140; x++) for (let y = 100; y < 120; y++) set(x, y, [30, 90, 200]);
    });
    const stored = compactPng(shot);
    expect(stored.length).toBeLessThan(shot.length);
    expect(PNG.sync.read(stored).data).toEqual(PNG.sync.read(shot).data);
    expect(stored.readUInt8(25), 'PNG colour type 2: RGB').toBe(2);
    expect(comparePng(shot, stored)).toEqual({ same: true, diffPixels: 0 });
    // A hue change at the same brightness still counts: the stored image keeps colour, not just grey.
    const hue = page(375, 300, (set) => {
      for (let x = 100; x < 140; x++) for (let y = 100; y < 120; y++) set(x, y, [200, 90, 30]);
    });
    expect(comparePng(stored, compactPng(hue)).same).toBe(false);
  });
});
