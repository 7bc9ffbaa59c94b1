/**
 * The sidebar keeps its state from page to page (Starlight's SidebarPersister, whose inline
 * scripts src/components/overrides/Sidebar.astro writes compactly): on a wide screen, a group the
 * reader closed stays closed on the next page, and the sidebar opens scrolled where it was. On a
 * phone the sidebar is the menu, which opens and closes with its button.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newContext, watch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the sidebar', () => {
  it('keeps a closed group closed, and its scroll position, on the next page', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 500 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${baseUrl()}/reference/about/`, { waitUntil: 'networkidle' });
    const concepts = page.locator('#starlight__sidebar details', { has: page.locator('summary', { hasText: 'Concepts' }) });
    expect(await concepts.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await concepts.locator('summary').click();
    expect(await concepts.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    const scrolled = await page.evaluate(() => {
      const pane = document.getElementById('starlight__sidebar')!;
      pane.scrollTop = 120;
      return pane.scrollTop;
    });
    expect(scrolled).toBeGreaterThan(0);
    // Follow the link without clicking it: a click would first scroll it into view.
    await page.locator('#starlight__sidebar a[href="/reference/sources/"]').evaluate((a: HTMLAnchorElement) => a.click());
    await page.waitForURL(/\/reference\/sources\/$/);
    await page.waitForLoadState('networkidle');
    expect(await concepts.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await page.locator('#starlight__sidebar details', { has: page.locator('summary', { hasText: 'Reference' }) }).evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await page.evaluate(() => document.getElementById('starlight__sidebar')!.scrollTop)).toBe(scrolled);
    await context.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [] });
  });

  it('is the menu on a phone: the button opens it, and closes it again', async () => {
    const context = await newContext(browser, { viewport: { width: 390, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/reference/about/`, { waitUntil: 'networkidle' });
    const menu = page.getByRole('button', { name: 'Menu' });
    const link = page.locator('#starlight__sidebar a[href="/reference/sources/"]');
    expect(await link.isVisible()).toBe(false);
    await menu.click();
    expect(await link.isVisible()).toBe(true);
    await menu.click();
    expect(await link.isVisible()).toBe(false);
    await context.close();
  });
});
