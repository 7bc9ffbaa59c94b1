/**
 * The Edge configuration reader in a real browser: every fixture read as the pure reader reads it,
 * the verdicts the rules give, the unread lines listed, the UTF-16 file opened, the playground link
 * carrying the settings and nothing else, no request off the test server, axe in both themes,
 * 320 px, and the worked example without JavaScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidedEvaluation, evaluatePartner, judgePartner, readEdgeConfig, toPartner } from '../../src/tools/edge-config/index.ts';
import { decodeText } from '../../src/tools/trace/decode.ts';
import { axe, baseUrl, launch, newContext, wakeWidget } from './browser.ts';

const PAGE = '/troubleshooting/edge-config/';
const dir = fileURLToPath(new URL('../fixtures/edge-config/', import.meta.url));
const FIXTURES = readdirSync(dir).sort().map((file) => [file, decodeText(readFileSync(join(dir, file)))] as const);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function localContext(options: Parameters<typeof newContext>[1] = {}): Promise<{ context: BrowserContext; offMachine: string[] }> {
  const context = await newContext(browser, options);
  const offMachine: string[] = [];
  const site = new URL(baseUrl()).origin;
  await context.route(/^https?:\/\//, (route) => {
    if (new URL(route.request().url()).origin === site) return route.fallback();
    offMachine.push(route.request().url());
    return route.abort();
  });
  return { context, offMachine };
}

describe('Edge configuration reader', () => {
  it('reads every fixture as the reader does, with the verdicts the rules give, and sends nothing anywhere', async () => {
    const { context, offMachine } = await localContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'networkidle' });
    await wakeWidget(page, 'edge-config');
    const widget = page.locator('[data-widget="edge-config"]');
    const box = widget.getByLabel('Lync Server Management Shell output');
    for (const [file, text] of FIXTURES) {
      const read = readEdgeConfig(text);
      if (!read.ok) throw new Error(`${file}: ${read.message}`);
      await box.fill(text);
      const view = page.getByTestId('edge-read');
      await expect.poll(() => view.getAttribute('data-cmdlets'), { timeout: 5000 }).toBe(read.value.cmdlets.join(' '));
      expect(await view.getAttribute('data-unread'), file).toBe(String(read.value.unread.length));
      const mapped = toPartner(read.value);
      const evaluation = evaluatePartner(mapped.partner, 'contoso.com');
      if (!evaluation.ok) throw new Error(evaluation.message);
      // Settings the paste does not show are unknown: the page shows the rules' verdicts only when
      // the paste decides them, and "undecided" where it does not, as the CLI does.
      const verdict = judgePartner(mapped, 'contoso.com');
      const decided = decidedEvaluation(evaluation.evaluation, verdict);
      const expected = decided ? decided.results.map((r) => `${r.modality}:${r.works}`) : verdict.modalities.map((m) => `${m.modality}:${m.decided ? m.works : 'undecided'}`);
      await expect.poll(() => page.locator('[data-testid="edge-result"] .lf-verdict').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-modality')}:${i.getAttribute('data-works')}`)), { timeout: 5000 }).toEqual(expected);
    }
    await box.fill('Hello, can anyone help?');
    expect(await page.getByTestId('edge-error').textContent()).toContain('Nothing in this paste is Lync Server 2010 Edge configuration');
    expect(offMachine).toEqual([]);
    await context.close();
  });

  it('opens a UTF-16 file saved from a redirect, and its playground link carries only the settings', async () => {
    const { context } = await localContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'networkidle' });
    await wakeWidget(page, 'edge-config');
    const widget = page.locator('[data-widget="edge-config"]');
    await widget.getByLabel('Or open the file').setInputFiles(join(dir, 'utf16-redirect.txt'));
    await page.locator('[data-setting="federationEnabled"][data-read="true"] code', { hasText: 'False' }).waitFor();
    await widget.getByLabel('Lync Server Management Shell output').fill(FIXTURES.find(([f]) => f === 'errors-and-policies.txt')?.[1] ?? '');
    await widget.getByLabel('Your Lync Online domain').fill('fabrikam.com');
    const href = (await page.getByTestId('edge-open-playground').getAttribute('href')) ?? '';
    expect(href.startsWith('/playground/?v=1&')).toBe(true);
    expect(decodeURIComponent(href)).toContain('you=fabrikam.com');
    for (const secret of ['pool01', 'Redmond', 'kenmyer', 'CategoryInfo']) expect(decodeURIComponent(href)).not.toContain(secret);
    await page.goto(`${baseUrl()}${href}`, { waitUntil: 'networkidle' });
    expect(page.url()).toContain('/playground/');
    await context.close();
  });

  it('has no axe violation with results shown, in both themes, and fits 320 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context } = await localContext({ colorScheme, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'networkidle' });
      await wakeWidget(page, 'edge-config');
      await page.locator('[data-widget="edge-config"]').getByLabel('Lync Server Management Shell output').fill(FIXTURES.find(([f]) => f === 'errors-and-policies.txt')?.[1] ?? '');
      await page.getByTestId('edge-unread').waitFor();
      expect(await axe(page), colorScheme).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it('shows its worked example without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`);
    expect(await page.locator('[data-testid="edge-result"] [data-reason="partner-proxy-fqdn-missing"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-setting="hostingProviders"]').getAttribute('data-read')).toBe('true');
    await context.close();
  });
});

describe('the playground’s paste panel', () => {
  it('fills the on-premises partner from a paste, keeps what the paste does not show, and the link carries no paste', async () => {
    const { context, offMachine } = await localContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/playground/?v=1&p=ls2010&them=fabrikam.com&block=x.example`, { waitUntil: 'networkidle' });
    const panel = page.getByTestId('edge-paste-panel');
    await panel.locator('summary').click();
    await panel.getByRole('textbox').fill(FIXTURES.find(([f]) => f === 'format-table.txt')?.[1] ?? '');
    await panel.getByRole('button', { name: 'Fill in from the paste' }).click();
    const outcome = page.getByTestId('edge-paste-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('Not in the paste, left as you set them: their SIP domain, partner discovery, allowed domains, blocked domains');
    expect(await outcome.textContent()).toContain('Line 7 not read');
    // The form now holds what the paste showed, and the verdict follows it.
    await expect.poll(() => page.locator('[data-modality="im"]').first().getAttribute('data-works')).toBe('false');
    await expect.poll(() => page.url()).toContain('edge=off');
    expect(page.url()).toContain('them=fabrikam.com');
    expect(page.url()).toContain('block=x.example');
    expect(decodeURIComponent(page.url())).not.toContain('litware-partner');
    expect(offMachine).toEqual([]);
    await context.close();
  });
});

describe('the permalink', () => {
  it('copies the playground link of the result, which holds the settings and not the paste', async () => {
    const { context } = await localContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${PAGE}`, { waitUntil: 'networkidle' });
    await wakeWidget(page, 'edge-config');
    await page.locator('[data-widget="edge-config"]').getByLabel('Lync Server Management Shell output').fill(FIXTURES.find(([f]) => f === 'session-list.txt')?.[1] ?? '');
    await page.getByTestId('edge-copy-link').click();
    await page.getByText('Link copied').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // Copied links carry the site's published address (SITE_URL), not the one the reader is on.
    const url = new URL(copied);
    expect(`${url.pathname}${url.search}`).toBe(await page.getByTestId('edge-open-playground').getAttribute('href'));
    expect(decodeURIComponent(copied)).toContain('allow=contoso.com:');
    expect(decodeURIComponent(copied)).not.toContain('lyncadmin');
    await context.close();
  });
});
