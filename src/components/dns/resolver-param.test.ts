import { describe, expect, it } from 'vitest';
import { DOH_ORIGINS } from '../../security/csp.ts';
import { readResolverOverride } from './resolver-param.ts';

const q = (...values: string[]) => `?${values.map((v) => `resolver=${encodeURIComponent(v)}`).join('&')}`;

describe('?resolver= override', () => {
  it('is empty without the parameter', () => {
    expect(readResolverOverride('')).toEqual({ endpoints: [], refused: [] });
    expect(readResolverOverride('?domain=contoso.com')).toEqual({ endpoints: [], refused: [] });
  });

  it.each([
    'https://cloudflare-dns.com/dns-query',
    'https://dns.google/resolve',
    'https://dns.google/dns-query',
    'https://cloudflare-dns.com:443/dns-query',
    'https://DNS.Google/resolve',
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
    'http://dns.google/resolve',
    'https://dns.google:8443/resolve',
    'https://user@cloudflare-dns.com/dns-query',
    'ftp://dns.google/resolve',
    'wss://dns.google/resolve',
    // This machine: the page's Content Security Policy would block it, so it is refused too.
    'http://127.0.0.1:8053/dns-query',
    'https://127.0.0.1/resolve',
    'http://localhost:5380/dns-query',
    'https://localhost/dns-query',
    'http://0x7f000001:8053/',
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

  it('keeps the allowed ones of several, in order, and lists the refused', () => {
    const result = readResolverOverride(q('https://dns.google/resolve', 'http://127.0.0.1:1/a', 'https://evil.example/', 'https://cloudflare-dns.com/dns-query'));
    expect(result.endpoints).toEqual(['https://dns.google/resolve', 'https://cloudflare-dns.com/dns-query']);
    expect(result.refused).toEqual(['http://127.0.0.1:1/a', 'https://evil.example/']);
  });

  it('allows only hosts the page may connect to (the connect-src of its Content Security Policy)', () => {
    for (const origin of DOH_ORIGINS) expect(readResolverOverride(q(`${origin}/x`)).endpoints).toEqual([`${origin}/x`]);
  });
});
