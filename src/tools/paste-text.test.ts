import { describe, expect, it } from 'vitest';
import { normalisePaste, unwrapPaste } from './paste-text.ts';

describe('normalisePaste', () => {
  it('undoes forum damage and keeps line ends', () => {
    expect(normalisePaste('\uFEFF\u201Cx\u201D\u00A0=\u2009\u2018y\u2019\u200B\r\n\u2013t\tz')).toBe('"x" = \'y\'\r\n-t    z');
  });
  it('drops the NUL bytes of UTF-16 read as 8-bit text', () => {
    expect(normalisePaste('a\u0000b\u0000')).toBe('ab');
  });
});

describe('unwrapPaste', () => {
  it('removes quote markers at their common depth, and keeps nslookup’s own "> name" lines', () => {
    expect(unwrapPaste('> > Server:  x\n> > > set type=srv\n> >\n> > Name: y')).toBe('Server:  x\n> set type=srv\n\nName: y');
    expect(unwrapPaste('> set type=srv\n> _sip._tls.contoso.com\nServer:  x')).toBe('> set type=srv\n> _sip._tls.contoso.com\nServer:  x');
  });
  it('blanks a mail header block, the "On … wrote:" line and a signature, never SIP headers', () => {
    const mail = 'From: Bob <b@f.com>\nSent: Tuesday\nTo: Alice\nSubject: RE: x\n\nOn Tue, Nov 29, 2011, Alice wrote:\n> Server:  dns01\n\n--\nBob';
    expect(unwrapPaste(mail)).toBe('\n\n\n\n\n\nServer:  dns01\n\n\n');
    expect(unwrapPaste('From: <sip:a@c.com>\nTo: <sip:b@f.com>\nCall-ID: 1')).toBe('From: <sip:a@c.com>\nTo: <sip:b@f.com>\nCall-ID: 1');
  });
  it('joins pieces a console cut at 80 columns, drops trailing spaces and a shared indent', () => {
    const long = `${'x'.repeat(80)}\n${'y'.repeat(10)}`;
    expect(unwrapPaste(long)).toBe(`${'x'.repeat(80)}${'y'.repeat(10)}`);
    expect(unwrapPaste('    a  \n      b\n')).toBe('a\n  b\n');
  });
});
