import { describe, expect, it } from 'vitest';
import { decodeText, sniffEncoding } from './decode.ts';

describe('sniffEncoding', () => {
  it('reads byte-order marks and BOM-less UTF-16', () => {
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toBe('utf-16le');
    expect(sniffEncoding(new Uint8Array([0xfe, 0xff, 0, 0x41]))).toBe('utf-16be');
    expect(sniffEncoding(Buffer.from('SIP/2.0 504 Server time-out', 'utf16le'))).toBe('utf-16le');
    expect(sniffEncoding(Buffer.from('SIP/2.0 504 Server time-out'))).toBe('utf-8');
  });
  it('does not take binary junk with scattered zeros for UTF-16', () => {
    expect(sniffEncoding(new Uint8Array([0, 0, 1, 2, 0, 3, 4, 0, 5, 6, 0, 0, 7, 8, 9, 0]))).toBe('utf-8');
  });
});

describe('decodeText', () => {
  it('decodes UTF-16LE with its BOM, and UTF-8 with replacement characters for junk', () => {
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name : x', 'utf16le')]))).toBe('Name : x');
    expect(decodeText(new Uint8Array([0x41, 0xff, 0x42]))).toBe('A\ufffdB');
  });
});
