/**
 * JavaScript a page fetches, measured in the system Chromium with a phone-sized viewport (the
 * Lighthouse mobile preset's 412×823) and a fresh cache per page. Every script request counts
 * (classic, module, modulepreload, dynamic import, worker) by the gzip size of its response body,
 * once per URL, in the first phase that fetched it:
 *
 *   1. idle: after load, once the network has been quiet for QUIET_MS and the main thread idles;
 *      split into what was requested before the load event (the budget "JavaScript before
 *      interaction") and what widgets near the viewport warmed after it, at idle
 *      (src/hydration/interaction.ts), which does not compete with the page's first render;
 *   2. scroll: each widget ([data-widget]) scrolled into view in turn (client:visible islands
 *      hydrate then), then every island still waiting to hydrate;
 *   3. interaction: in each widget, the first visible text input is focused and typed into ("contoso.com");
 *      a widget without one gets its first visible button clicked.
 *
 * Search (Pagefind) is kept apart, per the issue: it should load only when search is opened, which
 * the bench never does. Anything under /pagefind/, and the Pagefind UI library (the script that
 * carries its "pagefind-ui__" class names), is reported as search JS and counted in no phase.
 * (Starlight's own Search component imports the Pagefind UI at idle; our override waits.)
 */
import { chromium, type Browser, type Page, type Response } from 'playwright-core';
import { BROWSER_ENV, CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { gzipSize } from './measure-bytes.ts';

export const VIEWPORT = { width: 412, height: 823 };
const QUIET_MS = 500;
const PHASE_TIMEOUT_MS = 10_000;

export type Phase = 'idle' | 'scroll' | 'interaction';

export interface ScriptRequest {
  url: string;
  gzip: number;
  phase: Phase;
  /** The widget whose scroll or interaction fetched it ("other islands" for the final scroll). */
  trigger: string | null;
}

export interface WidgetFigures {
  widget: string;
  scrollGzip: number;
  interactionGzip: number;
  /** What the bench did, e.g. 'typed into input[name="domain"]', or why it did nothing. */
  interaction: string;
}

export interface JsFigures {
  /** Requested before the load event (the budget). */
  beforeLoadGzip: number;
  /** Requested after the load event, before any scrolling: widgets near the viewport warming their code at idle. */
  warmedGzip: number;
  /** beforeLoadGzip + warmedGzip. */
  idleGzip: number;
  /** JS fetched by scrolling (all widgets, then other islands), not counting idle. */
  scrollGzip: number;
  /** JS fetched by the first interaction with each widget, not counting the phases before. */
  interactionGzip: number;
  /** Cumulative: idle + scroll. */
  afterScrollGzip: number;
  /** Cumulative: idle + scroll + interaction. */
  afterInteractionGzip: number;
  /** Islands that were not widgets and hydrated only on scroll: their JS. */
  otherIslandsScrollGzip: number;
  /** Search JS fetched although search was never opened (see above); counted in no phase. */
  searchGzip: number;
  searchRequests: ScriptRequest[];
  widgets: WidgetFigures[];
  requests: ScriptRequest[];
  /** Stylesheets fetched that the HTML did not link (e.g. CSS imported by a lazily loaded island). */
  lateCss: Array<{ url: string; gzip: number }>;
  /** Console errors and failed requests seen while measuring. */
  problems: string[];
}

function isScript(response: Response): boolean {
  const type = response.request().resourceType();
  return type === 'script' || /\.m?js(\?|$)/.test(new URL(response.url()).pathname);
}

/** Resolves once no request has been in flight for QUIET_MS, then waits for an idle callback. */
async function settle(page: Page, tracker: { inFlight: number; lastActivity: number }): Promise<void> {
  const start = Date.now();
  const deadline = start + PHASE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    // Quiet since the later of the last request and the start of the wait: an action's requests
    // may start a little after it (an IntersectionObserver callback, a dynamic import).
    if (tracker.inFlight === 0 && Date.now() - Math.max(start, tracker.lastActivity) >= QUIET_MS) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await page.evaluate(() => new Promise<void>((resolve) => (window.requestIdleCallback ?? setTimeout)(() => resolve(), { timeout: 2000 })));
}

export interface JsMeasurer {
  measure: (baseUrl: string, pagePath: string, linkedCss: string[]) => Promise<JsFigures>;
  close: () => Promise<void>;
  /** The browser's version, for the report. */
  version: string;
}

export async function startJsMeasurer(): Promise<JsMeasurer> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true, env: BROWSER_ENV });
  return {
    measure: (baseUrl, pagePath, linkedCss) => measurePage(browser, baseUrl, pagePath, linkedCss),
    close: () => browser.close(),
    version: browser.version(),
  };
}

async function measurePage(browser: Browser, baseUrl: string, pagePath: string, linkedCss: string[]): Promise<JsFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const tracker = { inFlight: 0, lastActivity: Date.now() };
  const seen = new Set<string>();
  const pending: Array<Promise<void>> = [];
  const requests: ScriptRequest[] = [];
  const searchRequests: ScriptRequest[] = [];
  const lateCss: JsFigures['lateCss'] = [];
  const problems: string[] = [];
  let phase: Phase = 'idle';
  let trigger: string | null = null;

  page.on('request', () => {
    tracker.inFlight++;
    tracker.lastActivity = Date.now();
  });
  const done = () => {
    tracker.inFlight = Math.max(0, tracker.inFlight - 1);
    tracker.lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', (request) => {
    done();
    problems.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  page.on('response', (response) => {
    const url = response.url();
    if (seen.has(url) || response.status() >= 300) return;
    const path = new URL(url).pathname;
    const isCss = response.request().resourceType() === 'stylesheet' && !linkedCss.includes(path);
    if (!isScript(response) && !isCss) return;
    seen.add(url);
    // The phase is taken when the response arrives, not when its body has been read.
    const at = { phase, trigger };
    pending.push(
      response.body().then(
        (body) => {
          const gzip = gzipSize(body);
          if (isCss) lateCss.push({ url: path, gzip });
          else if (path.includes('/pagefind/') || body.includes('pagefind-ui__')) searchRequests.push({ url: path, gzip, ...at });
          else requests.push({ url: path, gzip, ...at });
        },
        (error) => void problems.push(`body: ${url} ${String(error)}`),
      ),
    );
  });

  const widgets: WidgetFigures[] = [];
  /** Paths of the scripts the page requested before its load event (Resource Timing). */
  let beforeLoad = new Set<string>();
  try {
    await page.goto(`${baseUrl}${pagePath}`, { waitUntil: 'load' });
    await settle(page, tracker);
    beforeLoad = new Set(
      await page.evaluate(() => {
        const loadAt = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart;
        return performance.getEntriesByType('resource').filter((entry) => entry.startTime < loadAt).map((entry) => new URL(entry.name).pathname);
      }),
    );

    const names = await page.$$eval('[data-widget]', (els) => els.map((el) => el.getAttribute('data-widget') ?? ''));
    const widgetCount = names.length;

    // 2. Scroll: each widget, then whatever island still waits (client:visible below the fold).
    phase = 'scroll';
    for (let i = 0; i < widgetCount; i++) {
      trigger = `${names[i]}#${i}`;
      await page.locator('[data-widget]').nth(i).scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
      await settle(page, tracker);
    }
    trigger = 'other islands';
    const waiting = await page.locator('astro-island[ssr]').count();
    for (let i = 0; i < waiting; i++) {
      const island = page.locator('astro-island[ssr]').first();
      if ((await island.count()) === 0) break;
      await island.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
      await settle(page, tracker);
    }
    // Hydrated islands lose their ssr attribute; give stragglers a moment.
    await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout: 3000 }).catch(() => undefined);

    // 3. Interaction: the first text input or button of each widget.
    phase = 'interaction';
    const interactions: string[] = [];
    for (let i = 0; i < widgetCount; i++) {
      trigger = `${names[i]}#${i}`;
      const widget = page.locator('[data-widget]').nth(i);
      interactions.push(await interact(page, widget));
      await settle(page, tracker);
    }
    await Promise.all(pending);
    for (let i = 0; i < widgetCount; i++) {
      const key = `${names[i]}#${i}`;
      const sum = (p: Phase) => requests.filter((r) => r.phase === p && r.trigger === key).reduce((s, r) => s + r.gzip, 0);
      widgets.push({ widget: names[i] ?? '', scrollGzip: sum('scroll'), interactionGzip: sum('interaction'), interaction: interactions[i] ?? '' });
    }
  } catch (error) {
    problems.push(`bench: ${String(error)}`);
  } finally {
    await Promise.all(pending);
    await context.close();
  }

  const total = (p: Phase, t?: string) => requests.filter((r) => r.phase === p && (t === undefined || r.trigger === t)).reduce((s, r) => s + r.gzip, 0);
  const idleGzip = total('idle');
  const scrollGzip = total('scroll');
  const interactionGzip = total('interaction');
  const beforeLoadGzip = requests.filter((r) => r.phase === 'idle' && beforeLoad.has(r.url)).reduce((s, r) => s + r.gzip, 0);
  return {
    beforeLoadGzip,
    warmedGzip: idleGzip - beforeLoadGzip,
    idleGzip,
    scrollGzip,
    interactionGzip,
    afterScrollGzip: idleGzip + scrollGzip,
    afterInteractionGzip: idleGzip + scrollGzip + interactionGzip,
    otherIslandsScrollGzip: total('scroll', 'other islands'),
    searchGzip: searchRequests.reduce((sum, r) => sum + r.gzip, 0),
    searchRequests,
    widgets,
    requests,
    lateCss,
    problems,
  };
}

const TEXT_INPUT = 'input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="url"], input[type="tel"], textarea';

/** Focuses and types into the widget's first visible text input; without one, clicks its first visible button. */
async function interact(page: Page, widget: ReturnType<Page['locator']>): Promise<string> {
  // No named helper functions inside evaluated code: tsx would wrap them in a __name() call the page lacks.
  const handle = await widget.evaluateHandle(
    (root, textSelector) =>
      [textSelector, 'button']
        .map((selector) =>
          [...root.querySelectorAll(selector)].find((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !(el as HTMLInputElement).disabled && !(el as HTMLInputElement).readOnly;
          }),
        )
        .find((el) => el !== undefined) ?? null,
    TEXT_INPUT,
  );
  const element = handle.asElement();
  if (!element) return 'no visible text input or button';
  const description = await element.evaluate((el) => {
    const tag = el.tagName.toLowerCase();
    const label = el.getAttribute('aria-label') || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || el.getAttribute('name') || '';
    return `${tag}${el.id ? `#${el.id}` : ''} "${label.trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
  });
  const isText = await element.evaluate((el, sel) => el.matches(sel), TEXT_INPUT);
  const before = page.url();
  if (isText) {
    await element.scrollIntoViewIfNeeded();
    await element.focus();
    await page.keyboard.type('contoso.com', { delay: 10 });
  } else {
    await element.click({ timeout: 3000 });
  }
  const navigated = new URL(page.url()).pathname !== new URL(before).pathname ? ' (navigated away!)' : '';
  return `${isText ? 'typed into' : 'clicked'} ${description}${navigated}`;
}
