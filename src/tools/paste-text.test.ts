import { describe, expect, it } from 'vitest';
import { normalisePaste } from './paste-text.ts';

describe('normalisePaste', () => {
  it('undoes forum damage and keeps line ends', () => {
    expect(normalisePaste('\uFEFF\u201Cx\u201D\u00A0=\u2009\u2018y\u2019\u200B\r\n\u2013t\tz')).toBe('"x" = \'y\'\r\n-t    z');
  });
  it('drops the NUL bytes of UTF-16 read as 8-bit text', () => {
    expect(normalisePaste('a\u0000b\u0000')).toBe('ab');
  });
});
