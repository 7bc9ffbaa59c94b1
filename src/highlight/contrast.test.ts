import { describe, expect, it } from 'vitest';
import { contrastRatio, ensureContrast, parseHex, toHex } from './contrast.ts';

describe('parseHex', () => {
  it('reads six-digit colours and ignores an alpha pair', () => {
    expect(parseHex('#ff8000')).toEqual([255, 128, 0]);
    expect(parseHex('#ff800080')).toEqual([255, 128, 0]);
  });
  it('rejects anything else', () => {
    expect(parseHex('red')).toBeUndefined();
  });
});

describe('toHex', () => {
  it('writes lower-case six-digit colours, clamping channels', () => {
    expect(toHex([255, 300, -4])).toBe('#ffff00');
  });
});

describe('contrastRatio', () => {
  it('is 21 between black and white', () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
  });
});

describe('ensureContrast', () => {
  it('leaves a colour that already contrasts enough', () => {
    expect(ensureContrast('#d6deeb', '#23262f')).toBe('#d6deeb');
  });
  it('lightens a dim colour on the dark code background until it reaches 5.5', () => {
    const adjusted = ensureContrast('#637777', '#23262f');
    expect(contrastRatio(parseHex(adjusted)!, parseHex('#23262f')!)).toBeGreaterThanOrEqual(5.5);
  });
  it('darkens a pale colour on the light code background', () => {
    const adjusted = ensureContrast('#aa9900', '#f6f7f9');
    expect(contrastRatio(parseHex(adjusted)!, parseHex('#f6f7f9')!)).toBeGreaterThanOrEqual(5.5);
  });
});
