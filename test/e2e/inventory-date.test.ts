/**
 * The partner inventory as of a date, in a real browser: the playground's date field, the cells
 * evaluated at that date (a cell the date makes uncertain says so, with why), the summary and the
 * forum answer stating it, and the inventory's link carrying it: reopened in a fresh context, the
 * same date and the same table. A link without a date means general availability; a date the page
 * cannot read is said plainly, never a blank widget.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, baseUrl, launch, newContext, wakeWidget } from './browser.ts';

const INVENTORY = '/configure/partner-inventory/';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const widgetOf = (page: Page) => page.locator('[data-widget="partner-inventory"]');
const summaryOf = (page: Page) => page.getByTestId('inventory-summary').textContent();
/** The table's text, row by row (domain and cells), to compare one page's table with another's. */
const tableOf = (page: Page) => page.locator('[data-testid="inventory-table"] tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim() ?? '')));

describe('the partner inventory as of a date', () => {
  it('answers at the date typed, says so, marks the cells the date makes uncertain, and its link reopens it in a fresh context', async () => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${INVENTORY}`, { waitUntil: 'networkidle' });
    await wakeWidget(page, 'partner-inventory');
    const widget = widgetOf(page);
    // At general availability (the field's default): no date said, and Messenger's IM is certain.
    expect(await widget.getByLabel('Answer as of (date)').inputValue()).toBe('2011-06-28');
    expect(await summaryOf(page)).toBe('3 partners lose IM, presence, audio and video');
    const messengerIm = page.locator('tr[data-domain="hotmail.com"] td').nth(1);
    expect(await messengerIm.textContent()).toBe('blocked');
    // June 2013: after Messenger's retirement (April 2013), its cells are uncertain, with why.
    await widget.getByLabel('Answer as of (date)').fill('2013-06-01');
    await expect.poll(() => summaryOf(page)).toBe('As of June 2013: 3 partners lose IM, presence, audio and video');
    await expect.poll(() => messengerIm.textContent()).toBe('blocked (uncertain)');
    expect(await page.locator('tr[data-domain="hotmail.com"] td:last-child').textContent()).toMatch(/^Uncertain: .*Messenger/);
    // A Lync Online partner's cells are not touched by that change.
    expect(await page.locator('tr[data-domain="fabrikam.com"] td').nth(1).textContent()).toBe('works');
    // The forum answer states the date.
    await widget.getByRole('button', { name: 'Copy the inventory as a forum answer (a Markdown table)' }).click();
    const answer = await page.evaluate(() => navigator.clipboard.readText());
    expect(answer).toMatch(/^\*\*Partners of contoso\.com, as of June 2013, if /);
    expect(answer).toContain('blocked (uncertain)');
    // The link carries the date; opened in a fresh context, it shows the same date and table.
    await widget.getByRole('button', { name: 'Copy a link to this inventory' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('inv.asof')).toBe('2013-06-01');
    // No axe violation, pressed copy buttons ("Copied") included.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axe(page), colorScheme).toEqual([]);
    }
    const table = await tableOf(page);
    await context.close();

    const fresh = await newContext(browser);
    const again = await fresh.newPage();
    await again.goto(link, { waitUntil: 'networkidle' });
    await expect.poll(() => summaryOf(again)).toBe('As of June 2013: 3 partners lose IM, presence, audio and video');
    expect(await widgetOf(again).getByLabel('Answer as of (date)').inputValue()).toBe('2013-06-01');
    expect(await tableOf(again)).toEqual(table);
    expect(await again.getByTestId('inventory-link-problems').count()).toBe(0);
    await fresh.close();
  });

  it('says what is wrong with a date, typed or in a link, and never shows a blank widget', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // A link with a date out of range: general availability kept, and said.
    await page.goto(`${baseUrl()}${INVENTORY}?inv.v=1&inv.you=contoso.com&inv.to.fed=allowlist&inv.p=fabrikam.com:online&inv.p=adatum.com:online&inv.asof=2014-02-01`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByTestId('inventory-link-problems').textContent()).toContain('“inv.asof=2014-02-01” is not a date from 2011-06-28 to 2013-12-31');
    await expect.poll(() => summaryOf(page)).toBe('2 partners lose IM, presence, audio and video');
    expect(await widgetOf(page).getByLabel('Answer as of (date)').inputValue()).toBe('2011-06-28');
    // A malformed date typed: the field and the result say why; the rest of the widget stays.
    const field = widgetOf(page).getByLabel('Answer as of (date)');
    await field.fill('2012-02-30');
    await expect.poll(() => page.getByTestId('inventory-error').textContent()).toMatch(/^The date must be a date written YYYY-MM-DD from 2011-06-28/);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('inventory-table').count()).toBe(0);
    expect(await widgetOf(page).getByLabel(/Your partners/).isVisible()).toBe(true);
    // Fixed: the table is back, at that date.
    await field.fill('2012-03-01');
    await expect.poll(() => summaryOf(page)).toBe('As of March 2012: 2 partners lose IM, presence, audio and video');
    expect(await page.getByTestId('inventory-table').count()).toBe(1);
    await context.close();
  });
});
