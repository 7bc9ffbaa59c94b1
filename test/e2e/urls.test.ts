import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';

// Stable URLs: every page ever published keeps answering. This reads the built site (dist/, so it
// runs with the browser suite, after `npm run build`), test/urls.txt (the published list) and the
// redirects in astro.config.mjs. It needs no browser.

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const withSlash = (path: string) => (path.endsWith('/') ? path : `${path}/`);

/** Astro writes a redirect as a small page with a meta refresh; those are not pages of their own. */
const isRedirectPage = (html: string) => /<meta\s+http-equiv="refresh"/i.test(html);

const built = new Set<string>();
const redirectPages = new Set<string>();
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || entry.name !== 'index.html') continue;
  const path = `/${entry.parentPath.slice(dist.length).replace(/\\/g, '/')}`.replace(/\/?$/, '/').replace(/^\/\//, '/');
  if (isRedirectPage(readFileSync(`${entry.parentPath}/${entry.name}`, 'utf8'))) redirectPages.add(path);
  else built.add(path);
}

const listed = readFileSync(new URL('../urls.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

const redirects = new Map(
  Object.entries(config.redirects ?? {}).map(([from, to]) => [withSlash(from), withSlash(typeof to === 'string' ? to : to.destination)]),
);

describe('stable URLs (test/urls.txt)', () => {
  it('lists each path once, as a path with a trailing slash', () => {
    expect(listed.filter((path) => !/^\/([^/?#\s]+\/)*$/.test(path))).toEqual([]);
    expect(listed.length).toBe(new Set(listed).size);
  });

  it('lists every built page, the embeds too (add a new page to test/urls.txt)', () => {
    expect(built.size).toBeGreaterThanOrEqual(20);
    expect([...built].filter((path) => !listed.includes(path)).sort()).toEqual([]);
  });

  it('still serves every listed URL: as a page, or redirected in astro.config.mjs to a page that exists', () => {
    const gone = listed.filter((path) => !built.has(path) && !redirects.has(path));
    expect(gone, 'published URLs no longer built and not redirected').toEqual([]);
    for (const [from, to] of redirects) {
      if (!listed.includes(from)) continue;
      expect(built.has(to) || to.startsWith('http'), `${from} redirects to ${to}, which is not a page`).toBe(true);
      expect(redirectPages.has(from) || built.has(from), `${from} has no redirect page in dist/`).toBe(true);
    }
  });
});
