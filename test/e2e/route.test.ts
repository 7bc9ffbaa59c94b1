/**
 * The route picture in the built site: drawn without JavaScript on every scenario page and in the
 * playground embed, following the playground live, the marked hop holding the evaluation's first
 * blocker for every scenario test file (checked with the playground's import link, one load per scenario), axe clean in both themes, vertical at 320 px, printable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { PRESETS, PRESET_IDS } from '../../src/scenarios/presets.ts';
import { scenarioQuery } from '../../src/share/scenario-param.ts';
import { axe, baseUrl, launch, newContext, watch, wakeWidget } from './browser.ts';
import { hops } from './route-view.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('route picture on the scenario pages, without JavaScript', () => {
  it.each(PRESET_IDS)('%s draws its path, every hop passing', async (id) => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PRESETS[id].page}`);
    const seen = await hops(page);
    // Messenger paths have no sipfed hop (no source puts Public IM there): five hops, not six.
    const count = id.startsWith('messenger') ? 5 : 6;
    expect(seen.length).toBe(count);
    expect(seen.every((h) => h.state === 'passes' && !h.first && h.reasons === null)).toBe(true);
    expect(seen[0]?.hop).toBe('your-user');
    expect(seen.at(-1)?.hop).toBe('their-user');
    // Read as an ordered list with a name, a state word for each hop.
    expect(await page.locator('.rt li[data-hop]').count()).toBe(count);
    expect(await page.locator('.rt li[data-hop]').first().innerText()).toMatch(/^Your user .*passes/);
    await context.close();
  });

  it('the playground embed draws it too', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/embed/playground/`);
    expect((await hops(page)).map((h) => h.hop)).toEqual(['your-user', 'your-tenant', 'federation-edge', 'dns', 'their-tenant', 'their-user']);
    await context.close();
  });
});

describe('route picture in the playground', () => {
  // Every stored scenario's first blocker marked on its hop is checked by the playground's import
  // link test (test/e2e/playground.test.ts), on the same page load as its verdicts.

  it('follows the settings as they change', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems = watch(page);
    await page.goto(`${baseUrl()}/playground/`, { waitUntil: 'networkidle' });
    await wakeWidget(page, 'playground');
    const widget = page.locator('[data-widget="playground"]');
    await widget.locator('[data-preset="partner-on-premises"]').click();
    await expect.poll(async () => (await hops(page)).map((h) => h.hop)).toContain('their-edge');
    expect((await hops(page)).some((h) => h.first)).toBe(false);

    await widget.getByLabel('Their Edge allows federated users').uncheck();
    await expect.poll(async () => (await hops(page)).find((h) => h.first)?.hop).toBe('their-edge');
    expect((await hops(page)).find((h) => h.first)?.reasons).toBe('partner-federation-disabled');

    // Your side breaks earlier in the troubleshooting order: the mark moves to your tenant.
    await widget.locator('input[type="radio"][value="disabled"]').first().check();
    await expect.poll(async () => (await hops(page)).find((h) => h.first)?.hop).toBe('your-tenant');
    expect((await hops(page)).find((h) => h.hop === 'their-edge')?.state).toBe('blocks');

    // And back: nothing blocks.
    await widget.locator('input[type="radio"][value="allow-all-except-blocked"]').first().check();
    await widget.getByLabel('Their Edge allows federated users').check();
    await expect.poll(async () => (await hops(page)).every((h) => h.state === 'passes')).toBe(true);

    // The marked hop's link opens its fix.
    await widget.getByLabel('Their Edge allows federated users').uncheck();
    const link = page.locator('.rt [data-first] a', { hasText: 'How to fix it' });
    const target = (await link.getAttribute('href')) ?? '';
    expect(await page.locator(`[id="${target.slice(1)}"]`).getAttribute('data-fix')).toBe('partner-edge-federation-disabled');
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('has no axe violation with a blocked hop and notes shown, in both themes', async () => {
    const blocked = structuredClone(PRESETS['messenger-vanity-domain'].scenario) as Record<string, any>;
    blocked['contact'] = 'tommy.clarke@mydomain.com';
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await (await newContext(browser, { colorScheme })).newPage();
      await page.goto(`${baseUrl()}/playground/${scenarioQuery(blocked)}`, { waitUntil: 'networkidle' });
      await wakeWidget(page, 'playground');
      await expect.poll(async () => (await hops(page)).find((h) => h.first)?.hop).toBe('messenger');
      expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    }
  });
});

describe('route picture layout', () => {
  it('lays out vertically on a 320 px phone, without sideways scrolling', async () => {
    const page = await (await newContext(browser, { viewport: { width: 320, height: 640 } })).newPage();
    await page.goto(`${baseUrl()}/scenarios/partner-on-premises/`);
    const boxes = await page.locator('.rt li[data-hop]').evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(6);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 1);
      expect(Math.abs(boxes[i]!.left - boxes[0]!.left)).toBeLessThan(1);
      expect(boxes[i]!.right).toBeLessThanOrEqual(320);
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('prints: every hop and its state are on paper, and the path is drawn', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${baseUrl()}/scenarios/messenger-vanity-domain/`);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator('.rt li[data-hop]').evaluateAll((items) =>
      items.map((item) => ({ visible: item.getBoundingClientRect().height > 0, dot: getComputedStyle(item, '::before').borderTopWidth })),
    );
    expect(shown).toHaveLength(5);
    expect(shown.every((s) => s.visible && s.dot !== '0px')).toBe(true);
    expect(await page.locator('.rt .re').isVisible()).toBe(true);
    await page.context().close();
  });
});
