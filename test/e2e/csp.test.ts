import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_WIDGETS } from '../../src/embed/widgets.ts';
import { DEFAULT_DOH_ENDPOINTS } from '../../src/tools/dns/doh.ts';
import { axe, baseUrl, launch, sitemapPaths, wakeWidget, watch } from './browser.ts';
import { builtFiles, DIST } from './dist.ts';

// The strict Content Security Policy gate (issue 8). Astro's security.csp writes the policy into
// every page (src/security/csp.ts). Here: (a) every built HTML file carries it once, strict for
// scripts, with every inline script and <style> it holds covered by a hash; (b) every page, embed
// and the 404 page loads in Chromium, policy enforced, with no violation and no console error,
// islands hydrated; (c) the paths that load code late or talk to other origins (search with its
// WebAssembly, the trace explainer's Web Worker, the DNS checker's resolvers) do too.

// ---- (a) The policy in the built files. ----

interface BuiltPage {
  /** Path inside dist/, e.g. "playground/index.html". */
  file: string;
  html: string;
}

const builtPages: BuiltPage[] = builtFiles('.html').map((path) => ({ file: relative(DIST, path).replace(/\\/g, '/'), html: readFileSync(path, 'utf8') }));

/** Astro writes a redirect as a small page with a meta refresh and nothing to run. */
const isRedirectPage = (html: string) => /<meta\s+http-equiv="refresh"/i.test(html);

const decodeAttribute = (value: string) =>
  value.replaceAll('&#39;', "'").replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');

/** The content of every <meta http-equiv="content-security-policy"> of a page. */
function cspMetas(html: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*\bhttp-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi)].map((match) => {
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(match[0]);
    return decodeAttribute(content?.[1] ?? content?.[2] ?? '');
  });
}

/** A policy as directive name → its source expressions; repeated names are listed apart. */
function parsePolicy(policy: string): { directives: Map<string, string[]>; repeated: string[] } {
  const directives = new Map<string, string[]>();
  const repeated: string[] = [];
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (directives.has(key)) repeated.push(key);
    else directives.set(key, values);
  }
  return { directives, repeated };
}

/** The directive the browser applies for a kind of resource: the first of the list the policy has. */
function effective(directives: Map<string, string[]>, ...fallbacks: string[]): string[] {
  for (const name of fallbacks) {
    const values = directives.get(name);
    if (values) return values;
  }
  return [];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Script types the browser runs (others are data blocks, outside the policy). */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript', 'speculationrules']);

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\ssrc\s*=/i.test(attributes))
    .filter(([, attributes = '']) => EXECUTABLE.has((/\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '').toLowerCase()))
    .map(([, , body = '']) => body);
}

const inlineStyles = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, body = '']) => body);

/** Event-handler attributes (onclick=…) and javascript: URLs: script the policy must block. */
const inlineHandlers = (html: string) =>
  [...html.matchAll(/<[a-z][^>]*?\s(on[a-z]+\s*=|(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:)[^>]*>/gi)].map((match) => match[0].slice(0, 120));

/** Only this origin, 'wasm-unsafe-eval' (Pagefind) and hashes may run script. */
const STRICT_SCRIPT_SOURCE = /^(?:'self'|'wasm-unsafe-eval'|'none'|'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}')$/;

const RESOLVER_ORIGINS = [...new Set(DEFAULT_DOH_ENDPOINTS.map((endpoint) => new URL(endpoint).origin))];

describe('the Content Security Policy in every built page', () => {
  const pages = builtPages.filter((page) => !isRedirectPage(page.html));

  it('reads the whole site: the pages, the embeds and the 404 page', () => {
    const files = pages.map((page) => page.file);
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
    for (const widget of EMBED_WIDGETS) expect(files).toContain(`embed/${widget.id}/index.html`);
    expect(files.length).toBeGreaterThanOrEqual(24);
    // The resolvers the policy must let the DNS checker reach: https origins, named by the checker.
    expect(RESOLVER_ORIGINS.length).toBeGreaterThanOrEqual(1);
    for (const origin of RESOLVER_ORIGINS) expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+$/);
  });

  it.each(pages.map((page) => [page.file, page] as const))('%s carries one strict policy covering each inline script and style', (_file, page) => {
    const metas = cspMetas(page.html);
    expect(metas, 'content-security-policy <meta> elements').toHaveLength(1);
    const { directives, repeated } = parsePolicy(metas[0] ?? '');
    expect(repeated, 'directives written twice (the browser ignores the second)').toEqual([]);

    // Scripts: no 'unsafe-inline', no 'unsafe-eval', no host or scheme that could serve any script.
    expect(directives.get('script-src'), 'script-src').toBeDefined();
    for (const name of ['default-src', 'script-src', 'script-src-elem', 'script-src-attr']) {
      const values = directives.get(name) ?? [];
      expect(values, name).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain("'unsafe-eval'");
      expect(values, name).not.toContain("'unsafe-hashes'");
      if (name !== 'default-src') expect(values.filter((value) => !STRICT_SCRIPT_SOURCE.test(value)), name).toEqual([]);
    }
    for (const name of ['script-src', 'style-src']) {
      const values = directives.get(name) ?? [];
      expect(values.length, `${name} lists a source twice`).toBe(new Set(values).size);
    }

    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", ...RESOLVER_ORIGINS]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('font-src')).toEqual(["'self'"]);
    // Ignored in a <meta> (and a console error): framing is ruled in public/_headers.
    expect(directives.has('frame-ancestors')).toBe(false);

    const scriptSources = effective(directives, 'script-src-elem', 'script-src', 'default-src');
    const unhashedScripts = inlineScripts(page.html).filter((body) => !scriptSources.includes(sha256(body)));
    expect(unhashedScripts.map((body) => `${sha256(body)} ${body.trim().slice(0, 80)}`), 'inline scripts without their hash').toEqual([]);
    const styleSources = effective(directives, 'style-src-elem', 'style-src', 'default-src');
    const unhashedStyles = inlineStyles(page.html).filter((body) => !styleSources.includes(sha256(body)));
    expect(unhashedStyles.map((body) => `${sha256(body)} ${body.trim().slice(0, 80)}`), '<style> elements without their hash').toEqual([]);
    expect(inlineHandlers(page.html), 'event-handler attributes or javascript: URLs').toEqual([]);
  });

  it('leaves redirect pages with nothing to run', () => {
    for (const page of builtPages.filter((p) => isRedirectPage(p.html))) {
      expect(inlineScripts(page.html), page.file).toEqual([]);
      expect(page.html, page.file).not.toMatch(/<script\b/i);
    }
  });
});

// ---- (b) and (c): Chromium, the policy enforced. ----

let browser: Browser;
const sitemap = await sitemapPaths();
const embeds = EMBED_WIDGETS.map((widget) => `/embed/${widget.id}/`);
const everyPage = [...sitemap, ...embeds, '/404.html'];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** A context that enforces the pages' policy and records each violation before any page script runs. */
async function enforcingContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || event.documentURI}:${event.lineNumber} ${event.sample}`.trim(),
      );
    });
  });
  return context;
}

/**
 * What every docs page owes a reader, checked on the page as loaded (before any widget is woken):
 * a title, no axe violation in the light theme nor in the dark one (the theme picker follows
 * prefers-color-scheme while set to Auto, so the same load serves both), and nothing pushing the
 * page sideways on the narrowest phone the site promises (320 px).
 */
async function readerChecks(page: Page): Promise<void> {
  await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
  const light = await axe(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.documentElement.dataset['theme'] === 'dark');
  const dark = await axe(page);
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  expect(light, 'axe, light theme').toEqual([]);
  expect(dark, 'axe, dark theme').toEqual([]);
  expect(overflow, 'page scrolls sideways at 320 px').toBeLessThanOrEqual(0);
}

async function violations(page: Page): Promise<string[]> {
  // The event is queued as a task after the blocked load or run: let it arrive.
  await page.waitForTimeout(100);
  return page.evaluate(() => window.__cspViolations ?? ['no violation listener: the init script did not run']);
}

/**
 * Scrolls a screen at a time to the bottom, focusing each island that waits for the reader
 * (client:interaction) as a keyboard reader would, so every island hydrates, and waits for them.
 */
async function scrollThrough(page: Page): Promise<void> {
  for (let y = 0; y < (await page.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await page.waitForTimeout(40);
  }
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await page.evaluate(() => {
    for (const island of document.querySelectorAll('astro-island[ssr][client="interaction"]')) {
      const controls = [...island.querySelectorAll<HTMLElement>('input, select, textarea, button, summary')];
      controls.find((control) => control.checkVisibility({ visibilityProperty: true }))?.focus();
    }
  });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

describe('every page in Chromium, the policy enforced', () => {
  it('lists the sitemap, the embeds and the 404 page', () => {
    expect(sitemap).toContain('/');
    expect(sitemap.length).toBeGreaterThanOrEqual(15);
    expect(embeds).toHaveLength(EMBED_WIDGETS.length);
  });

  // Concurrent (maxConcurrency in vitest.config.ts): each page spends most of its time waiting for
  // the network to be idle and events to arrive, so a few at once keep both cores busy.
  it.concurrent.for(everyPage)('%s loads and hydrates with no CSP violation and no console error (a docs page: also axe in both themes, 320 px)', async (path, { expect }) => {
    const context = await enforcingContext();
    const page = await context.newPage();
    const problems = watch(page);
    const response = await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    // The sitemap's pages are also read for accessibility and layout on this same load
    // (pages.test.ts used to load each again for that).
    if (sitemap.includes(path)) await readerChecks(page);
    await scrollThrough(page);
    const found = await violations(page);
    const consoleErrors = [...problems.consoleErrors];
    // And the policy is enforced, not bypassed: a script added without a hash is refused.
    const probe = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__cspProbe = true';
      document.head.append(script);
      return (window as { __cspProbe?: boolean }).__cspProbe === true ? 'ran' : 'refused';
    });
    const afterProbe = await violations(page);
    await context.close();
    expect(found).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(probe, 'an inline script without a hash').toBe('refused');
    expect(afterProbe.slice(found.length).map((v) => v.split(' ')[0])).toEqual(['script-src-elem']);
  });
});

describe('the paths that load code late or ask other origins, the policy enforced', () => {
  /** Opens search on the home page, types a word and waits for the results. */
  async function search(page: Page): Promise<void> {
    await page.goto(`${baseUrl()}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Search' }).click();
    const input = page.locator('#starlight__search input');
    await input.waitFor();
    await input.fill('vanity');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
  }

  it('search: opening it loads Pagefind, which searches in its Web Worker, and finds a page', async () => {
    const context = await enforcingContext();
    const page = await context.newPage();
    const problems = watch(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await search(page);
    const found = await violations(page);
    await context.close();
    expect(workers).toEqual(['/pagefind/pagefind-worker.js']);
    expect(found).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it("search: without its worker, Pagefind runs its WebAssembly in the page ('wasm-unsafe-eval') and finds a page", async () => {
    const context = await enforcingContext();
    // A browser or host where the worker cannot start: Pagefind falls back to the page's thread.
    await context.route('**/pagefind/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    const problems = watch(page);
    const wasm: string[] = [];
    page.on('response', (response) => {
      if (/\/pagefind\/wasm\.[^/]+\.pagefind$/.test(response.url())) wasm.push(response.url());
    });
    await search(page);
    const found = await violations(page);
    await context.close();
    expect(wasm.length, 'the page fetched Pagefind\'s WebAssembly').toBeGreaterThan(0);
    expect(found).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests.filter((request) => !request.includes('pagefind-worker.js'))).toEqual([]);
  });

  it('trace explainer: explains a log file in its Web Worker', async () => {
    const context = await enforcingContext();
    const page = await context.newPage();
    const problems = watch(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(`${baseUrl()}/troubleshooting/trace-explainer/`, { waitUntil: 'networkidle' });
    await wakeWidget(page, 'trace-explainer');
    // A short paste is explained in the page; a file always goes to the worker.
    const example = await page.getByLabel('Log text with SIP messages').inputValue();
    await page.getByLabel('Log file (.log or .txt, any size)').setInputFiles({ name: 'example.log', mimeType: 'text/plain', buffer: Buffer.from(example) });
    await page.getByTestId('trace-source').filter({ hasText: 'Explained: example.log' }).waitFor();
    await page.getByTestId('trace-report').waitFor();
    const found = await violations(page);
    await context.close();
    expect(workers.length, 'a Web Worker started').toBe(1);
    expect(new URL(workers[0] ?? '').origin).toBe(baseUrl());
    expect(found).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });

  it('DNS checker: a look-up reaches both resolvers (answered here, never on the network)', async () => {
    const context = await enforcingContext();
    const asked: string[] = [];
    const offMachine: string[] = [];
    // The first resolver fails every question, so the checker falls back to the second: both
    // origins are fetched under the policy. The answers come from this test.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, async (route) => {
      const url = new URL(route.request().url());
      const resolver = RESOLVER_ORIGINS.indexOf(url.origin);
      if (resolver === -1) {
        offMachine.push(url.href);
        return route.abort();
      }
      asked.push(url.origin);
      const body = resolver === 0 ? { Status: 2 } : { Status: 3 };
      return route.fulfill({ status: 200, headers: { 'content-type': 'application/dns-json', 'access-control-allow-origin': '*' }, body: JSON.stringify(body) });
    });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${baseUrl()}/troubleshooting/dns-checker/`, { waitUntil: 'networkidle' });
    await wakeWidget(page, 'dns-checker');
    const widget = page.locator('[data-widget="dns-checker"]');
    await widget.getByLabel('Your domain').fill('contoso.example');
    await widget.getByRole('button', { name: 'Look up' }).click();
    await page.locator('[data-testid="dns-report"][data-domain="contoso.example"]').waitFor();
    const found = await violations(page);
    await context.close();
    expect(new Set(asked)).toEqual(new Set(RESOLVER_ORIGINS));
    expect(offMachine).toEqual([]);
    expect(found).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
  });
});
