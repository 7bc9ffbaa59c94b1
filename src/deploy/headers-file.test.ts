import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from './headers-file.ts';
import { headersForPath } from './headers-for-path.ts';

describe('parseHeadersFile', () => {
  it('reads rules, indented headers, comments and blank lines', () => {
    const rules = parseHeadersFile('# site\n/*\n  X-Frame-Options: DENY\n\n  # note\n/a/:id/*\n\tLink: <https://x.example/>; rel="preload"\n');
    expect(rules).toEqual([
      { pattern: '/*', line: 2, set: [{ name: 'X-Frame-Options', value: 'DENY' }], detach: [] },
      { pattern: '/a/:id/*', line: 6, set: [{ name: 'Link', value: '<https://x.example/>; rel="preload"' }], detach: [] },
    ]);
  });

  it('keeps colons in values and reads Cloudflare detach lines', () => {
    const [rule] = parseHeadersFile('https://example.org/*\n  Content-Security-Policy: default-src https://a.example:8443\n  ! X-Robots-Tag\n');
    expect(rule?.set).toEqual([{ name: 'Content-Security-Policy', value: 'default-src https://a.example:8443' }]);
    expect(rule?.detach).toEqual(['X-Robots-Tag']);
  });

  it.each([
    ['  X-Frame-Options: DENY\n', /line 1: a header before any path/],
    ['/*\n  X-Frame-Options DENY\n', /line 2: expected "Name: value"/],
    ['/*\n  X-Frame-Options:\n', /line 2: X-Frame-Options has no value/],
    ['/*\n  Bad Name: x\n', /line 2: "Bad Name" is not a header name/],
    ['embed/*\n  A: b\n', /line 1: a rule starts with a path/],
  ])('rejects %j', (text, message) => {
    expect(() => parseHeadersFile(text)).toThrow(message);
  });
});

describe('headersForPath', () => {
  const rules = parseHeadersFile(
    ['/*', '  X-Frame-Options: DENY', '  X-Robots-Tag: noindex', '/static/*', '  X-Robots-Tag: nosnippet', '/embed/*', '  ! X-Frame-Options', '/u/:name', '  A: 1'].join('\n'),
  );

  it('matches splats (including nothing) and one-segment placeholders', () => {
    expect(headersForPath(rules, '/u/ann').netlify.get('a')).toBe('1');
    expect(headersForPath(rules, '/u/ann/more').netlify.has('a')).toBe(false);
    expect(headersForPath(rules, '/static/').conflicts).toEqual(['x-robots-tag']);
  });

  it('joins a repeated header on Cloudflare and lets the later rule win on Netlify', () => {
    const { cloudflare, netlify } = headersForPath(rules, '/static/app.css');
    expect(cloudflare.get('x-robots-tag')).toBe('noindex, nosnippet');
    expect(netlify.get('x-robots-tag')).toBe('nosnippet');
  });

  it('detaches on Cloudflare only', () => {
    const { cloudflare, netlify } = headersForPath(rules, '/embed/x/');
    expect(cloudflare.has('x-frame-options')).toBe(false);
    expect(netlify.get('x-frame-options')).toBe('DENY');
  });
});
