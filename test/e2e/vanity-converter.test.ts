import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, newContext, openWidget } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGE = '/configure/user-training/';

async function openConverter(page: Page) {
  const widget = await openWidget(page, PAGE, 'vanity-converter');
  // The copy button appears once the island has hydrated.
  await widget.locator('.lf-copy[data-ready="true"]').waitFor();
  return widget;
}

describe('Messenger address converter', () => {
  it('turns a vanity sign-in address into the form to type in Lync', async () => {
    const page = await (await newContext(browser)).newPage();
    const widget = await openConverter(page);
    await widget.getByLabel('Messenger address, in either form').fill('anna.berg@northwind.example');
    await expect(widget.getByTestId('vanity-type-in-lync').textContent()).resolves.toBe('anna.berg(northwind.example)@msn.com');
    await page.context().close();
  });

  it('reads the vanity form back as the Messenger sign-in address', async () => {
    const page = await (await newContext(browser)).newPage();
    const widget = await openConverter(page);
    await widget.getByLabel('Messenger address, in either form').fill('anna.berg(northwind.example)@msn.com');
    await expect(widget.getByTestId('vanity-result').textContent()).resolves.toContain('anna.berg@northwind.example');
    await page.context().close();
  });

  it('explains bad input instead of going blank', async () => {
    const page = await (await newContext(browser)).newPage();
    const widget = await openConverter(page);
    await widget.getByLabel('Messenger address, in either form').fill('anna.berg@northwind');
    const text = await widget.getByTestId('vanity-result').textContent();
    expect(text).toContain("Can't convert this yet");
    expect(text).toContain('at least two parts');
    await page.context().close();
  });

  it('is usable from the keyboard alone', async () => {
    const page = await (await newContext(browser)).newPage();
    const widget = await openConverter(page);
    await widget.getByLabel('Messenger address, in either form').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('sam@hotmail.com');
    await expect(widget.getByTestId('vanity-type-in-lync').textContent()).resolves.toBe('sam@hotmail.com');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('lf-copy');
    await page.context().close();
  });

  it('shows the worked example without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`);
    const text = await page.getByTestId('vanity-type-in-lync').textContent();
    expect(text).toBe('tommy.clarke(mydomain.com)@msn.com');
    await context.close();
  });
});
