import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { baseUrl, launch, newContext } from './browser.ts';

/**
 * Issue 27: the reader's first change, the one that wakes a widget (client:interaction hydrates on
 * it and replays it), must reach the link the widget gives. Each case opens the page plainly, makes
 * that first change on the still server-rendered widget (a real click or typing, no wakeWidget
 * before), waits for the verdict to change, copies the link the widget offers (the real clipboard)
 * or reads the address it keeps, then opens that link in a fresh browser context and expects the
 * same control state and the same verdict.
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Case {
  widget: string;
  page: string;
  /** The first change, made before the widget is hydrated. */
  change: (root: Locator) => Promise<void>;
  /** What shows the change took (a control's state). */
  state: (root: Locator) => Promise<unknown>;
  /** The verdict's text. */
  verdict: (root: Locator) => Promise<string>;
  /** How the widget gives its link: a Copy link button, or the address it keeps. */
  copy: string | null;
}

const text = (locator: Locator) => locator.first().innerText();

const CASES: Case[] = [
  {
    widget: 'domain-federation-tab',
    page: '/configure/domain-federation/',
    change: (root) => root.getByLabel('Block federation with all domains except those I allow').click(),
    state: (root) => root.getByLabel('Block federation with all domains except those I allow').isChecked(),
    verdict: (root) => text(root.getByTestId('dft-result')),
    copy: '[data-share="widget-link"]',
  },
  {
    widget: 'public-im-impact',
    page: '/configure/public-im/',
    change: (root) => root.getByLabel('Enabled, provisioning finished', { exact: true }).click(),
    state: (root) => root.getByLabel('Enabled, provisioning finished', { exact: true }).isChecked(),
    verdict: (root) => text(root.getByTestId('pim-result')),
    copy: '[data-share="widget-link"]',
  },
  {
    widget: 'command-builder',
    page: '/configure/partner-commands/',
    change: (root) => root.getByLabel('Hosting provider (Lync Online as a hosting provider)').click(),
    state: (root) => root.getByLabel('Hosting provider (Lync Online as a hosting provider)').isChecked(),
    verdict: (root) => text(root.getByTestId('cb-result')),
    copy: '[data-share="widget-link"]',
  },
  {
    widget: 'vanity-converter',
    page: '/configure/user-training/',
    change: async (root) => {
      const field = root.getByLabel('Messenger address, in either form');
      await field.click();
      await field.fill('sam@northwind.example');
    },
    state: (root) => root.getByLabel('Messenger address, in either form').inputValue(),
    verdict: (root) => text(root.getByTestId('vanity-result')),
    copy: '[data-share="widget-link"]',
  },
  {
    widget: 'playground',
    page: '/playground/',
    change: (root) => root.locator('input[type="radio"][value="disabled"]').first().click(),
    state: (root) => root.locator('input[type="radio"][value="disabled"]').first().isChecked(),
    verdict: (root) => text(root.locator('.lf-output')),
    copy: '[data-share="link"]',
  },
  {
    widget: 'diagnose',
    page: '/troubleshooting/diagnose/',
    // The symptom is the first change; the two addresses it needs are typed after, so the
    // diagnosis has a question to ask (the symptom alone leaves it where it was).
    change: async (root) => {
      await root.getByLabel(/Presence Unknown/).click();
      await root.getByLabel('Your SIP domain (after the @ of your sign-in address)').fill('contoso.com');
      await root.getByLabel('Their address, as you typed it into Lync').fill('tommy@fabrikam.com');
      await root.page().keyboard.press('Tab');
    },
    state: (root) => root.getByLabel(/Presence Unknown/).isChecked(),
    // The next question is what the diagnosis answers at this point (no outcome yet).
    verdict: (root) => root.innerText(),
    copy: null,
  },
];

async function opened(page: Page, widget: string): Promise<Locator> {
  const root = page.locator(`[data-widget="${widget}"]`).first();
  await root.scrollIntoViewIfNeeded();
  return root;
}

/** The built site's own address (SITE_URL at build time): a copied link must name it. */
async function siteOrigin(page: Page): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  return new URL(canonical ?? '').origin;
}

describe.each(CASES)('$widget: the first change is in the link', ({ widget, page: path, change, state, verdict, copy }) => {
  it('wakes the widget, changes the verdict, and reopens from the copied link as it was', async () => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
    const root = await opened(page, widget);
    expect(await page.locator(`astro-island[ssr] [data-widget="${widget}"]`).count(), 'not yet hydrated').toBe(1);
    const before = await verdict(root);
    await change(root);
    await page.locator(`astro-island:not([ssr]) [data-widget="${widget}"]`).first().waitFor();
    await expect.poll(() => verdict(root), { message: 'the first change changes the verdict' }).not.toBe(before);
    const after = await verdict(root);
    const changed = await state(root);

    let link: string;
    if (copy) {
      await root.locator(copy).first().click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^https?:\/\//);
      link = await page.evaluate(() => navigator.clipboard.readText());
      // On the published site's address (SITE_URL), not the test server's.
      expect(new URL(link).origin).toBe(await siteOrigin(page));
    } else {
      await expect.poll(() => new URL(page.url()).search).not.toBe('');
      link = page.url();
    }
    await context.close();

    const fresh = await (await newContext(browser)).newPage();
    const { pathname, search } = new URL(link);
    expect(search, 'the link carries the change').not.toBe('');
    await fresh.goto(`${baseUrl()}${pathname}${search}`, { waitUntil: 'networkidle' });
    const again = await opened(fresh, widget);
    await fresh.locator(`astro-island:not([ssr]) [data-widget="${widget}"]`).first().waitFor();
    await expect.poll(() => state(again)).toEqual(changed);
    await expect.poll(() => verdict(again)).toBe(after);
    await fresh.context().close();
  });
});

describe('a shared playground link cut short', () => {
  it('says it was cut rather than silently opening another scenario; an old link opens as before', async () => {
    const { emptyDraft } = await import('../../src/share/playground-draft.ts');
    const { sealedPlaygroundParams } = await import('../../src/share/playground-params.ts');
    const draft = emptyDraft();
    draft.platform = 'lync-server-2010';
    draft.onPremises.allowedDomains = [{ domain: 'contoso.com', proxyFqdn: 'sipfed.online.lync.com' }] as typeof draft.onPremises.allowedDomains;
    const sealed = sealedPlaygroundParams(draft);
    // Cut inside the last value: still parses, as another scenario.
    const cut = sealed.slice(0, sealed.length - 6);
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${baseUrl()}/playground/?${cut}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByTestId('playground-notice').textContent()).toContain('cut short');
    await page.goto(`${baseUrl()}/playground/?${sealed}`, { waitUntil: 'networkidle' });
    await page.locator('astro-island:not([ssr]) [data-widget="playground"]').waitFor();
    expect(await page.getByTestId('playground-notice').count()).toBe(0);
    await page.goto(`${baseUrl()}/playground/?v=1&p=ls2010&allow=contoso.com%3Asipfed.online.lync.com`, { waitUntil: 'networkidle' });
    await page.locator('astro-island:not([ssr]) [data-widget="playground"]').waitFor();
    expect(await page.getByTestId('playground-notice').count(), 'an old link opens without a notice').toBe(0);
    await page.context().close();
  });
});

describe('a verdict reported and printed', () => {
  it('"Report a wrong verdict" carries the permalink, the rule ids and the version (text to copy with no tracker set)', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${baseUrl()}/playground/?v=1&p=ls2010`, { waitUntil: 'networkidle' });
    const root = page.locator('astro-island:not([ssr]) [data-widget="playground"]');
    await root.waitFor();
    await root.getByTestId('report-verdict').locator('summary').click();
    const link = root.getByTestId('report-verdict-link');
    const text = root.getByTestId('report-verdict-text');
    await expect.poll(async () => (await link.count()) + (await text.count())).toBe(1);
    const report = (await text.count()) > 0 ? await text.inputValue() : decodeURIComponent((await link.getAttribute('href')) ?? '');
    expect(report).toMatch(/\/playground\/\?ck=[0-9a-z]{5}&v=1&p=ls2010/);
    expect(report).toMatch(/`[a-z-]+`/);
    expect(report).toContain('Site version:');
    await page.context().close();
  });

  it('prints with every panel open and the permalink as text', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${baseUrl()}/playground/?v=1&p=ls2010`, { waitUntil: 'networkidle' });
    await page.locator('astro-island:not([ssr]) [data-widget="playground"] .lf-share[data-permalink]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('[data-widget="playground"] .lf-share').evaluate((el) => getComputedStyle(el, '::after').content);
    expect(printed).toMatch(/Link to this verdict: .*\/playground\/\?ck=/);
    // A closed panel's content is laid out in print.
    const hidden = await page.locator('[data-widget="playground"] details:not([open])').evaluateAll((all) =>
      all.filter((d) => [...d.children].some((c) => c.tagName !== 'SUMMARY' && (c as HTMLElement).getBoundingClientRect().height === 0)).length,
    );
    expect(hidden, 'closed panels whose content is not laid out in print').toBe(0);
    await page.context().close();
  });
});
