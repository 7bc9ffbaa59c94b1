/**
 * No JavaScript: every page in the sitemap, every /embed/* page and the 404 page, loaded in
 * Chromium with JavaScript disabled, shows its heading and text (no "Loading…" placeholder, nothing
 * busy) and, for every widget on it (each [data-widget] element), the verdict the server rendered:
 * a non-empty result region. The per-widget tests check what each verdict says; this one checks
 * that no page, present or future, depends on hydration to show anything.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, launch, newContext, sitemapPaths } from './browser.ts';

const embedDir = fileURLToPath(new URL('../../dist/embed/', import.meta.url));
const embeds = readdirSync(embedDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `/embed/${entry.name}/`)
  .sort();
// An unknown address gets the 404 page, with status 404, as from a static host.
const NOT_FOUND = '/no-such-page/';
const paths = [...(await sitemapPaths()), ...embeds, NOT_FOUND];

/** Every kind of widget the site has: each must have been seen, and checked, on some page. */
const WIDGETS = ['playground', 'modality-matrix', 'domain-federation-tab', 'public-im-impact', 'command-builder', 'vanity-converter', 'dns-checker', 'trace-explainer', 'diagnose', 'edge-config', 'partner-lookup', 'partner-inventory'];
const widgetsSeen = new Set<string>();

/** Where each widget shows its verdict: the playground's output, a tool's result, the matrix's table. */
const RESULT_REGION = '.lf-output, .lf-result, table';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser, { javaScriptEnabled: false });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

interface Seen {
  h1: string;
  mainText: number;
  placeholders: string[];
  busy: number;
  widgets: Array<{ widget: string; region: string | null; text: string }>;
}

describe('every page without JavaScript', () => {
  it('lists the sitemap, the embeds and the 404 page', () => {
    expect(paths.length).toBeGreaterThan(embeds.length + 1);
    expect(embeds.length).toBeGreaterThan(0);
    expect(paths).toContain('/');
  });

  it.each(paths)('%s shows its content and every widget’s verdict', async (path) => {
    const response = await page.goto(`${baseUrl()}${path}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(path === NOT_FOUND ? 404 : 200);
    const seen: Seen = await page.evaluate((regionSelector) => {
      const text = (el: Element | null) => ((el as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
      const main = document.querySelector('main');
      const mainText = text(main);
      return {
        h1: text(document.querySelector('h1')),
        mainText: mainText.length,
        placeholders: mainText.match(/[^.]*\b(loading|please wait)\b[^.]*/gi) ?? [],
        busy: document.querySelectorAll('[aria-busy="true"]').length,
        widgets: Array.from(document.querySelectorAll('[data-widget]')).map((widget) => {
          const region = widget.querySelector(regionSelector);
          return { widget: widget.getAttribute('data-widget') ?? '', region: region ? region.tagName.toLowerCase() : null, text: text(region) };
        }),
      };
    }, RESULT_REGION);
    expect(seen.h1, 'the page’s h1').not.toBe('');
    expect(seen.mainText, 'the amount of text in <main>').toBeGreaterThan(80);
    expect(seen.placeholders, 'loading placeholders in <main>').toEqual([]);
    expect(seen.busy, 'elements marked aria-busy').toBe(0);
    for (const widget of seen.widgets) {
      expect(widget.region, `${widget.widget}: a result region (${RESULT_REGION})`).not.toBeNull();
      expect(widget.text, `${widget.widget}: its result region’s text`).not.toBe('');
      widgetsSeen.add(widget.widget);
    }
  });

  it('checked every kind of widget somewhere', () => {
    expect([...widgetsSeen].sort()).toEqual([...WIDGETS].sort());
  });
});
