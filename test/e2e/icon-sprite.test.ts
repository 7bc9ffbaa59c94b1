/**
 * The icon sprite (src/icons/sprite.ts): no built page carries one of its icons inline any more
 * (if Starlight changes how it writes an icon, the middleware stops recognising it, and this says
 * so), every <use> points at a symbol the sprite has, and the icons draw in the browser: those
 * of the sprite and those src/styles/chrome.css draws as CSS masks (the search button's magnifier,
 * the theme picker's icon and caret, the sidebar's and the phone's table of contents' carets, the
 * heading links' icon). The phone's menu button and the previous and next page links are Starlight's
 * own components again: their icons come from the sprite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { SPRITE_HREF, SPRITE_ICONS } from '../../src/icons/sprite.ts';
import { baseUrl, launch, newContext, watch } from './browser.ts';
import { builtFiles, DIST } from './dist.ts';

const dist = DIST;
const pages = builtFiles('.html');
const paths = Object.entries(SPRITE_ICONS).flatMap(([name, body]) => [...body.matchAll(/\sd="([^"]+)"/g)].map((m) => [name, m[1] ?? ''] as const));

describe('the icon sprite in the build', () => {
  const sprite = join(dist, SPRITE_HREF);

  it('is built', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(existsSync(sprite), `${SPRITE_HREF} missing from dist/`).toBe(true);
  });

  it.each(pages.map((page) => [relative(dist, page), page] as const))('%s has no sprite icon inline, and uses only icons the sprite has', (_name, page) => {
    const html = readFileSync(page, 'utf8');
    expect(paths.filter(([, d]) => html.includes(d)).map(([name]) => name)).toEqual([]);
    const symbols = new Set([...readFileSync(sprite, 'utf8').matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]));
    for (const [, href] of html.matchAll(/<use href="([^"]+)"/g)) {
      const [file, id] = (href ?? '').split('#');
      expect(file).toBe(SPRITE_HREF);
      expect(symbols.has(id), `${href}: no such symbol`).toBe(true);
    }
  });
});

describe('the icons in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draw: the sprite’s icons (an aside’s here) and the CSS-drawn ones (header, sidebar, contents, heading links) have a size', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${baseUrl()}/troubleshooting/`, { waitUntil: 'networkidle' });
    const drawn = await page.evaluate(() =>
      [...document.querySelectorAll<SVGUseElement>('svg use')]
        .filter((use) => use.closest('svg')?.getBoundingClientRect().width)
        .map((use) => [use.href.baseVal.split('#')[1], use.getBBox().width > 0] as const),
    );
    // The CSS-drawn icons: a pseudo-element with a size, a colour and an SVG mask.
    const masks = await page.evaluate(() =>
      (
        [
          ['search magnifier', 'button[data-open-modal]', '::before'],
          ['theme picker icon', 'header .sl-theme', '::before'],
          ['theme picker caret', 'header .sl-theme', '::after'],
          ['sidebar caret', '#starlight__sidebar summary', '::after'],
          ['table of contents caret', 'mobile-starlight-toc .toggle', '::after'],
          ['heading link', '.sl-anchor-link', '::before'],
        ] as const
      ).map(([name, selector, pseudo]) => {
        const element = document.querySelector(selector);
        if (!element) return [name, 'missing'] as const;
        const style = getComputedStyle(element, pseudo);
        const sized = parseFloat(style.width) >= 10 && parseFloat(style.height) >= 10;
        const masked = /^url\("data:image\/svg\+xml,/.test(style.maskImage) && style.backgroundColor !== 'rgba(0, 0, 0, 0)';
        return [name, sized && masked ? 'drawn' : `not drawn: ${style.width} × ${style.height}, ${style.maskImage.slice(0, 40)}, ${style.backgroundColor}`] as const;
      }),
    );
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
    const names = new Set(drawn.map(([name]) => name));
    expect(names).toContain('rocket');
    // The previous and next page links' arrows (Starlight's Pagination, its icons from the sprite).
    expect(names).toContain('left-arrow');
    expect(names).toContain('right-arrow');
    expect(drawn.filter(([, ok]) => !ok)).toEqual([]);
    expect(masks).toEqual([
      ['search magnifier', 'drawn'],
      ['theme picker icon', 'drawn'],
      ['theme picker caret', 'drawn'],
      ['sidebar caret', 'drawn'],
      ['table of contents caret', 'drawn'],
      ['heading link', 'drawn'],
    ]);
  });

  it('the theme picker shows the chosen theme’s icon, on this page and the next', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${baseUrl()}/troubleshooting/`, { waitUntil: 'networkidle' });
    // Which of the three icons each picker (header, phone menu) draws, read from its mask.
    const icons = () =>
      page.evaluate(() => {
        const root = getComputedStyle(document.documentElement);
        const names = ['laptop', 'sun', 'moon'];
        const values = names.map((name) => root.getPropertyValue(`--lf-icon-${name}`).trim());
        return [...document.querySelectorAll('.sl-theme')].map((label) => {
          const mask = getComputedStyle(label, '::before').maskImage;
          return names.find((_, i) => values[i] !== '' && mask.includes(values[i]!.slice(5, -2))) ?? mask.slice(0, 60);
        });
      });
    expect(await icons()).toEqual(['laptop', 'laptop']);
    await page.locator('header select').selectOption('light');
    expect(await icons()).toEqual(['sun', 'sun']);
    await page.goto(`${baseUrl()}/reference/about/`, { waitUntil: 'networkidle' });
    expect(await icons()).toEqual(['sun', 'sun']);
    await page.locator('header select').selectOption('dark');
    expect(await icons()).toEqual(['moon', 'moon']);
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
  });
});
