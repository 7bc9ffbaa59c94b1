import { chromium, type Browser, type BrowserContext, type Frame, type Locator, type Page, type Request } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inject } from 'vitest';

import { BROWSER_ENV, CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../bench/chromium.ts';

export { CHROMIUM_PATH };

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true, env: BROWSER_ENV });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** Every built page, read from the sitemap the build wrote, as paths on the test server. */
export async function sitemapPaths(): Promise<string[]> {
  const index = await (await fetch(`${baseUrl()}/sitemap-index.xml`)).text();
  const paths: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await fetch(`${baseUrl()}${new URL(sitemap ?? '').pathname}`)).text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc ?? '').pathname);
  }
  return paths;
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
}

/** Records console errors, uncaught exceptions and failed or 4xx/5xx requests of a page. */
export function watch(page: Page): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  // A fetch the browser cancels because the reader left the page (a widget's code warming at idle
  // when a link is followed) is not a failure of the site: count the page's navigations and let an
  // abort pass only for a request made before the latest one.
  let navigations = 0;
  const madeDuring = new WeakMap<Request, number>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations++;
    madeDuring.set(request, navigations);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (error === 'net::ERR_ABORTED' && !request.isNavigationRequest() && (madeDuring.get(request) ?? navigations) < navigations) return;
    // Nor is a prefetch the browser drops (Astro's link prefetch, still in flight when the test
    // closes the page: seen under load, when prefetches are slow): it asks for nothing a reader waits on.
    if (error === 'net::ERR_ABORTED' && /prefetch/i.test(request.headers()['sec-purpose'] ?? request.headers()['purpose'] ?? '')) return;
    problems.failedRequests.push(`${request.url()} ${error}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  return problems;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page with the tags the project promises, returning its violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } };
    const result = await w.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
}

/**
 * Every test page runs under the site's real Content Security Policy (no bypassCSP): a test that
 * needs something the policy forbids has found a page that would break for readers too. axe is
 * injected with page.evaluate, which runs through the DevTools protocol and is not subject to it.
 */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext(options);
}

/**
 * Widgets fetch their code when the reader first uses them (client:interaction), or at once when
 * the address carries their link parameters. A test that drives a hydrated widget wakes it as a
 * keyboard reader would, by focusing its first visible control (then letting go of the focus, so a test's
 * own keyboard walk starts where it expects), and waits until Astro has hydrated it.
 */
export async function wakeWidget(scope: Page | Frame, widget: string): Promise<void> {
  // First the document must have run its scripts: the directive that hears the reader's first reach
  // is armed by a deferred script, and an embed's iframe is lazy (loading="lazy": the host page's
  // load does not wait for it), so a focus the moment the widget is parsed would wake nothing (the
  // sandboxed embed's test failed so, now and then, on a loaded machine).
  await scope.locator(`[data-widget="${widget}"]`).first().waitFor({ state: 'attached', timeout: 55_000 });
  await scope.waitForFunction(() => document.readyState === 'complete', undefined, { timeout: 55_000 });
  const hydrated = scope.locator(`astro-island:not([ssr]) [data-widget="${widget}"]`).first();
  if ((await hydrated.count()) === 0) {
    const control = scope.locator(`[data-widget="${widget}"]`).first().locator(':is(input, select, textarea, button, summary):visible').first();
    await control.focus();
    await control.evaluate((element) => (element as HTMLElement).blur());
  }
  // Up to the test's own time: on a loaded machine a widget in a sandboxed frame, its scripts
  // fetched with CORS through the host emulator, has taken more than the locator's 30 s default.
  await hydrated.waitFor({ timeout: 55_000 });
}

/** Opens a page of the built site at `path` (with its query), scrolls `widget` into view and wakes it (wakeWidget). */
export async function openWidget(page: Page, path: string, widget: string): Promise<Locator> {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
  const locator = page.locator(`[data-widget="${widget}"]`);
  await locator.scrollIntoViewIfNeeded();
  await wakeWidget(page, widget);
  return locator;
}
