import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url, MAX_PARAM_LENGTH } from './base64url.ts';

describe('encodeBase64Url', () => {
  it('uses the URL-safe alphabet without padding', () => {
    expect(encodeBase64Url('??>')).toBe('Pz8-');
    expect(encodeBase64Url('a')).toBe('YQ');
  });
});

describe('decodeBase64Url', () => {
  it('round-trips any text, internationalised included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
      expect(decodeBase64Url(encodeBase64Url(text))).toEqual({ ok: true, text });
    }), { numRuns: 2000 });
  });
  it('keeps a leading byte-order mark, so every text round-trips', () => {
    expect(decodeBase64Url('77u_')).toEqual({ ok: true, text: '\uFEFF' });
  });
  it('accepts standard base64 characters and padding', () => {
    expect(decodeBase64Url('Pz8+')).toEqual({ ok: true, text: '??>' });
    expect(decodeBase64Url('YQ==')).toEqual({ ok: true, text: 'a' });
  });
  it.each([
    ['an empty parameter', '', 'is empty'],
    ['a stray character', 'abc$', 'characters'],
    ['a truncated parameter', 'abcde', 'cut short'],
    ['bytes that are not UTF-8', '_w', 'UTF-8'],
    ['an oversized parameter', 'a'.repeat(MAX_PARAM_LENGTH + 1), 'more than a scenario'],
  ])('rejects %s', (_label, param, fragment) => {
    const result = decodeBase64Url(param);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(fragment);
  });
  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(fc.string(), (param) => {
      expect(() => decodeBase64Url(param)).not.toThrow();
    }), { numRuns: 5000 });
  });
});
