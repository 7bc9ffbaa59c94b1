/**
 * The diagnosis page in a real browser: one question at a time to the blocker, the link carrying
 * every answer (reopens, a broken one is told), back and change, "I don't know", the playground
 * link, keyboard alone at 320 px, the live region, axe, the embed, and the static list without JS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, baseUrl, launch, newContext, openWidget, wakeWidget, watch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGE = '/troubleshooting/diagnose/';

const open = (page: Page, query = '') => openWidget(page, `${PAGE}${query}`, 'diagnose');

const question = (page: Page) => page.getByTestId('diagnose-question');
async function answer(page: Page, label: string | RegExp) {
  // A click, not check(): once answered, the question moves up into the answered list.
  await question(page).getByLabel(label, { exact: typeof label === 'string' }).click();
}

describe('Diagnose a contact', () => {
  it('goes from the symptom to the first blocker and its fix, one question at a time', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems = watch(page);
    const widget = await open(page);
    await widget.getByLabel(/Presence Unknown/).check();
    await widget.getByLabel('Your SIP domain (after the @ of your sign-in address)').fill('contoso.com');
    await widget.getByLabel('Their address, as you typed it into Lync').fill('tommy@fabrikam.com');
    await page.keyboard.press('Tab');
    await expect(question(page).getAttribute('data-setting')).resolves.toBe('tenant.dnsVerified');
    await answer(page, 'Yes, verified and resolving');
    await expect(question(page).getAttribute('data-setting')).resolves.toBe('partner.platform');
    await answer(page, 'Another Office 365 company (Lync Online)');
    await answer(page, 'Block federation with all domains except those I allow (an allow list)');
    await expect(question(page).locator('legend').textContent()).resolves.toContain('Is fabrikam.com on the list');
    await answer(page, 'No, fabrikam.com is not on it');
    const outcome = page.getByTestId('diagnose-outcome');
    await expect(outcome.getAttribute('data-outcome')).resolves.toBe('tenant-partner-domain-not-allowed');
    await expect(outcome.textContent()).resolves.toContain('Add fabrikam.com to your allow list');
    // The live region says it.
    await expect(page.getByTestId('widget-announcer').textContent()).resolves.toContain('Found it');
    // The address carries every answer, in order.
    const url = new URL(page.url());
    expect(url.searchParams.getAll('a')).toEqual(['tenant.dnsVerified:yes', 'partner.platform:lync-online', 'tenant.federation.mode:block-all-except-allowed', 'tenant.federation.domains:not-listed']);
    // Open in the playground: everything answered so far.
    const href = await page.getByTestId('diagnose-playground').getAttribute('href');
    expect(href).toContain('/playground/?');
    expect(href).toContain('fed=allowlist');
    expect(href).toContain('contact=tommy%40fabrikam.com');
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the issue 29 case: a vanity Messenger address typed plainly ends at the address form, with the route and no question about acceptance', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems = watch(page);
    const widget = await open(page);
    await widget.getByLabel(/Presence Unknown/).check();
    await widget.getByLabel('Your SIP domain (after the @ of your sign-in address)').fill('contoso.com');
    await widget.getByLabel('Their address, as you typed it into Lync').fill('joe@live-contoso.com');
    await page.keyboard.press('Tab');
    const asked: string[] = [];
    for (let i = 0; i < 12 && (await page.getByTestId('diagnose-outcome').count()) === 0; i++) {
      const setting = (await question(page).getAttribute('data-setting')) ?? '';
      asked.push(setting);
      const label: Record<string, string> = {
        'partner.platform': 'A Windows Live Messenger user',
        'tenant.dnsVerified': 'Yes, verified and resolving',
        'tenant.federation.mode': 'Allow federation with all domains except those I block',
        'tenant.publicIm': 'Enabled, provisioning finished',
        'tenant.userExternalAccess': 'Yes',
        'partner.acceptsContactRequest': 'No, or not yet',
      };
      await answer(page, label[setting] ?? "I don't know");
    }
    expect(asked).not.toContain('partner.acceptsContactRequest');
    const outcome = page.getByTestId('diagnose-outcome');
    await expect(outcome.getAttribute('data-outcome')).resolves.toBe('messenger-vanity-address-format');
    await expect(outcome.textContent()).resolves.toContain('Add the contact as joe(live-contoso.com)@msn.com');
    // The route picture, inside the outcome, with the hop that blocks.
    await expect(outcome.locator('[data-route] [data-hop][data-state="blocks"]').count()).resolves.toBeGreaterThan(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a symptom outside the federation rules says so and where to look, without questions', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, '?m=other-network');
    const outcome = page.getByTestId('diagnose-outcome');
    await expect(outcome.getAttribute('data-outcome')).resolves.toBe('outside');
    await expect(outcome.locator('a[href="/reference/evidence/messenger/#other-im-networks"]').count()).resolves.toBe(1);
    await expect(page.getByTestId('diagnose-question').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('reopens from its link, goes back, changes an answer, and keeps "I don\'t know" open', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, '?m=im&you=contoso.com&them=tommy@fabrikam.com&a=tenant.dnsVerified:yes&a=partner.platform:lync-online&a=tenant.federation.mode:disabled');
    await expect(page.getByTestId('diagnose-outcome').getAttribute('data-outcome')).resolves.toBe('tenant-federation-disabled');
    await expect(page.getByTestId('diagnose-answered').count()).resolves.toBe(3);
    // Change an earlier answer: the diagnosis goes on from there.
    await page.getByTestId('diagnose-answered').nth(2).getByLabel('Allow federation with all domains except those I block').check();
    await expect(page.getByTestId('diagnose-outcome').count()).resolves.toBe(0);
    await expect(question(page).getAttribute('data-setting')).resolves.toBe('tenant.federation.domains');
    // Back: the last answer is undone.
    await page.getByTestId('diagnose-back').click();
    await expect(question(page).getAttribute('data-setting')).resolves.toBe('tenant.federation.mode');
    await answer(page, "I don't know");
    await expect(question(page).getAttribute('data-setting')).resolves.not.toBe('tenant.federation.mode');
    await page.context().close();
  });

  it('says a blocked modality no setting can fix at once, and tells a broken link', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, '?m=file-transfer&you=contoso.com&them=tommy@hotmail.com&a=bogus:yes');
    await expect(page.getByTestId('diagnose-outcome').getAttribute('data-outcome')).resolves.toBe('file-transfer-not-federated');
    await expect(page.getByTestId('diagnose-answered').count()).resolves.toBe(0);
    await expect(page.getByTestId('diagnose-link-notice').textContent()).resolves.toContain('bogus:yes');
    await page.goto(`${baseUrl()}${PAGE}?m=im&you=contoso..com&them=x@y.com`, { waitUntil: 'networkidle' });
    await wakeWidget(page, 'diagnose');
    await expect(page.getByTestId('diagnose-input-error').textContent()).resolves.toContain('Your domain');
    await page.context().close();
  });

  it('works by keyboard alone on a 320 px phone, without axe violations', async () => {
    const page = await (await newContext(browser, { viewport: { width: 320, height: 640 } })).newPage();
    await open(page, '?m=video&you=contoso.com&them=tommy@hotmail.com');
    await expect(page.getByTestId('diagnose-outcome').getAttribute('data-outcome')).resolves.toBe('modality-not-supported-with-partner');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // IM with the same Messenger contact: questions again, answered from the keyboard.
    await page.getByLabel(/IM fails/).focus();
    await page.keyboard.press('Space');
    const first = question(page).locator('input').first();
    await first.focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('diagnose-answered').count()).resolves.toBe(1);
    for (const theme of ['dark', 'light']) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
      expect(await axe(page)).toEqual([]);
    }
    await page.context().close();
  });

  it('shows the order of checks without JavaScript, and embeds', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`);
    const checks = page.getByTestId('diagnose-checks').locator('li');
    expect(await checks.count()).toBeGreaterThan(10);
    await expect(checks.first().getAttribute('data-setting')).resolves.toBe('tenant.dnsVerified');
    await context.close();
    const embed = await (await newContext(browser)).newPage();
    await embed.goto(`${baseUrl()}/embed/diagnose/?m=file-transfer&you=contoso.com&them=tommy@fabrikam.com`, { waitUntil: 'networkidle' });
    await wakeWidget(embed, 'diagnose');
    await expect(embed.getByTestId('diagnose-outcome').getAttribute('data-outcome')).resolves.toBe('file-transfer-not-federated');
    await embed.context().close();
  });
});
