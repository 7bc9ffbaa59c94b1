/**
 * The focused widgets on their pages: the modality matrix (build-time table linking to the
 * playground), the Domain Federation tab, the Public IM impact and the command builder. Each is
 * driven the way a reader would, checked against the rules' CLI where a verdict is shown, run
 * through axe in an interacted state in both themes, at 320 px, and without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { MATRIX, MODALITIES, PLATFORMS } from '../../src/rules/index.ts';
import { toScenarioInput } from '../../src/share/playground-draft.ts';
import { decodePlaygroundParams } from '../../src/share/playground-params.ts';
import { axe, baseUrl, launch, newContext, watch, wakeWidget } from './browser.ts';
import { evaluateWithCli } from './cli.ts';
import { componentModule, dropRequests, moduleLoaded } from './code-requests.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MATRIX_PAGE = '/concepts/partners-and-modalities/';
const DOMAIN_FEDERATION_PAGE = '/configure/domain-federation/';
const PUBLIC_IM_PAGE = '/configure/public-im/';
const ON_PREMISES_PAGE = '/configure/partner-commands/'; // the command builder's page

async function open(page: Page, path: string) {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
}

/** Scrolls a widget into view and wakes it (see wakeWidget). */
async function hydrated(page: Page, widget: string): Promise<Locator> {
  const locator = page.locator(`[data-widget="${widget}"]`);
  await locator.scrollIntoViewIfNeeded();
  await wakeWidget(page, widget);
  return locator;
}

/**
 * How far the widgets stick out of a narrow viewport: each widget's right edge past the viewport,
 * and any overflow inside it (the matrix's own scroll region excepted: it scrolls by design).
 */
async function widgetOverflow(page: Page) {
  return page.evaluate(() => {
    let worst = 0;
    for (const widget of Array.from(document.querySelectorAll<HTMLElement>('[data-widget]'))) {
      worst = Math.max(worst, widget.getBoundingClientRect().right - document.documentElement.clientWidth);
      for (const el of Array.from(widget.querySelectorAll<HTMLElement>('*'))) {
        if (el.closest('.lf-matrix-scroll, pre')) continue;
        worst = Math.max(worst, el.getBoundingClientRect().right - widget.getBoundingClientRect().right);
      }
    }
    return worst;
  });
}

describe('modality matrix', () => {
  it('is a captioned table with header cells, computed by the rules, and notes the OCS 2007 uncertainty', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, MATRIX_PAGE);
    const table = page.locator('[data-widget="modality-matrix"] table');
    expect(await table.locator('caption').textContent()).toContain('What works');
    expect(await table.locator('thead th[scope="col"]').count()).toBe(MODALITIES.length + 1);
    expect(await table.locator('tbody th[scope="row"]').count()).toBe(PLATFORMS.length);
    expect(await table.locator('td').count()).toBe(MODALITIES.length * PLATFORMS.length);
    const audio = table.locator('tr[data-platform="ocs-2007"] td[data-modality="audio"] a');
    expect(await audio.textContent()).toContain('Works — uncertain');
    const note = await audio.getAttribute('aria-describedby');
    expect(await page.locator(`#${note}`).textContent()).toContain('uncertain');
    expect(await table.locator('tr[data-platform="windows-live-messenger"] td[data-modality="video"]').textContent()).toContain('Not supported');
    await page.context().close();
  });

  it.each([
    ['lync-online', 'im'],
    ['ocs-2007', 'video'],
    ['windows-live-messenger', 'audio'],
    ['lync-server-2010', 'file-transfer'],
  ])('a %s / %s cell opens that scenario in the playground with the same verdict', async (platform, modality) => {
    const page = await (await newContext(browser)).newPage();
    const problems = watch(page);
    await open(page, MATRIX_PAGE);
    const cell = page.locator(`tr[data-platform="${platform}"] td[data-modality="${modality}"]`);
    const works = await cell.getAttribute('data-works');
    const href = (await cell.locator('a').getAttribute('href'))!;
    const link = decodePlaygroundParams(href.slice(href.indexOf('?')));
    expect(link.problems).toEqual([]);
    // The rules' CLI agrees with the cell for the linked scenario.
    expect(String(evaluateWithCli(toScenarioInput(link.draft)).results[0]!.works)).toBe(works);

    await cell.locator('a').click();
    await page.waitForURL(/\/playground\/\?(ck=[0-9a-z]{5}&)?v=1/);
    await page.locator('astro-island:not([ssr]) [data-widget="playground"]').waitFor();
    const verdicts = page.locator('[data-widget="playground"] [data-modality]');
    await expect.poll(() => verdicts.count()).toBe(1);
    expect(await verdicts.first().getAttribute('data-modality')).toBe(modality);
    expect(await verdicts.first().getAttribute('data-works')).toBe(works);
    expect(await page.getByTestId('playground-notice').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('ships no client JavaScript for the table and needs none', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, MATRIX_PAGE);
    const supported = Object.values(MATRIX).flatMap((row) => Object.values(row)).filter((cell) => cell.supported).length;
    expect(await page.locator('[data-widget="modality-matrix"] td[data-works="true"]').count()).toBe(supported);
    expect(await page.locator('astro-island [data-widget="modality-matrix"]').count()).toBe(0);
    await context.close();
  });
});

describe('Domain Federation tab', () => {
  it('changes the verdict with the mode and the list, with the rules’ reason and control-panel step', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems = watch(page);
    await open(page, DOMAIN_FEDERATION_PAGE);
    const widget = await hydrated(page, 'domain-federation-tab');
    const verdict = widget.getByTestId('dft-verdict');
    expect(await verdict.getAttribute('data-lets')).toBe('true');
    // Waking the widget changes nothing, so the live region says nothing: the verdict is on the page.
    await page.waitForTimeout(300);
    expect(await widget.getByTestId('widget-announcer').textContent()).toBe('');

    await widget.getByLabel('Block federation with all domains except those I allow').check();
    expect(await verdict.getAttribute('data-lets')).toBe('false');
    expect(await widget.locator('[data-reason]').evaluateAll((els) => els.map((el) => el.getAttribute('data-reason')))).toEqual(['tenant-partner-domain-not-allowed']);
    expect(await widget.locator('[data-fix="tenant-partner-domain-not-allowed"]').textContent()).toContain('Add domain → fabrikam.com');
    await expect.poll(() => widget.getByTestId('widget-announcer').textContent()).toContain('Your side stops fabrikam.com');

    await widget.getByRole('button', { name: 'Add allowed domain' }).click();
    await widget.getByLabel('Allowed domain 1').fill('FABRIKAM.com');
    expect(await verdict.getAttribute('data-lets')).toBe('true');

    await widget.getByLabel('Allow federation with all domains except those I block').check();
    expect(await verdict.getAttribute('data-lets')).toBe('false');
    expect(await widget.locator('[data-reason]').first().getAttribute('data-reason')).toBe('tenant-blocks-partner-domain');

    await widget.getByLabel('Disable federation').check();
    expect(await widget.locator('[data-reason]').first().getAttribute('data-reason')).toBe('tenant-federation-disabled');
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard: arrow keys move through the modes', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, DOMAIN_FEDERATION_PAGE);
    const widget = await hydrated(page, 'domain-federation-tab');
    await widget.getByLabel('Allow federation with all domains except those I block').focus();
    await page.keyboard.press('ArrowDown');
    expect(await widget.getByTestId('dft-verdict').getAttribute('data-lets')).toBe('false');
    await page.keyboard.press('ArrowUp');
    expect(await widget.getByTestId('dft-verdict').getAttribute('data-lets')).toBe('true');
    await page.context().close();
  });

  it('explains a malformed domain in the field and the result', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, DOMAIN_FEDERATION_PAGE);
    const widget = await hydrated(page, 'domain-federation-tab');
    await widget.getByLabel('Partner domain').fill('fabrikam com');
    const error = widget.getByTestId('dft-error');
    expect(await error.textContent()).toContain('Partner → domain');
    expect(await error.textContent()).toContain('a space');
    expect(await widget.getByLabel('Partner domain').getAttribute('aria-invalid')).toBe('true');

    await widget.getByLabel('Partner domain').fill('fabrikam.com');
    await widget.getByRole('button', { name: 'Add blocked domain' }).click();
    expect(await error.textContent()).toContain('domain list, entry 1');
    expect(await widget.locator('.lf-list .lf-field-error').textContent()).toContain('Entry 1');
    await page.context().close();
  });
});

describe('a widget whose code cannot be fetched', () => {
  it('says so in place, keeps the preset readable and what the reader did, and works after "Try again"', async () => {
    const page = await (await newContext(browser)).newPage();
    // The widget's own module and its renderer fail, as on a dropped phone connection (or after a
    // deploy that replaced the files), from the warm-up at idle to the reader's touch.
    const { dropped, restore } = await dropRequests(page, new RegExp(`${componentModule('DomainFederationTab').source}|${componentModule('client').source}`));
    await open(page, DOMAIN_FEDERATION_PAGE);
    const widget = page.locator('[data-widget="domain-federation-tab"]');
    const notice = page.getByTestId('widget-load-failed');
    // The warm-up failed quietly: the reader has not asked for anything yet.
    await expect.poll(() => dropped.length).toBeGreaterThan(0);
    expect(await notice.count()).toBe(0);

    await widget.getByLabel('Block federation with all domains except those I allow').check();
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.textContent()).toContain('could not be loaded');
    expect(await notice.textContent()).toContain('what you typed is kept');
    // The server-rendered widget stays: its preset verdict, readable, next to the reader's choice.
    expect(await widget.getByTestId('dft-verdict').getAttribute('data-lets')).toBe('true');
    expect(await widget.getByTestId('dft-verdict').isVisible()).toBe(true);
    expect(await widget.getByLabel('Block federation with all domains except those I allow').isChecked()).toBe(true);
    // Typing goes on while the code is missing, and asks for nothing more until the reader does.
    // Counted in fresh attempts: the loader's own retry of the last one may still land a second later.
    const attempts = () => dropped.filter((path) => !path.includes('astro-retry=')).length;
    const requests = attempts();
    await widget.getByLabel('Partner domain').fill('northwind.com');
    await page.waitForTimeout(300);
    expect(attempts()).toBe(requests);
    expect(await axe(page)).toEqual([]);

    // Still failing: the notice stays, its button usable again. The press must reach the network:
    // counted in every request, the loader's retries included, since a browser that keeps a failed
    // import in its module map (the pinned Chromium 153 does) reaches it only through Astro's
    // own retry address (?astro-retry=), a second after the plain import fails. Counted from after
    // that second, so the loader's retry of the earlier attempt is not taken for this one.
    await page.waitForTimeout(1200);
    const before = dropped.length;
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => dropped.length, { timeout: 5000 }).toBeGreaterThan(before);
    await notice.getByRole('button', { name: 'Try again' }).waitFor();
    expect(await notice.getByRole('button', { name: 'Try again' }).isEnabled()).toBe(true);

    // The connection is back: one press and the widget answers everything the reader did.
    await restore();
    await notice.getByRole('button', { name: 'Try again' }).click();
    await page.locator('astro-island:not([ssr]) [data-widget="domain-federation-tab"]').waitFor();
    expect(await notice.count()).toBe(0);
    await expect.poll(() => widget.getByTestId('dft-verdict').getAttribute('data-lets')).toBe('false');
    expect(await widget.getByLabel('Partner domain').inputValue()).toBe('northwind.com');
    expect(await widget.locator('[data-fix="tenant-partner-domain-not-allowed"]').textContent()).toContain('Add domain → northwind.com');
    await page.context().close();
  });
});

describe('Public IM impact', () => {
  it('far below the fold, fetches nothing until the reader scrolls near it, then warms, and runs at the touch', async () => {
    const page = await (await newContext(browser, { viewport: { width: 412, height: 823 } })).newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await open(page, PUBLIC_IM_PAGE);
    const island = page.locator('astro-island:has([data-widget="public-im-impact"])');
    const module = (await island.getAttribute('component-url'))!;
    // More than a screen below the fold (the warm-up's margin): nothing fetched.
    expect(await page.evaluate(() => document.querySelector('[data-widget="public-im-impact"]')!.getBoundingClientRect().top)).toBeGreaterThan(2 * 823);
    await page.waitForTimeout(500);
    expect(fetched).not.toContain(module);
    // Scrolled to the choice the reader will tap, so the touch scrolls nothing further into reach
    // (a widget below that comes near warms its own code, which is not this touch's doing).
    const pending = page.locator('[data-widget="public-im-impact"]').getByLabel('Enabled, provisioning not finished');
    await pending.scrollIntoViewIfNeeded();
    await expect.poll(() => fetched.includes(module)).toBe(true);
    await moduleLoaded(page, module);
    expect(await page.locator('astro-island[ssr] [data-widget="public-im-impact"]').count()).toBe(1);
    const warmed = fetched.length;
    await pending.check();
    await page.locator('astro-island:not([ssr]) [data-widget="public-im-impact"]').waitFor();
    await expect.poll(() => page.getByTestId('pim-account').getAttribute('data-moved')).toBe('true');
    expect(fetched.slice(warmed).filter((path) => path.endsWith('.js'))).toEqual([]);
    await page.context().close();
  });

  it('pending: the Messenger account moves, Messenger contacts wait, and the delay is shown', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems = watch(page);
    await open(page, PUBLIC_IM_PAGE);
    const widget = await hydrated(page, 'public-im-impact');
    expect(await widget.getByTestId('pim-account').getAttribute('data-moved')).toBe('false');
    expect(await widget.getByTestId('pim-contacts').getAttribute('data-works')).toBe('false');
    expect(await widget.locator('[data-reason="tenant-public-im-disabled"]').count()).toBe(1);

    await widget.getByLabel('Enabled, provisioning not finished').check();
    expect(await widget.getByTestId('pim-account').getAttribute('data-moved')).toBe('true');
    expect(await widget.getByTestId('pim-account').textContent()).toContain('tommy@mydomain.com can no longer sign in to Messenger');
    expect(await widget.locator('[data-warning="public-im-moves-messenger-domain"]').count()).toBe(1);
    expect(await widget.getByTestId('pim-contacts').getAttribute('data-works')).toBe('false');
    expect(await widget.locator('[data-reason="tenant-public-im-pending"]').count()).toBe(1);
    expect(await widget.getByTestId('pim-delay').textContent()).toContain('takes time');
    await expect.poll(() => widget.getByTestId('widget-announcer').textContent()).toContain('Provisioning takes a while');

    await widget.getByLabel('Enabled, provisioning finished').check();
    expect(await widget.getByTestId('pim-contacts').getAttribute('data-works')).toBe('true');
    expect(await widget.getByTestId('pim-delay').count()).toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('an account outside the domain stays on Messenger; a malformed one is explained', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, PUBLIC_IM_PAGE);
    const widget = await hydrated(page, 'public-im-impact');
    await widget.getByLabel('Enabled, provisioning finished').check();
    const account = widget.getByLabel('A Messenger account in your domain');
    await account.fill('tommy@otherdomain.com');
    expect(await widget.getByTestId('pim-account').getAttribute('data-moved')).toBe('false');
    await account.fill('tommy@mydomain');
    expect(await widget.getByTestId('pim-account').textContent()).toContain('Partner → Messenger address');
    expect(await account.getAttribute('aria-invalid')).toBe('true');
    await widget.getByLabel('Your domain', { exact: true }).fill('my domain.com');
    expect(await widget.getByTestId('pim-contacts').textContent()).toContain('Your tenant → domain');
    await page.context().close();
  });
});

describe('command builder', () => {
  it('direct federation: New-CsAllowedDomain for your domain, highlighted, no hosting provider', async () => {
    const page = await (await newContext(browser)).newPage();
    const problems = watch(page);
    await open(page, ON_PREMISES_PAGE);
    const widget = await hydrated(page, 'command-builder');
    await widget.getByLabel('Your Lync Online domain').fill('northwindtraders.com');
    const steps = widget.getByTestId('cb-steps');
    const text = await steps.textContent();
    expect(text).toContain("New-CsAllowedDomain -Identity 'northwindtraders.com' -ProxyFqdn 'sipfed.online.lync.com'");
    expect(text).toContain("Set-CsAllowedDomain -Identity 'northwindtraders.com' -ProxyFqdn 'sipfed.online.lync.com'");
    expect(text).not.toContain('New-CsHostingProvider');
    // Build-time tokens, filled with the reader's domain.
    expect(await steps.locator('[data-step="route"] pre span[style]').count()).toBeGreaterThan(3);
    expect(await widget.locator('[data-modality="im"]').getAttribute('data-works')).toBe('true');
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('hosting provider: New-CsHostingProvider, and with partner discovery the all-Office 365 warning', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, ON_PREMISES_PAGE);
    const widget = await hydrated(page, 'command-builder');
    await widget.getByLabel('Hosting provider (Lync Online as a hosting provider)').check();
    const steps = widget.getByTestId('cb-steps');
    expect(await steps.getAttribute('data-route')).toBe('hosting-provider');
    expect(await steps.locator('[data-step="route"]').textContent()).toContain("New-CsHostingProvider -Identity 'LyncOnline' -ProxyFqdn 'sipfed.online.lync.com' -Enabled $True");
    // Without discovery, the rules still ask for an allowed-domain entry.
    expect(await steps.locator('[data-step="admit"]').textContent()).toContain("New-CsAllowedDomain -Identity 'contoso.com'");

    await widget.getByLabel('Open federation: partner discovery is on at their Edge').check();
    expect(await steps.locator('[data-step="admit"]').count()).toBe(0);
    expect(await steps.locator('[data-step="edge"]').textContent()).toContain('-EnablePartnerDiscovery $True');
    expect(await widget.locator('[data-warning="hosting-provider-opens-all-office365"]').count()).toBe(1);
    await page.context().close();
  });

  it('OCS 2007 R2: the Edge Allow-tab steps, no route choice', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, ON_PREMISES_PAGE);
    const widget = await hydrated(page, 'command-builder');
    await widget.getByLabel('OCS 2007 R2').check();
    expect(await widget.getByText('Route to Lync Online').count()).toBe(0);
    const text = await widget.getByTestId('cb-steps').textContent();
    expect(text).toContain('Allow tab → Add');
    expect(text).toContain('Federated partner Access Edge Server: sipfed.online.lync.com');
    expect(text).not.toContain('New-Cs');
    await page.context().close();
  });

  it('rejects a malformed domain with a message, then recovers', async () => {
    const page = await (await newContext(browser)).newPage();
    await open(page, ON_PREMISES_PAGE);
    const widget = await hydrated(page, 'command-builder');
    const field = widget.getByLabel('Your Lync Online domain');
    await field.fill('contoso');
    const error = widget.getByTestId('cb-error');
    expect(await error.textContent()).toContain('Your tenant → domain');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await widget.getByTestId('cb-steps').count()).toBe(0);
    await expect.poll(() => widget.getByTestId('widget-announcer').textContent()).toContain('No commands');
    await field.fill('contoso.com');
    expect(await widget.getByTestId('cb-steps').textContent()).toContain("New-CsAllowedDomain -Identity 'contoso.com'");
    await page.context().close();
  });
});

describe('widgets: accessibility, small screens, no JavaScript', () => {
  it('the matrix page has no axe violation, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await (await newContext(browser, { colorScheme })).newPage();
      await open(page, MATRIX_PAGE);
      await page.locator('tr[data-platform="ocs-2007"] td[data-modality="audio"] a').focus();
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('the Domain Federation and Public IM pages have no axe violation with their widgets changed, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await (await newContext(browser, { colorScheme })).newPage();
      await open(page, DOMAIN_FEDERATION_PAGE);
      const tab = await hydrated(page, 'domain-federation-tab');
      await tab.getByLabel('Block federation with all domains except those I allow').check();
      await tab.getByRole('button', { name: 'Add allowed domain' }).click();
      await tab.getByLabel('Allowed domain 1').fill('bad domain');
      expect(await axe(page)).toEqual([]);
      await open(page, PUBLIC_IM_PAGE);
      const pim = await hydrated(page, 'public-im-impact');
      await pim.getByLabel('Enabled, provisioning not finished').check();
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    }
  });

  it('the command builder page has no axe violation with the hosting-provider route, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await (await newContext(browser, { colorScheme })).newPage();
      await open(page, ON_PREMISES_PAGE);
      const widget = await hydrated(page, 'command-builder');
      await widget.getByLabel('Hosting provider (Lync Online as a hosting provider)').check();
      await widget.getByLabel('Open federation: partner discovery is on at their Edge').check();
      expect(await axe(page)).toEqual([]);
      await widget.getByLabel('Your Lync Online domain').fill('contoso');
      expect(await axe(page)).toEqual([]);
      await page.context().close();
    }
  });

  it.each([MATRIX_PAGE, DOMAIN_FEDERATION_PAGE, PUBLIC_IM_PAGE, ON_PREMISES_PAGE])('the widgets on %s fit a 320 px wide screen', async (path) => {
    const page = await (await newContext(browser, { viewport: { width: 320, height: 640 } })).newPage();
    await open(page, path);
    for (const widget of await page.locator('[data-widget]').all()) {
      await widget.scrollIntoViewIfNeeded();
    }
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-widget]').count()).toBeGreaterThan(0);
    expect(await widgetOverflow(page)).toBeLessThanOrEqual(0.5);
    await page.context().close();
  });

  it('renders each widget’s preset verdict without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await open(page, DOMAIN_FEDERATION_PAGE);
    expect(await page.getByTestId('dft-verdict').getAttribute('data-lets')).toBe('true');
    await open(page, PUBLIC_IM_PAGE);
    expect(await page.getByTestId('pim-account').getAttribute('data-moved')).toBe('false');
    expect(await page.getByTestId('pim-contacts').getAttribute('data-works')).toBe('false');
    expect(await page.locator('[data-widget="public-im-impact"] [data-reason="tenant-public-im-disabled"]').count()).toBe(1);
    await open(page, ON_PREMISES_PAGE);
    expect(await page.getByTestId('cb-steps').textContent()).toContain("New-CsAllowedDomain -Identity 'contoso.com' -ProxyFqdn 'sipfed.online.lync.com'");
    expect(await page.locator('[data-widget="command-builder"] [data-modality="im"]').getAttribute('data-works')).toBe('true');
    await context.close();
  });
});
