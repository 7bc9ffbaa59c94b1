import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, newContext } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the home page in a fresh context, opens search and types `query`. */
async function openSearch(query: string) {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.locator('#starlight__search input');
  await input.waitFor();
  await input.fill(query);
  return { context, page };
}

describe('search', () => {
  it('downloads nothing of Pagefind until the reader opens search', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    expect(requested.filter((url) => /pagefind/i.test(url))).toEqual([]);
    await context.close();
  });

  it('finds the page about Messenger contacts', async () => {
    const { context, page } = await openSearch('vanity');
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor();
    expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain('How do my users add a Windows Live Messenger contact?');
    await context.close();
  });

  // Questions next to federation, in the words admins type: each finds the page that says what
  // it is, whether it is federation and where to look.
  const NEXT = 'Questions next to federation';
  it.each([
    'anonymous meeting guest',
    'desktop sharing firewall',
    'address book federated search',
    'Google Talk XMPP gateway',
    'Skype contacts Microsoft account',
    'AOL Yahoo public IM',
    'push.lync.com push notifications',
    'Lync Server 2013 Edge CU3',
  ])('finds the entry for "%s" on the page next to federation', async (query) => {
    const { context, page } = await openSearch(query);
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await expect.poll(async () => page.locator('.pagefind-ui__result-link').allTextContents(), { timeout: 10_000 }).toContain(NEXT);
    await context.close();
  });

  it('keeps what the reader types before the search box has arrived', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
    // A slow network: the search results' stylesheet, which the box waits for, takes a while.
    await page.route(/search-ui\.[^/]*\.css$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    // Ctrl+K and straight on typing, as a reader does: Pagefind's code is still on its way.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('vanity');
    const input = page.locator('#starlight__search input');
    await input.waitFor();
    await expect.poll(() => input.inputValue()).toBe('vanity');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    expect(await page.locator('.pagefind-ui__result-link').allTextContents()).toContain('How do my users add a Windows Live Messenger contact?');
    // Typing goes on in the box, after what was kept.
    await page.keyboard.type(' domain');
    expect(await input.inputValue()).toBe('vanity domain');
    await context.close();
  });

  // What a reader has in front of them, typed into the search box as they see it, must lead to the
  // page whose checks explain it (issue 14: the client's error text and the generic symptom).
  const SYMPTOMS: readonly [query: string, title: string][] = [
    ['not federated with your company', 'Federation is not working: where do I start?'],
    ['address is outside of your organization', 'Federation is not working: where do I start?'],
    ['Presence Unknown', 'Federation is not working: where do I start?'],
    ['sign-in address changed', 'Federation is not working: where do I start?'],
    // Its section "Not AOL, Yahoo! or Google Talk" answers; the evidence page backs it.
    ['Google Talk', 'Is Lync federation the same as AD FS or calendar federation?'],
  ];
  it.each(SYMPTOMS)('finds the checks for "%s"', async (query, title) => {
    const { context, page } = await openSearch(query);
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    // Among the first five pages listed (their titles, not the headings listed under each).
    const titles = (await page.locator('.pagefind-ui__result-title .pagefind-ui__result-link').allTextContents()).slice(0, 5);
    expect(titles, `first results for "${query}": ${titles.join(" · ")}`).toContain(title);
    await context.close();
  });

  // The words administrators used in the questions of the time (issue 30): Microsoft's own words
  // for a vanity Messenger domain ("custom domain", "EASI", in KB 2566829), the partner side's
  // words ("hosting provider", "sipfed"), the control panel's ("Public IM", "PIC"), and the
  // question itself. Each must find its page among the first three.
  const READERS_WORDS: readonly [query: string, title: string][] = [
    ['custom domain', "Why can't I reach a Messenger contact who signs in with their own domain?"],
    ['EASI', "Why can't I reach a Messenger contact who signs in with their own domain?"],
    ['hotmail contact', "Why can't I reach a Messenger contact with a hotmail.com or msn.com address?"],
    ['hosting provider', 'How does a partner on Lync Server 2010 reach Lync Online?'],
    ['New-CsAllowedDomain', 'How does a partner on Lync Server 2010 reach Lync Online?'],
    ['PIC', 'What happens when I enable Public IM connectivity?'],
    ['external access', 'How do I set up federation in the Lync Online control panel?'],
    ['Test-CsFederatedPartner', 'How does a partner on Lync Server 2010 reach Lync Online?'],
  ];
  it.each(READERS_WORDS)('"%s" finds its page in the first three results', async (query, title) => {
    const { context, page } = await openSearch(query);
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    // Pages, not the headings Pagefind lists under each (those sit in .pagefind-ui__result-nested).
    const titles = (await page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link').allTextContents()).slice(0, 3);
    expect(titles, `first results for "${query}": ${titles.join(' · ')}`).toContain(title);
    await context.close();
  });

  it('an empty search says what the guide covers and where else to look', async () => {
    const { context, page } = await openSearch('zzqx sharepoint quota');
    const message = page.locator('.pagefind-ui__message');
    await expect.poll(async () => (await message.textContent()) ?? '', { timeout: 5000 }).toMatch(/Nothing in this guide matches/);
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('Lync Online federation as it stood at Office 365 general availability');
    expect(text).toMatch(/Microsoft's documentation .* community forums/);
    await context.close();
  });
});
