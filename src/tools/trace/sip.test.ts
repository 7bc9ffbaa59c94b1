import { describe, expect, it } from 'vitest';
import { addressOf, canonicalHeaderName, domainOf, readHeaderLine, readStartLine } from './sip.ts';

describe('readStartLine', () => {
  it('reads status and request lines', () => {
    expect(readStartLine('SIP/2.0 504 Server time-out')).toEqual({ kind: 'response', status: 504, reason: 'Server time-out' });
    expect(readStartLine('SIP/2.0 200')).toEqual({ kind: 'response', status: 200, reason: '' });
    expect(readStartLine('INVITE sip:bob@fabrikam.com SIP/2.0')).toEqual({ kind: 'request', method: 'INVITE', uri: 'sip:bob@fabrikam.com' });
  });
  it.each([['Via: SIP/2.0/TLS 10.0.0.1'], ['SIP/2.0/TLS 1.2.3.4'], ['invite sip:a SIP/2.0'], ['hello']])('rejects %j', (line) => {
    expect(readStartLine(line)).toBeNull();
  });
});

describe('readHeaderLine', () => {
  it('splits name and value', () => {
    expect(readHeaderLine('Call-ID:  abc ')).toEqual(['Call-ID', 'abc']);
    expect(readHeaderLine('no colon here')).toBeNull();
  });
});

describe('canonicalHeaderName', () => {
  it('spells out compact forms', () => {
    expect(['f', 'T', 'i', 'v', 'l', 'c', 'CSeq'].map(canonicalHeaderName)).toEqual(['from', 'to', 'call-id', 'via', 'content-length', 'content-type', 'cseq']);
  });
});

describe('addressOf', () => {
  it('reads the URI of a From/To value', () => {
    expect(addressOf('"Bob" <sip:bob@fabrikam.com>;tag=1')).toBe('bob@fabrikam.com');
    expect(addressOf('sip:tommy(mydomain.com)@msn.com;tag=2')).toBe('tommy(mydomain.com)@msn.com');
    expect(addressOf(null)).toBeNull();
  });
});

describe('domainOf', () => {
  it('reads the domain of an address', () => {
    expect(domainOf('bob@Fabrikam.com:5061')).toBe('fabrikam.com');
    expect(domainOf('nobody')).toBeNull();
  });
});
