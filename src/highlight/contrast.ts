/**
 * Colour contrast helpers for build-time highlighting. Like Expressive Code (Starlight's default
 * code blocks), our code blocks raise every token colour to a contrast of 5.5 against the code
 * background, so they pass the same accessibility checks.
 */

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb | undefined {
  const match = /^#?([0-9a-f]{6})(?:[0-9a-f]{2})?$/i.exec(hex.trim());
  if (!match?.[1]) return undefined;
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Moves `foreground` towards white (on dark backgrounds) or black (on light ones) in small steps
 * until it reaches `minRatio` against `background`; colours that already do are left alone.
 */
export function ensureContrast(foreground: string, background: string, minRatio = 5.5): string {
  const fg = parseHex(foreground);
  const bg = parseHex(background);
  if (!fg || !bg) return foreground;
  const target: Rgb = luminance(bg) < 0.5 ? [255, 255, 255] : [0, 0, 0];
  let current = fg;
  for (let step = 0; step <= 20 && contrastRatio(current, bg) < minRatio; step++) {
    const t = step / 20;
    current = [0, 1, 2].map((i) => fg[i]! + (target[i]! - fg[i]!) * t) as Rgb;
  }
  return toHex(current);
}
