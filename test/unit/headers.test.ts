import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../src/deploy/headers-file.ts';
import { headersForPath } from '../../src/deploy/headers-for-path.ts';

// The deployed _headers file, checked against every published URL (test/urls.txt, which
// test/e2e/urls.test.ts keeps complete) under both hosts' ways of combining rules.
const rules = parseHeadersFile(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8'));
const urls = readFileSync(new URL('../urls.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const embeds = urls.filter((url) => url.startsWith('/embed/'));
const pages = urls.filter((url) => !url.startsWith('/embed/'));

describe('public/_headers', () => {
  it('is checked against the embeds and the pages', () => {
    expect(embeds.length).toBeGreaterThanOrEqual(6);
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it('never has two matching rules set the same header, so Netlify and Cloudflare agree and order cannot matter', () => {
    for (const url of [...urls, '/oembed/playground.json', '/og/index.png', '/_astro/x.js']) {
      const { cloudflare, netlify, conflicts } = headersForPath(rules, url);
      expect(conflicts, url).toEqual([]);
      expect(Object.fromEntries(cloudflare), url).toEqual(Object.fromEntries(netlify));
    }
  });

  it('uses no Cloudflare-only detach lines (Netlify rejects them)', () => {
    expect(rules.flatMap((rule) => rule.detach)).toEqual([]);
  });

  it.each(embeds)('%s may be framed by any site', (url) => {
    const { netlify } = headersForPath(rules, url);
    expect(netlify.get('content-security-policy')).toBe('frame-ancestors *');
    expect(netlify.has('x-frame-options')).toBe(false);
  });

  it.each(pages)('%s may not be framed', (url) => {
    const { netlify } = headersForPath(rules, url);
    expect(netlify.get('x-frame-options')).toBe('DENY');
    expect(netlify.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('lets other sites read the oEmbed documents', () => {
    expect(headersForPath(rules, '/oembed/playground.json').netlify.get('access-control-allow-origin')).toBe('*');
  });

  it('lets an embed sandboxed without allow-same-origin (origin "null") load the built scripts and fonts', () => {
    expect(headersForPath(rules, '/_astro/page.abc.js').netlify.get('access-control-allow-origin')).toBe('*');
    for (const url of urls) expect(headersForPath(rules, url).netlify.get('access-control-allow-origin'), url).toBeUndefined();
  });

  it('sends nosniff everywhere', () => {
    for (const url of [...urls, '/og/index.png']) expect(headersForPath(rules, url).netlify.get('x-content-type-options'), url).toBe('nosniff');
  });

  it('lets browsers keep content-named files for a year, and only those', () => {
    for (const path of ['/_astro/astro-island.Ya0pUYrC7n.js', '/icons/abc123.svg']) {
      const resolved = headersForPath(rules, path);
      expect(resolved.netlify.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
      expect(resolved.cloudflare.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    for (const url of urls) expect(headersForPath(rules, url).netlify.get('cache-control'), url).toBeUndefined();
  });
});
