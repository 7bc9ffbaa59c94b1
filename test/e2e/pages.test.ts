import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { EMBED_WIDGETS } from '../../src/embed/widgets.ts';
import { axe, baseUrl, launch, newContext, sitemapPaths } from './browser.ts';

let browser: Browser;
const paths = await sitemapPaths();

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page in the sitemap', () => {
  it('lists the pages the site is built from', () => {
    expect(paths).toContain('/');
    expect(paths).toContain('/concepts/what-is-lync-federation/');
    expect(paths.length).toBeGreaterThanOrEqual(3);
  });

  // Each of these pages is loaded once for the whole browser suite's per-page checks, in
  // csp.test.ts ("every page in Chromium, the policy enforced"): status, title, no console error or
  // failed request, axe in both themes, no sideways scroll at 320 px, every island hydrated under
  // the Content Security Policy.
});

describe('navigation', () => {
  it('the sidebar links every page in the sitemap', async () => {
    // The home page is a splash page without a sidebar: read it from a docs page.
    const html = await (await fetch(`${baseUrl()}/reference/about/`)).text();
    const start = html.indexOf('class="sl-nav');
    const sidebar = html.slice(start, html.indexOf('</sl-sidebar-state-persist>', start));
    const linked = new Set([...sidebar.matchAll(/<a href="([^"#]+)"/g)].map((m) => m[1]));
    expect(linked.size).toBeGreaterThan(10);
    // Embeds are widgets for other sites, not pages of this one.
    expect(paths.filter((path) => !path.startsWith('/embed/') && !linked.has(path))).toEqual([]);
  });
});

describe('both themes, every page', () => {
  // The sitemap's pages are checked in both themes above, on one load each. The embeds (left out of
  // the sitemap) and the 404 page are loaded in each theme here.
  const notInSitemap = [...EMBED_WIDGETS.map((widget) => `/embed/${widget.id}/`), '/404.html'];
  const cases = [...notInSitemap.map((path) => [path, 'dark'] as const), ...notInSitemap.map((path) => [path, 'light'] as const)];

  it.each(cases)('%s has no axe violation in the %s theme', async (path, colorScheme) => {
    const context = await newContext(browser, { colorScheme });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
    const violations = await axe(page);
    await context.close();
    expect(violations).toEqual([]);
  });
});
