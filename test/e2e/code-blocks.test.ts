/**
 * The pages' Markdown code blocks (src/highlight/rehype-code-blocks.ts, CodeCopy.astro): titled,
 * coloured at build time, wrapping at 320 px, and copied exactly by their copy button, which
 * appears only once the page's one small script has run. No Expressive Code stylesheet or script.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, baseUrl, launch, newContext, sitemapPaths } from './browser.ts';

const PAGE = '/configure/lync-server-2010/';
const SOURCE = fileURLToPath(new URL('../../content/configure/lync-server-2010.mdx', import.meta.url));

/** The text of the fence with this title in the page's source: what its copy button must copy. */
function fenceText(title: string): string {
  const source = readFileSync(SOURCE, 'utf8');
  const start = source.indexOf(`title="${title}"`);
  if (start < 0) throw new Error(`no fence titled "${title}" in ${SOURCE}`);
  const body = source.indexOf('\n', start) + 1;
  return source.slice(body, source.indexOf('\n```', body));
}

let browser: Browser;
const paths = await sitemapPaths();
/** The pages whose built HTML has a static copy button. */
const pagesWithCode: string[] = [];
for (const path of paths) {
  if ((await (await fetch(`${baseUrl()}${path}`)).text()).includes(' data-copy=')) pagesWithCode.push(path);
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('Markdown code blocks', () => {
  it('are on the four pages with code fences, and no Expressive Code is left anywhere', async () => {
    expect(pagesWithCode).toEqual(
      expect.arrayContaining(['/configure/dns-records/', '/configure/lync-server-2010/', '/configure/user-training/']),
    );
    for (const path of paths) {
      const html = await (await fetch(`${baseUrl()}${path}`)).text();
      expect(html, path).not.toMatch(/expressive-code|\/_astro\/ec\./);
    }
  });

  it('show their title, in colour, and the copy button copies exactly the block', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'networkidle' });
    for (const title of ["Lync Server Management Shell: hosting provider, the article's form", 'Lync Server Management Shell: Edge and user policy']) {
      const block = page.locator('figure.lf-code', { has: page.locator('figcaption', { hasText: title }) });
      await expect(block.locator('figcaption').textContent()).resolves.toBe(title);
      // Coloured: the cmdlets, parameters and constants come in several colours.
      const colours = await block.locator('code span[style]').evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
      expect(colours, 'distinct token colours').toBeGreaterThanOrEqual(3);
      await block.getByRole('button', { name: `Copy: ${title}` }).and(page.locator('[data-ready="true"]')).waitFor();
      const button = block.locator('button[data-copy]');
      await button.click();
      await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(fenceText(title));
      await expect(button.textContent()).resolves.toBe('Copied');
      await expect(button.getAttribute('data-copy-state')).resolves.toBe('copied');
      // Its name holds the word on screen and still says what it copies; a name change is not
      // announced, so a live region says it too.
      await expect(button.getAttribute('aria-label')).resolves.toBe(`Copied: ${title}`);
      await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    }
    // A pressed button's name holds its visible "Copied" (axe: label-content-name-mismatch).
    expect(await axe(page)).toEqual([]);
    await context.close();
  });

  it('can be reached and used from the keyboard', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'networkidle' });
    const button = page.locator('figure.lf-code button[data-copy]').first();
    await button.and(page.locator('[data-ready="true"]')).waitFor();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(fenceText("Lync Server Management Shell: hosting provider, the article's form"));
    await context.close();
  });

  it.each(['light', 'dark'] as const)('pass axe in the %s theme on every page with code blocks', async (colorScheme) => {
    const context = await newContext(browser, { colorScheme });
    const page = await context.newPage();
    for (const path of pagesWithCode) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
      // Every copy button on the page is shown: the script came with the page.
      const waiting = await page.locator('button[data-copy]:not([data-ready="true"])').count();
      expect(waiting, `${path}: copy buttons still hidden`).toBe(0);
      expect(await axe(page), path).toEqual([]);
    }
    await context.close();
  });

  it('wrap long lines at 320 px instead of scrolling', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of pagesWithCode) {
      await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
      const overflowing = await page.locator('figure.lf-code pre').evaluateAll((pres) => pres.filter((pre) => pre.scrollWidth > pre.clientWidth).length);
      expect(overflowing, `${path}: code blocks that scroll sideways`).toBe(0);
    }
    await context.close();
  });

  it('without JavaScript, show the code and no dead copy button', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`);
    const block = page.locator('figure.lf-code').first();
    await expect(block.locator('code').textContent()).resolves.toBe(fenceText("Lync Server Management Shell: hosting provider, the article's form"));
    await expect(block.locator('button[data-copy]').isVisible()).resolves.toBe(false);
    // Out of the tab order too: Tab from the code's surroundings never lands on it.
    await expect(block.locator('button[data-copy]').getAttribute('tabindex')).resolves.toBe('-1');
    await context.close();
  });
});
