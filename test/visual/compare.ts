/**
 * Compares two screenshots (PNG) with pixelmatch and says how they differ. The tolerance is small
 * on purpose: the visual suite always drives the same pinned Chromium with the same fonts, so two
 * runs of an unchanged page give the same pixels; what is left is antialiasing at glyph and curve
 * edges, which pixelmatch's own detection ignores (`includeAA: false`). A one-pixel-wide line
 * across even the narrow 375 px screenshot changes 375 pixels, far above MAX_DIFF_PIXELS.
 */
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Per-pixel colour distance (0–1) under which two pixels count as the same. */
export const THRESHOLD = 0.1;
/** Pixels allowed to differ (beyond antialiasing) before a screenshot counts as changed. */
export const MAX_DIFF_PIXELS = 20;

export type Comparison =
  | { same: true; diffPixels: number }
  | { same: false; diffPixels: number; reason: string; diff?: Buffer };

export function comparePng(expected: Buffer, actual: Buffer): Comparison {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  if (a.width !== b.width || a.height !== b.height) {
    return { same: false, diffPixels: Math.max(a.width * a.height, b.width * b.height), reason: `size changed from ${a.width}×${a.height} to ${b.width}×${b.height} px` };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const diffPixels = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: THRESHOLD, includeAA: false });
  if (diffPixels <= MAX_DIFF_PIXELS) return { same: true, diffPixels };
  return { same: false, diffPixels, reason: `${diffPixels} pixels differ (at most ${MAX_DIFF_PIXELS} allowed)`, diff: PNG.sync.write(diff) };
}

/**
 * A screenshot as it is stored: 8-bit RGB without the alpha channel (a page is opaque), compressed
 * as hard as zlib goes. The same pixels as the browser's PNG, in about a third of the bytes once
 * the page is redacted (redact.ts): long runs of one colour.
 */
export function compactPng(png: Buffer): Buffer {
  const image = PNG.sync.read(png);
  return PNG.sync.write(image, { colorType: 2, inputColorType: 6, inputHasAlpha: true, deflateLevel: 9, deflateStrategy: 1 });
}
