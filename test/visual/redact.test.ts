/**
 * The redaction (redact.ts) held to its promise, on a built page in the pinned browser: a reword,
 * even one that wraps a paragraph onto more lines, gives the same pixels; a moved block, a resized
 * box or a changed colour does not. The whole-site version (a scratch copy rebuilt with a reworded
 * rule, a new glossary entry, a CSS change) is test/visual/prove-layout-only.mjs.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from '../e2e/browser.ts';
import { comparePng } from './compare.ts';
import { launchPinned } from './pinned-browser.ts';
import { redact } from './redact.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchPinned();
});
afterAll(async () => {
  await browser?.close();
});

/** The scenario page's top screen after `change`, redacted or not. */
async function shot(change: (page: Page) => Promise<unknown>, redacted = true): Promise<Buffer> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/scenarios/partner-on-premises/`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await change(page);
  if (redacted) await redact(page);
  else await page.waitForTimeout(150);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  await context.close();
  return png;
}

const nothing = async () => undefined;
/** The first paragraph's first run of words, three times as long: it wraps onto more lines. */
const reword = (page: Page) =>
  page.evaluate(() => {
    const run = [...document.querySelectorAll('.sl-markdown-content p')].flatMap((p) => [...p.childNodes]).find((n): n is Text => n instanceof Text && n.data.trim().length > 10);
    if (!run) throw new Error('no paragraph text on the page');
    run.data = `${run.data} and, said at far greater length than before, ${run.data} once more ${run.data}`;
  });
/** A stylesheet added through the CSSOM (the site's CSP refuses an inline <style>). */
const style = (css: string) => (page: Page) =>
  page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);

describe('redacted screenshots see layout, not words', () => {
  it('a reword that wraps the paragraph onto more lines changes no pixel', async () => {
    const before = await shot(nothing);
    expect(comparePng(before, await shot(reword)).same).toBe(true);
    // Without the redaction the same reword shows: the test can fail.
    expect(comparePng(await shot(nothing, false), await shot(reword, false)).same).toBe(false);
  });

  it.each([
    ['a block indented by 8 px', '.sl-markdown-content ul { padding-left: calc(1.5rem + 8px) !important; }'],
    ['a taller line height in prose', '.sl-markdown-content p { line-height: 2 !important; }'],
    ['the sidebar 20 px wider', ':root { --sl-sidebar-width: calc(18.75rem + 20px) !important; }'],
    ['a changed text colour (a theme)', ':root { --sl-color-white: #334 !important; --sl-color-gray-2: #446 !important; }'],
    ['a changed link colour', '.sl-markdown-content a { color: #a00 !important; }'],
    ['a border on the header', 'header.header { border-bottom: 3px solid #888 !important; }'],
  ])('%s changes pixels', async (_name, css) => {
    expect(comparePng(await shot(nothing), await shot(style(css))).same).toBe(false);
  });
});
