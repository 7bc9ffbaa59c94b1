import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, launch, newContext, wakeWidget } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function hydrated(page: Page, widget: string): Promise<Locator> {
  const root = page.locator(`[data-widget="${widget}"]`).first();
  await root.scrollIntoViewIfNeeded();
  await wakeWidget(page, widget);
  await root.locator('.lf-share[data-ready="true"]').first().waitFor();
  return root;
}

interface Case {
  widget: string;
  page: string;
  change: (root: Locator) => Promise<void>;
  param: string;
  check: (root: Locator) => Promise<void>;
  tampered: string;
}

const CASES: Case[] = [
  {
    widget: 'domain-federation-tab',
    page: '/configure/domain-federation/',
    change: async (root) => {
      await root.getByLabel('Block federation with all domains except those I allow').check();
    },
    param: 'fed.mode=allowlist',
    check: async (root) => expect(await root.getByLabel('Block federation with all domains except those I allow').isChecked()).toBe(true),
    tampered: '?fed.mode=sometimes&fed.colour=red',
  },
  {
    widget: 'public-im-impact',
    page: '/configure/public-im/',
    change: async (root) => {
      await root.getByLabel('A Messenger account in your domain').fill('anna@mydomain.com');
    },
    param: 'pim.account=anna%40mydomain.com',
    check: async (root) => expect(await root.getByLabel('A Messenger account in your domain').inputValue()).toBe('anna@mydomain.com'),
    tampered: '?pim.publicIm=maybe',
  },
  {
    widget: 'command-builder',
    page: '/configure/partner-commands/',
    change: async (root) => {
      await root.getByLabel('Hosting provider (Lync Online as a hosting provider)').check();
    },
    param: 'cmd.route=hosting-provider',
    check: async (root) => expect(await root.getByText('New-CsHostingProvider', { exact: false }).first().isVisible()).toBe(true),
    tampered: '?cmd.platform=ocs2009',
  },
  {
    widget: 'vanity-converter',
    page: '/configure/user-training/',
    change: async (root) => {
      await root.getByLabel('Messenger address, in either form').fill('sam@northwind.example');
    },
    param: 'msn.address=sam%40northwind.example',
    check: async (root) => expect(await root.getByTestId('vanity-type-in-lync').textContent()).toBe('sam(northwind.example)@msn.com'),
    tampered: '?msn.v=9',
  },
];

describe.each(CASES)('$widget permalink', ({ widget, page: path, change, param, check, tampered }) => {
  it('follows every change in the address and reopens that state in a fresh browser', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
    const entries = await page.evaluate(() => history.length);
    await change(await hydrated(page, widget));
    await expect.poll(() => page.url()).toContain(param);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    const url = page.url();
    await page.context().close();

    const fresh = await (await newContext(browser)).newPage();
    await fresh.goto(url, { waitUntil: 'networkidle' });
    await check(await hydrated(fresh, widget));
    await fresh.context().close();
  });

  it('says what a tampered link could not restore', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${baseUrl()}${path}${tampered}`, { waitUntil: 'networkidle' });
    const root = await hydrated(page, widget);
    await expect(root.getByTestId('widget-link-notice').textContent()).resolves.toContain('Not everything in this link could be opened');
    await page.context().close();
  });
});
