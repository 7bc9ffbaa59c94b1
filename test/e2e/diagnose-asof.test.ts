/**
 * The diagnosis as of a date, in a real browser (issue 33): a Messenger contact whose IM works at
 * general availability; the reader sets a date after Messenger's retirement (April 2013, a dated
 * change in src/rules/history.ts that makes IM with Messenger uncertain) and sees the outcome turn
 * uncertain with why; the copied forum answer and its link carry the date; that link, opened in a
 * fresh browser context, shows the same date and the same answer; the playground link opens at the
 * date; a date out of range is said (the playground's message) without blanking the widget; the
 * embed reads the date from its own address.
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
const DATE_LABEL = 'Answer as of (date)';

const open = (page: Page, query = '') => openWidget(page, `${PAGE}${query}`, 'diagnose');

const outcome = (page: Page) => page.getByTestId('diagnose-outcome');

/** Answers every question for a Messenger contact who accepted, all settings on: IM works at GA. */
async function answerAll(page: Page) {
  const label: Record<string, string> = {
    'tenant.dnsVerified': 'Yes, verified and resolving',
    'tenant.federation.mode': 'Allow federation with all domains except those I block',
    'tenant.publicIm': 'Enabled, provisioning finished',
    'tenant.userExternalAccess': 'Yes',
    'partner.acceptsContactRequest': 'Yes',
  };
  for (let i = 0; i < 12 && (await outcome(page).count()) === 0; i++) {
    const question = page.getByTestId('diagnose-question');
    const setting = (await question.getAttribute('data-setting')) ?? '';
    expect(Object.keys(label), `asked ${setting}`).toContain(setting);
    await question.getByLabel(label[setting] as string, { exact: true }).click();
  }
}

describe('The diagnosis as of a date', () => {
  it('a date after Messenger was retired makes IM uncertain; the copied answer and link carry the date and reopen the same', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    const problems = watch(page);
    const widget = await open(page);
    await widget.getByLabel(/IM fails/).check();
    await widget.getByLabel('Your SIP domain (after the @ of your sign-in address)').fill('contoso.com');
    await widget.getByLabel('Their address, as you typed it into Lync').fill('tommy@hotmail.com');
    await page.keyboard.press('Tab');
    await answerAll(page);
    // At general availability: it works, and nothing is uncertain.
    await expect(outcome(page).getAttribute('data-outcome')).resolves.toBe('works');
    await expect(outcome(page).getAttribute('data-certainty')).resolves.toBe('certain');
    await expect(widget.getByLabel(DATE_LABEL).inputValue()).resolves.toBe('2011-06-28');
    expect(new URL(page.url()).searchParams.has('asof')).toBe(false);

    // The reader sets a date after the retirement (8–30 April 2013).
    await widget.getByLabel(DATE_LABEL).fill('2013-06-15');
    await expect(outcome(page).getAttribute('data-certainty')).resolves.toBe('uncertain');
    await expect(outcome(page).locator('h3').textContent()).resolves.toBe('Everything you told us says this should work (uncertain)');
    await expect(page.getByTestId('diagnose-asof').textContent()).resolves.toBe('As of June 2013 (2013-06-15).');
    const why = (await page.getByTestId('diagnose-uncertain').textContent()) ?? '';
    expect(why).toContain('Windows Live Messenger was retired');
    await expect(page.getByTestId('widget-announcer').textContent()).resolves.toContain('(uncertain)');
    expect(new URL(page.url()).searchParams.get('asof')).toBe('2013-06-15');

    // The forum answer states the date and the uncertainty; its link carries the date.
    await page.getByTestId('diagnose-copy-markdown').click();
    const answer = await page.evaluate(() => navigator.clipboard.readText());
    expect(answer).toContain("Why can't contoso.com use IM with tommy@hotmail.com, as of June 2013?");
    expect(answer).toContain(why);
    expect(answer).toContain('Changed between June 2011 and June 2013');
    const copied = /Open this diagnosis: <?(\S+?)>?$/m.exec(answer)?.[1];
    expect(copied).toBeDefined();
    const query = new URL(copied!).search;
    expect(new URLSearchParams(query).get('asof')).toBe('2013-06-15');

    // The playground it offers opens at the same date, and says IM is uncertain there too.
    const playground = await page.getByTestId('diagnose-playground').getAttribute('href');
    expect(new URLSearchParams(playground!.split('?')[1]).get('asof')).toBe('2013-06-15');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();

    // The copied link, in a fresh context: the same date, the same answer.
    const fresh = await (await newContext(browser)).newPage();
    const again = await open(fresh, query);
    await expect(again.getByLabel(DATE_LABEL).inputValue()).resolves.toBe('2013-06-15');
    await expect(outcome(fresh).getAttribute('data-outcome')).resolves.toBe('works');
    await expect(outcome(fresh).getAttribute('data-certainty')).resolves.toBe('uncertain');
    await expect(fresh.getByTestId('diagnose-uncertain').textContent()).resolves.toBe(why);
    await expect(fresh.getByTestId('diagnose-link-notice').count()).resolves.toBe(0);
    // The dated changes, listed with their sources, as the forum answer lists them.
    await expect(fresh.getByTestId('changed-since').locator('[data-note="messenger-retired"]').count()).resolves.toBe(1);
    expect(await axe(fresh)).toEqual([]);
    await fresh.goto(`${baseUrl()}${playground}`, { waitUntil: 'networkidle' });
    await expect(fresh.locator('[data-modality="im"] .lf-badge').first().textContent()).resolves.toContain('(uncertain)');
    await fresh.context().close();
  });

  it('a date out of range: the field says so in the playground\'s words, the answer stays at general availability; a bad link date is told', async () => {
    const page = await (await newContext(browser)).newPage();
    const base = '?m=im&you=contoso.com&them=tommy%40hotmail.com&a=tenant.dnsVerified:yes&a=tenant.federation.mode:allow-all-except-blocked&a=tenant.publicIm:enabled&a=tenant.userExternalAccess:yes&a=partner.acceptsContactRequest:yes';
    const widget = await open(page, `${base}&asof=2015-01-01`);
    await expect(page.getByTestId('diagnose-link-notice').textContent()).resolves.toContain('asof=2015-01-01');
    await expect(outcome(page).getAttribute('data-outcome')).resolves.toBe('works');
    await expect(outcome(page).getAttribute('data-certainty')).resolves.toBe('certain');
    await widget.getByLabel(DATE_LABEL).fill('2014-02-30');
    await expect(widget.locator('.lf-field-error').textContent()).resolves.toBe('must be a date written YYYY-MM-DD from 2011-06-28 (general availability) to 2013-12-31');
    await expect(widget.getByLabel(DATE_LABEL).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(outcome(page).getAttribute('data-outcome')).resolves.toBe('works');
    await expect(page.getByTestId('diagnose-asof').count()).resolves.toBe(0);
    await page.context().close();
  });

  it('the embed reads the date from its own address', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${baseUrl()}/embed/diagnose/?m=im&you=contoso.com&them=tommy%40hotmail.com&a=tenant.dnsVerified:yes&a=tenant.federation.mode:allow-all-except-blocked&a=tenant.publicIm:enabled&a=tenant.userExternalAccess:yes&a=partner.acceptsContactRequest:yes&asof=2013-06-15`, { waitUntil: 'networkidle' });
    await wakeWidget(page, 'diagnose');
    await expect(outcome(page).getAttribute('data-certainty')).resolves.toBe('uncertain');
    await expect(page.getByLabel(DATE_LABEL).inputValue()).resolves.toBe('2013-06-15');
    await page.context().close();
  });
});
