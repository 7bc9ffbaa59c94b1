/**
 * The test browser renders with the project's fonts, whichever Chromium runs (the machine's or the
 * one from the npm registry): scripts/chromium.mjs gives it a fontconfig file listing only the
 * DejaVu fonts of the npm package dejavu-fonts-ttf. Layout checks, axe and screenshots then do
 * not depend on the fonts a machine happens to have. This test reads which font Chromium actually
 * used for the site's text and code, through the DevTools protocol.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { BROWSER } from '../../bench/chromium.ts';
import { baseUrl, launch, newContext } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function fontsUsed(path: string, selector: string): Promise<string[]> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${baseUrl()}${path}`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  // The element and everything inside it: a platform font is reported for a node's own text only.
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `${selector}, ${selector} *` });
  const families = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const font of fonts) families.add(font.familyName);
  }
  await context.close();
  return [...families].sort();
}

describe(`fonts in the test browser (${BROWSER.source}: ${BROWSER.path})`, () => {
  it('renders the site\'s text in DejaVu Sans, from the npm package', async () => {
    expect(await fontsUsed('/', 'main p')).toEqual(['DejaVu Sans']);
  });
  it('renders code in DejaVu Sans Mono, from the npm package', async () => {
    expect(await fontsUsed('/configure/dns-records/', 'main pre code')).toEqual(['DejaVu Sans Mono']);
  });
});
