import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PRESETS, PRESET_IDS } from '../../src/scenarios/presets.ts';
import { scenarioQuery } from '../../src/share/scenario-param.ts';
import { axe, baseUrl, launch, newContext, watch, wakeWidget } from './browser.ts';
import { evaluateEachWithCli, evaluateWithCli, type CliEvaluation } from './cli.ts';
import { componentModule, holdRequests, moduleLoaded } from './code-requests.ts';
import { firstBlocker, hops } from './route-view.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const scenarioDir = fileURLToPath(new URL('../scenarios/', import.meta.url));
const scenarioFiles = readdirSync(scenarioDir).filter((file) => file.endsWith('.json'));
/** Scenario test files hold the contract scenario under `input`. */
const scenarios = scenarioFiles.map((file) => [file, (JSON.parse(readFileSync(`${scenarioDir}${file}`, 'utf8')) as { input: unknown }).input] as const);

/**
 * Opens the playground and waits until it has hydrated. The load event is enough: the widget's
 * code is then fetched at idle, and wakeWidget waits for it (networkidle would add half a second of
 * quiet after that, on every test, for nothing these tests look at).
 */
async function openPlayground(page: Page, query = '') {
  await page.goto(`${baseUrl()}/playground/${query}`, { waitUntil: 'load' });
  await wakeWidget(page, 'playground');
}

async function verdicts(page: Page) {
  return page.locator('[data-widget="playground"] [data-modality]').evaluateAll((items) =>
    items.map((item) => ({ modality: item.getAttribute('data-modality'), works: item.getAttribute('data-works') === 'true' })),
  );
}

describe('playground import link', () => {
  // One page per stored scenario, shared by the checks that need a scenario in the playground: the
  // verdicts the CLI gives, and the route picture's mark on the hop of the CLI's first blocker
  // (issue 19). One context for the whole list: the playground keeps nothing in storage.
  let context: BrowserContext;
  let fromCli: Promise<CliEvaluation>[] = [];
  beforeAll(async () => {
    fromCli = evaluateEachWithCli(scenarios.map(([, scenario]) => scenario));
    context = await newContext(browser);
  });
  afterAll(async () => {
    await context?.close();
  });

  // Concurrent (maxConcurrency in vitest.config.ts): each load mostly waits on the page and the CLI,
  // so a few at once keep both cores busy.
  it.concurrent.for(scenarios.map(([file, scenario], index) => [file, scenario, index] as const))('shows the CLI verdicts and marks its first blocker on the route for %s', async ([, scenario, index], { expect }) => {
    const page = await context.newPage();
    const problems = watch(page);
    await openPlayground(page, scenarioQuery(scenario));
    await expect(page.getByTestId('playground-notice').count()).resolves.toBe(0);
    const evaluation = await fromCli[index]!;
    expect(await verdicts(page)).toEqual(evaluation.results.map(({ modality, works }) => ({ modality, works })));

    const code = firstBlocker(evaluation);
    const marked = (await hops(page)).filter((h) => h.first);
    if (code === undefined) {
      expect(marked).toEqual([]);
    } else {
      expect(marked).toHaveLength(1);
      expect(marked[0]?.state).toBe('blocks');
      expect(marked[0]?.reasons?.split(' ')).toContain(code);
    }
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  it.each([
    ['not base64url', '?scenario=%%%', 'characters'],
    ['not JSON', `?scenario=${Buffer.from('{"tenant":').toString('base64url')}`, 'not valid JSON'],
    ['an invalid scenario', scenarioQuery({ tenant: { domain: 'contoso' } }), 'Your tenant'],
  ])('explains a link that is %s and falls back to the default', async (_label, query, fragment) => {
    const page = await (await newContext(browser)).newPage();
    await openPlayground(page, query);
    const notice = page.getByTestId('playground-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(fragment);
    const expected = evaluateWithCli(PRESETS['both-on-lync-online'].scenario).results.map(({ modality, works }) => ({ modality, works }));
    expect(await verdicts(page)).toEqual(expected);
    await page.context().close();
  });
});

describe('playground presets', () => {
  it.each(PRESET_IDS)('the %s preset shows the CLI verdicts', async (id) => {
    const page = await (await newContext(browser)).newPage();
    await openPlayground(page);
    await page.locator(`[data-preset="${id}"]`).click();
    const expected = evaluateWithCli(PRESETS[id].scenario).results.map(({ modality, works }) => ({ modality, works }));
    expect(await verdicts(page)).toEqual(expected);
    await page.context().close();
  });
});

describe('playground by keyboard', () => {
  it('disables federation with the keyboard alone and announces the new verdict', async () => {
    const page = await (await newContext(browser)).newPage();
    await openPlayground(page);
    await page.locator('[data-preset="both-on-lync-online"]').focus();
    // Tab through the presets and the tenant's fields to the Domain Federation radios.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const checked = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
      if (checked) break;
    }
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const im = page.locator('[data-modality="im"]');
    await expect(im.getAttribute('data-works')).resolves.toBe('false');
    expect(await im.locator('[data-reason]').evaluateAll((els) => els.map((el) => el.getAttribute('data-reason')))).toContain('tenant-federation-disabled');
    const status = await page.getByTestId('playground-announcer').textContent();
    expect(status).toContain('IM: Blocked');
    await page.context().close();
  });
});

describe('playground code on first use', () => {
  /** The playground's own module, as the island names it. */
  const playgroundModule = (page: Page) => page.locator('astro-island:has([data-widget="playground"])').getAttribute('component-url');

  it('fetches its code after the page has loaded, at idle, runs it at the first touch, and fetches nothing more then', async () => {
    const page = await (await newContext(browser)).newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${baseUrl()}/playground/`, { waitUntil: 'load' });
    const module = await playgroundModule(page);
    expect(module).toMatch(/^\/_astro\/Playground\./);
    // Above the fold: warmed once the page has loaded and the browser is idle.
    await expect.poll(() => fetched.includes(module ?? '')).toBe(true);
    await moduleLoaded(page, module!);
    const startedAfterLoad = await page.evaluate((url) => {
      const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
      const entry = performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === url);
      return entry !== undefined && entry.startTime >= loaded;
    }, module);
    expect(startedAfterLoad, 'the playground code is requested after the load event').toBe(true);
    // Warm but not run: hydrating at idle would block a reader who scrolls just then.
    await page.waitForTimeout(300);
    expect(await page.locator('astro-island[ssr] [data-widget="playground"]').count()).toBe(1);
    const before = fetched.length;
    await page.locator('[data-widget="playground"] input[type="radio"][value="disabled"]').first().check();
    await expect.poll(() => page.locator('[data-modality="im"]').getAttribute('data-works')).toBe('false');
    expect(await page.locator('astro-island:not([ssr]) [data-widget="playground"]').count()).toBe(1);
    await page.waitForLoadState('networkidle');
    expect(fetched.slice(before).filter((path) => path.endsWith('.js'))).toEqual([]);
    await page.context().close();
  });

  it('keeps a choice set by script before the code arrived (a form filler, or a test)', async () => {
    const page = await (await newContext(browser)).newPage();
    const { requested, release } = await holdRequests(page, componentModule('Playground'));
    await page.goto(`${baseUrl()}/playground/`, { waitUntil: 'load' });
    await requested;
    expect(await page.locator('astro-island[ssr] [data-widget="playground"]').count()).toBe(1);
    // selectOption sets the value and dispatches input and change from script: untrusted events.
    await page.locator('[data-widget="playground"] select:has(option[value="windows-live-messenger"])').selectOption('windows-live-messenger');
    await release();
    await expect.poll(() => page.locator('[data-modality="audio"]').getAttribute('data-works')).toBe('false');
    await expect.poll(() => page.url()).toContain('p=messenger');
    await page.context().close();
  });

  it('a Copy link press before the code arrives still copies the link', async () => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const { requested, release } = await holdRequests(page, componentModule('Playground'));
    await page.goto(`${baseUrl()}/playground/`, { waitUntil: 'load' });
    await requested;
    expect(await page.locator('astro-island[ssr] [data-widget="playground"]').count()).toBe(1);
    // Visible with JavaScript even before hydration; the press is replayed once the code is there.
    await page.locator('[data-widget="playground"] [data-share="link"]').click();
    await release();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/playground\/\?ck=[0-9a-z]{5}&v=1/);
    await context.close();
  });

  it('keeps what the reader chose before the code arrived', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems = watch(page);
    const { requested, release } = await holdRequests(page, componentModule('Playground'));
    await page.goto(`${baseUrl()}/playground/`, { waitUntil: 'load' });
    await requested;
    // The code is on its way (held here): the change made meanwhile is replayed once it arrives.
    await page.locator('[data-widget="playground"] input[type="radio"][value="disabled"]').first().check();
    expect(await page.locator('astro-island[ssr] [data-widget="playground"]').count()).toBe(1);
    await release();
    await page.locator('astro-island:not([ssr]) [data-widget="playground"]').waitFor();
    await expect.poll(() => page.locator('[data-modality="im"]').getAttribute('data-works')).toBe('false');
    expect(await page.locator('[data-widget="playground"] input[type="radio"][value="disabled"]').first().isChecked()).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });
});

describe('playground accessibility', () => {
  it('has no axe violation with the trace expanded, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await (await newContext(browser, { colorScheme })).newPage();
      await openPlayground(page, scenarioQuery(PRESETS['partner-on-premises'].scenario));
      await page.locator('.lf-trace summary').click();
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    }
  });
  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const page = await (await newContext(browser, { viewport: { width: 320, height: 640 } })).newPage();
    await openPlayground(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
  it('shows a verdict without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/playground/`);
    const expected = evaluateWithCli(PRESETS['both-on-lync-online'].scenario).results.map(({ modality, works }) => ({ modality, works }));
    expect(await verdicts(page)).toEqual(expected);
    await context.close();
  });
});

describe('playground permalinks', () => {
  it('keeps the address in sync with every change and reopens exactly that state in a fresh browser', async () => {
    const page = await (await newContext(browser)).newPage();
    await openPlayground(page);
    const entries = await page.evaluate(() => history.length);
    await page.locator('[data-preset="partner-on-premises"]').click();
    await page.getByLabel('Partner discovery is on (open federation)').check();
    await page.getByLabel('Your user is enabled for external access (per-user tab; the article calls it User Information, exact label not confirmed)').uncheck();
    // The address follows on the next effect; wait for it rather than race it.
    await page.waitForURL(/user=no/);
    const url = page.url();
    expect(url).toContain('p=ls2010');
    expect(url).toContain('discovery=on');
    expect(url).toContain('user=no');
    // replaceState: changes add no history entries, so Back still leaves the page.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    const before = await verdicts(page);
    await page.context().close();

    const fresh = await (await newContext(browser)).newPage();
    await fresh.goto(url, { waitUntil: 'networkidle' });
    await fresh.locator('astro-island:not([ssr]) [data-widget="playground"]').waitFor();
    expect(await verdicts(fresh)).toEqual(before);
    expect(await fresh.getByLabel('Partner discovery is on (open federation)').isChecked()).toBe(true);
    await expect(fresh.getByTestId('playground-notice').count()).resolves.toBe(0);
    await fresh.context().close();
  });

  it('answers as of the date a link carries, and as of general availability without one', async () => {
    const page = await (await newContext(browser)).newPage();
    await openPlayground(page, '?v=1&pim=on&p=messenger&asof=2013-06-15');
    const widget = page.locator('[data-widget="playground"]');
    expect(await page.getByLabel('Answer as of (date)').inputValue()).toBe('2013-06-15');
    await expect.poll(() => widget.textContent()).toContain('(uncertain)');
    expect(await widget.textContent()).toContain('Windows Live Messenger was retired');
    await expect(page.getByTestId('playground-notice').count()).resolves.toBe(0);
    // The same link without the date: the answer of June 2011, as every link made before dates.
    await openPlayground(page, '?v=1&pim=on&p=messenger');
    expect(await page.getByLabel('Answer as of (date)').inputValue()).toBe('2011-06-28');
    expect(await widget.textContent()).not.toContain('Windows Live Messenger was retired');
    await page.context().close();
  });

  it('restores what it can from a tampered link and says what it could not', async () => {
    const page = await (await newContext(browser)).newPage();
    await openPlayground(page, "?v=1&fed=sometimes&list=good.com,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E,fine.org&you=contoso.com';rm");
    const notice = await page.getByTestId('playground-notice').textContent();
    expect(notice).toContain('fed=sometimes');
    expect(notice).toContain('Your tenant → domain');
    expect(notice).toContain('entry 2');
    // Nothing from the link is ever markup.
    expect(await page.locator('[data-widget="playground"] img').count()).toBe(0);
    const domains = await page.locator('[data-widget="playground"] fieldset.lf-list input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(domains).toEqual(['good.com', 'fine.org']);
    await page.context().close();
  });

  it('copies a forum answer with the verdict and the link', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await openPlayground(page, '?v=1&p=ls2010');
    await page.locator('[data-share="answer"]').click();
    await page.getByText('Forum answer copied.').waitFor();
    const answer = await page.evaluate(() => navigator.clipboard.readText());
    expect(answer).toContain('**Can contoso.com reach litwareinc.com (Lync Server 2010 on premises)?**');
    expect(answer).toContain('- IM: **blocked**');
    // On the published address (SITE_URL, the page's canonical origin), sealed (ck=…, link-seal.ts).
    const site = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
    expect(answer).toMatch(new RegExp(`<${site.replace(/[.]/g, '\\.')}/playground/\\?ck=[0-9a-z]{5}&v=1&p=ls2010>`));
    await context.close();
  });
});

describe('playground folded in a scenario page', () => {
  const PAGE = '/scenarios/partner-on-premises/';
  const expected = () => evaluateWithCli(PRESETS['partner-on-premises'].scenario).results.map(({ modality, works }) => ({ modality, works }));

  it('shows the verdicts and the settings without JavaScript, and no dead button', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`);
    const widget = page.locator('[data-widget="playground"]');
    expect(await verdicts(page)).toEqual(expected());
    expect(await widget.locator('.lf-settings').textContent()).toContain('litwareinc.com');
    expect(await widget.locator('[data-fix]').count()).toBeGreaterThan(0);
    expect(await widget.getByRole('button', { name: 'Change the settings' }).isVisible()).toBe(false);
    await context.close();
  });

  it('unfolds the form with the keyboard, before the code has arrived, and takes the focus into it', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems = watch(page);
    const { release } = await holdRequests(page, componentModule('Playground'));
    await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'load' });
    const widget = page.locator('[data-widget="playground"]');
    expect(await widget.locator('input, select').count()).toBe(0);
    // Enter while the code is still on its way: a click that is replayed once the code is there.
    await widget.getByRole('button', { name: 'Change the settings' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('astro-island[ssr] [data-widget="playground"]').count()).toBe(1);
    await release();
    const domain = widget.getByLabel('Your SIP domain');
    await domain.waitFor();
    await expect.poll(() => domain.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await widget.getByRole('button', { name: 'Change the settings' }).count()).toBe(0);
    // The whole playground is there, starting from the page's scenario.
    expect(await verdicts(page)).toEqual(expected());
    expect(await widget.locator('[data-share="link"]').count()).toBe(1);
    expect(await widget.locator('.lf-trace').count()).toBe(1);
    await widget.getByLabel('Their Edge allows federated users').uncheck();
    await expect.poll(() => page.locator('[data-modality="im"]').getAttribute('data-works')).toBe('false');
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('unfolds on a click, and has no axe violation folded or unfolded, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await (await newContext(browser, { colorScheme })).newPage();
      const problems = watch(page);
      await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'networkidle' });
      expect(await axe(page)).toEqual([]);
      await page.locator('[data-widget="playground"]').getByRole('button', { name: 'Change the settings' }).click();
      await page.locator('[data-widget="playground"]').getByLabel('Your SIP domain').waitFor();
      expect(await axe(page)).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      await page.context().close();
    }
  });
});
