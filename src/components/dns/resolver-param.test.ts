import { describe, expect, it } from 'vitest';
import { readResolverOverride } from './resolver-param.ts';

const q = (...values: string[]) => `?${values.map((v) => `resolver=${encodeURIComponent(v)}`).join('&')}`;

describe('?resolver= override', () => {
  it('is empty without the parameter', () => {
    expect(readResolverOverride('')).toEqual({ endpoints: [], refused: [] });
    expect(readResolverOverride('?domain=contoso.com')).toEqual({ endpoints: [], refused: [] });
  });

  it.each([
    'http://127.0.0.1:8053/dns-query',
    'https://127.0.0.1/resolve',
    'http://localhost:5380/dns-query',
    'https://cloudflare-dns.com/dns-query',
    'https://dns.google/resolve',
  ])('accepts %s', (url) => {
    expect(readResolverOverride(q(url))).toEqual({ endpoints: [new URL(url).toString()], refused: [] });
  });

  it.each([
    'https://evil.example/dns-query',
    'http://cloudflare-dns.com/dns-query',
    'https://cloudflare-dns.com:8443/dns-query',
    'https://dns.google.evil.example/resolve',
    'https://cloudflare-dns.com.evil.example/dns-query',
    'https://user:pw@dns.google/resolve',
    'http://user@127.0.0.1:8053/',
    'ftp://127.0.0.1/dns',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://127.0.0.2/',
    'http://[::1]/',
    'http://localhost.evil.example/',
    '//127.0.0.1/dns-query',
    '127.0.0.1:8053',
    '',
  ])('refuses %s', (url) => {
    expect(readResolverOverride(q(url))).toEqual({ endpoints: [], refused: [url] });
  });

  it('reads other spellings of 127.0.0.1 as the URL standard does (still this machine)', () => {
    expect(readResolverOverride(q('http://0x7f000001:8053/')).endpoints).toEqual(['http://127.0.0.1:8053/']);
  });

  it('keeps the allowed ones of several, in order, and lists the refused', () => {
    const result = readResolverOverride(q('http://127.0.0.1:1/a', 'https://evil.example/', 'https://dns.google/resolve'));
    expect(result.endpoints).toEqual(['http://127.0.0.1:1/a', 'https://dns.google/resolve']);
    expect(result.refused).toEqual(['https://evil.example/']);
  });
});
