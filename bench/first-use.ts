/**
 * First use, as a reader on a phone feels it (issue 16): each widget on its page, on a throttled
 * phone profile, with the widget on screen for 2.5 s before the reader first touches it.
 *
 * Profile (the Lighthouse mobile preset's figures, applied in Chromium through the DevTools
 * protocol, so the page really runs that slowly): CPU 4× slower (Emulation.setCPUThrottlingRate),
 * 150 ms round trip, 1.6 Mbps down and 750 kbps up (Network.emulateNetworkConditions); a 412×823
 * touch screen; a fresh cache; the site served with gzip (bench/serve.ts).
 *
 * For each widget and run: load the page, bring the widget on screen, wait 2.5 s, then do what a
 * reader does first (tap a choice, or tap a field and paste, then tap its button) and time, in the
 * page, from the touch that asks for the answer (its pointerdown / touchstart / key / input event:
 * the tap on a choice, the paste into a field, or the tap on "Check" after a paste) to the first
 * moment the widget shows its answer (a selector that must match a visible element, checked on
 * every DOM change and frame); the time from the very first touch (the tap into the field, before a
 * paste) is kept too. Reported per widget (median of the runs):
 *   - loadMs: the page's load event (navigation start → loadEventEnd), same run;
 *   - answerMs and answerMs / loadMs (the issue's target: at most 0.2);
 *   - the JavaScript (gzip) fetched before the load event, after it until the touch (warmed at
 *     idle), and at the touch (from the touch to the answer and the quiet after it; the target: 0);
 *   - blocking: the main thread's long tasks between the load event and the touch, their time over
 *     50 ms summed as Total Blocking Time does: what warming costs a reader who taps meanwhile.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { readEdgeConfig } from '../src/tools/edge-config/index.ts';
import { BROWSER_ENV, CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';
import { gzipSize } from './measure-bytes.ts';
import { VIEWPORT } from './measure-js.ts';

export const PROFILE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  // Lighthouse's 1.6 Mbps and 750 kbps (1 Mbps = 1024 kbps there), in bytes per second.
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  onScreenBeforeTouchMs: 2500,
} as const;

/** What the reader does first: tap a control, or tap a field and paste into it (then maybe tap a button). */
export type Step = { tap: string } | { paste: string; into: string };

export interface FirstUseCase {
  /** The data-widget value (or "embed-code" for the embed box). */
  widget: string;
  page: string;
  /** Scopes the steps and the answer; scrolled into view before the wait. */
  root: string;
  /** What the reader does, in the widget (selectors relative to the page, Playwright syntax). */
  steps: Step[];
  /** The widget has answered when an element matching `selector` is visible (and holds `text`). */
  answer: { selector: string; text?: string };
  /** What the reader does, in words, for the report. */
  doing: string;
}

export interface FirstUseRun {
  loadMs: number;
  /** From the touch that asks for the answer (the only touch, or the last: the tap on "Check"); null: no answer within ANSWER_TIMEOUT_MS. */
  answerMs: number | null;
  /** From the reader's very first touch (the tap into the field, for a paste-then-tap widget). */
  fromFirstTouchMs: number | null;
  beforeLoadJsGzip: number;
  warmedJsGzip: number;
  atTouchJsGzip: number;
  atTouchScripts: string[];
  /** Main-thread long tasks between the load event and the touch: the sum of their time over 50 ms (what Total Blocking Time counts), the cost of warming. */
  blockingAfterLoadMs: number;
  problems: string[];
}

export interface FirstUseFigures {
  widget: string;
  page: string;
  doing: string;
  runs: FirstUseRun[];
  /** Medians over the runs (answerMs null if any run had no answer). */
  loadMs: number;
  answerMs: number | null;
  answerShareOfLoad: number | null;
  beforeLoadJsGzip: number;
  warmedJsGzip: number;
  atTouchJsGzip: number;
  blockingAfterLoadMs: number;
}

const ANSWER_TIMEOUT_MS = 15_000;

/** What readers paste into the two tools: the tests' own samples (a fabrikam.com nslookup, a 1008 client log). */
const sample = (name: string) => readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8');
const NSLOOKUP = sample('dns/nslookup-windows.txt').replaceAll('contoso.com', 'fabrikam.com');
const CLIENT_LOG = sample('trace/client-log-1008.txt');
const EDGE_TABLE = sample('edge-config/format-table.txt');
const edgeRead = readEdgeConfig(EDGE_TABLE);
/** The cmdlets the reader finds in that paste (the widget shows them on its read view). */
const EDGE_CMDLETS = edgeRead.ok ? edgeRead.value.cmdlets.join(' ') : '';
const QUIET_MS = 700;

/** Every widget the site has, on its own page. */
export const FIRST_USE_CASES: FirstUseCase[] = [
  {
    widget: 'playground',
    page: '/playground/',
    root: '[data-widget="playground"]',
    doing: 'taps "Disabled" (your tenant\'s federation)',
    steps: [{ tap: '[data-widget="playground"] input[type="radio"][value="disabled"] >> nth=0' }],
    answer: { selector: '[data-widget="playground"] [data-modality="im"][data-works="false"]' },
  },
  {
    widget: 'playground (folded, scenario page)',
    page: '/scenarios/partner-on-premises/',
    root: '[data-widget="playground"]',
    doing: 'taps "Change the settings"',
    steps: [{ tap: '[data-widget="playground"] button:has-text("Change the settings")' }],
    answer: { selector: '[data-widget="playground"] input' },
  },
  {
    widget: 'domain-federation-tab',
    page: '/configure/domain-federation/',
    root: '[data-widget="domain-federation-tab"]',
    doing: 'taps "Block federation with all domains except those I allow"',
    steps: [{ tap: '[data-widget="domain-federation-tab"] label:has-text("Block federation with all domains except those I allow")' }],
    answer: { selector: '[data-testid="dft-verdict"][data-lets="false"]' },
  },
  {
    widget: 'public-im-impact',
    page: '/configure/public-im/',
    root: '[data-widget="public-im-impact"]',
    doing: 'taps "Enabled, provisioning not finished"',
    steps: [{ tap: '[data-widget="public-im-impact"] label:has-text("Enabled, provisioning not finished")' }],
    answer: { selector: '[data-testid="pim-account"][data-moved="true"]' },
  },
  {
    widget: 'command-builder',
    page: '/configure/partner-commands/',
    root: '[data-widget="command-builder"]',
    doing: 'taps "Hosting provider"',
    steps: [{ tap: '[data-widget="command-builder"] label:has-text("Hosting provider")' }],
    answer: { selector: '[data-testid="cb-steps"][data-route="hosting-provider"]' },
  },
  {
    widget: 'vanity-converter',
    page: '/configure/user-training/',
    root: '[data-widget="vanity-converter"]',
    doing: 'taps the address field and pastes tommy@fabrikam.com',
    steps: [{ paste: 'tommy@fabrikam.com', into: '[data-widget="vanity-converter"] input[type="text"]' }],
    answer: { selector: '[data-testid="vanity-result"]', text: 'tommy(fabrikam.com)@msn.com' },
  },
  {
    widget: 'dns-checker',
    page: '/troubleshooting/dns-checker/',
    root: '[data-testid="dns-paste-form"]',
    doing: 'pastes nslookup output for fabrikam.com, taps "Check the paste"',
    steps: [
      { paste: NSLOOKUP, into: '[data-testid="dns-paste-form"] textarea' },
      { tap: '[data-testid="dns-paste-form"] button[type="submit"]' },
    ],
    answer: { selector: '[data-testid="dns-result"]', text: 'fabrikam.com' },
  },
  {
    widget: 'trace-explainer',
    page: '/troubleshooting/trace-explainer/',
    root: '[data-testid="trace-paste-form"]',
    doing: 'pastes a client log with a 1008 failure, taps "Explain the paste"',
    steps: [
      { paste: CLIENT_LOG, into: '[data-testid="trace-paste-form"] textarea' },
      { tap: '[data-testid="trace-paste-form"] button[type="submit"]' },
    ],
    answer: { selector: '[data-testid="trace-result"]', text: '1008' },
  },
  {
    widget: 'edge-config',
    page: '/troubleshooting/edge-config/',
    root: '[data-widget="edge-config"]',
    doing: 'pastes Get-Cs… output (Format-Table) into the box',
    steps: [{ paste: EDGE_TABLE, into: '[data-widget="edge-config"] textarea' }],
    answer: { selector: `[data-testid="edge-read"][data-cmdlets="${EDGE_CMDLETS}"]` },
  },
  {
    widget: 'embed-code',
    page: '/configure/domain-federation/',
    root: '[data-embed-code]',
    doing: 'taps "Embed this widget on your site"',
    steps: [{ tap: '[data-embed-code] summary' }],
    answer: { selector: '[data-embed-code] textarea' },
  },
];

export interface FirstUseMeasurer {
  measure: (baseUrl: string, testCase: FirstUseCase) => Promise<FirstUseRun>;
  close: () => Promise<void>;
}

export async function startFirstUse(): Promise<FirstUseMeasurer> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true, env: BROWSER_ENV });
  return { measure: (baseUrl, testCase) => measureOnce(browser, baseUrl, testCase), close: () => browser.close() };
}

/** Runs every case `runs` times (one page at a time) and takes the medians. */
export async function measureFirstUse(baseUrl: string, cases: FirstUseCase[], runs: number, log: (line: string) => void = () => {}): Promise<FirstUseFigures[]> {
  const measurer = await startFirstUse();
  const figures: FirstUseFigures[] = [];
  try {
    for (const testCase of cases) {
      const done: FirstUseRun[] = [];
      for (let i = 0; i < runs; i++) done.push(await measurer.measure(baseUrl, testCase));
      const summary = summarise(testCase, done);
      figures.push(summary);
      log(`  ${testCase.widget}: answer ${summary.answerMs === null ? 'none' : `${summary.answerMs.toFixed(0)} ms`} of load ${summary.loadMs.toFixed(0)} ms, ${summary.atTouchJsGzip} B JS at the touch`);
    }
  } finally {
    await measurer.close();
  }
  return figures;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarise(testCase: FirstUseCase, runs: FirstUseRun[]): FirstUseFigures {
  const answers = runs.map((r) => r.answerMs);
  const answerMs = answers.every((a): a is number => a !== null) ? median(answers) : null;
  const loadMs = median(runs.map((r) => r.loadMs));
  return {
    widget: testCase.widget,
    page: testCase.page,
    doing: testCase.doing,
    runs,
    loadMs,
    answerMs,
    answerShareOfLoad: answerMs === null ? null : answerMs / loadMs,
    beforeLoadJsGzip: median(runs.map((r) => r.beforeLoadJsGzip)),
    warmedJsGzip: median(runs.map((r) => r.warmedJsGzip)),
    atTouchJsGzip: median(runs.map((r) => r.atTouchJsGzip)),
    blockingAfterLoadMs: median(runs.map((r) => r.blockingAfterLoadMs)),
  };
}

/**
 * In-page watcher (a string: code handed to page.evaluate as a function gets tsx's __name helper,
 * which the page lacks): the first touch's time, and the first time after it the answer is visible.
 */
const ARM = `(() => {
  const answer = __ANSWER__;
  const w = (window.__firstUse = { touch: null, ask: null, asking: false, answer: null });
  const shown = () => {
    const el = document.querySelector(answer.selector);
    return !!el && el.checkVisibility() && (answer.text === undefined || (el.textContent || '').includes(answer.text));
  };
  const check = () => { if (w.touch !== null && w.answer === null && shown()) w.answer = performance.now(); };
  for (const type of ['pointerdown', 'touchstart', 'keydown', 'input']) {
    addEventListener(type, (event) => {
      if (w.touch === null) w.touch = event.timeStamp;
      if (w.asking && w.ask === null) w.ask = event.timeStamp;
      check();
    }, { capture: true });
  }
  new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  const frame = () => { check(); if (w.answer === null) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
})()`;

type Phase = 'before-load' | 'warm' | 'touch';

async function measureOnce(browser: Browser, baseUrl: string, testCase: FirstUseCase): Promise<FirstUseRun> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PROFILE.latencyMs,
    downloadThroughput: PROFILE.downloadBytesPerSecond,
    uploadThroughput: PROFILE.uploadBytesPerSecond,
  });

  let phase: Phase = 'before-load';
  const scripts: Array<{ phase: Phase; url: string; gzip: Promise<number> }> = [];
  const problems: string[] = [];
  const tracker = { inFlight: 0, last: Date.now() };
  page.on('request', (request) => {
    tracker.inFlight++;
    tracker.last = Date.now();
    const url = new URL(request.url());
    // Search (Pagefind) loads only when search is opened, which this bench never does.
    if (request.resourceType() === 'script' || /\.m?js$/.test(url.pathname)) {
      if (!url.pathname.startsWith('/pagefind/')) {
        const at = phase;
        scripts.push({ phase: at, url: url.pathname, gzip: request.response().then((r) => (r ? r.body().then(gzipSize) : 0), () => 0) });
      }
    }
  });
  const settled = () => {
    tracker.inFlight = Math.max(0, tracker.inFlight - 1);
    tracker.last = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', (request) => {
    settled();
    problems.push(`failed: ${request.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  // The load event, seen in the page: scripts requested before it count as "before load".
  // Long tasks, from the start: those between the load event and the touch are the warm-up's cost.
  await page.addInitScript('window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: "longtask", buffered: true });'); 

  let loadMs = Number.NaN;
  let answerMs: number | null = null;
  let fromFirstTouchMs: number | null = null;
  let blockingAfterLoadMs = Number.NaN;
  try {
    await page.goto(`${baseUrl}${testCase.page}`, { waitUntil: 'load', timeout: 60_000 });
    phase = 'warm';
    loadMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    const root = page.locator(testCase.root).first();
    await root.scrollIntoViewIfNeeded();
    await page.waitForTimeout(PROFILE.onScreenBeforeTouchMs);
    blockingAfterLoadMs = await page.evaluate((since) => {
      const tasks = (window as unknown as { __longTasks: Array<[number, number]> }).__longTasks;
      return tasks.filter(([start]) => start >= since).reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0);
    }, loadMs);
    await page.evaluate(ARM.replace('__ANSWER__', JSON.stringify(testCase.answer)));
    phase = 'touch';
    for (const [i, step] of testCase.steps.entries()) {
      // The last step is the one that asks for the answer (the tap on "Explain", or the paste itself).
      if (i === testCase.steps.length - 1) await page.evaluate(() => void ((window as unknown as { __firstUse: { asking: boolean } }).__firstUse.asking = true));
      await perform(page, step);
    }
    await page.waitForFunction(() => (window as unknown as { __firstUse: { answer: number | null } }).__firstUse.answer !== null, undefined, { timeout: ANSWER_TIMEOUT_MS, polling: 100 });
    const w = await page.evaluate(() => (window as unknown as { __firstUse: { touch: number; ask: number | null; answer: number } }).__firstUse);
    answerMs = w.answer - (w.ask ?? w.touch);
    fromFirstTouchMs = w.answer - w.touch;
    // Whatever the touch still fetches after the answer counts too.
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !(tracker.inFlight === 0 && Date.now() - tracker.last >= QUIET_MS)) await page.waitForTimeout(50);
  } catch (error) {
    problems.push(`bench: ${String(error).split('\n')[0]}`);
  } finally {
    await context.close().catch(() => undefined);
  }
  const sized = await Promise.all(scripts.map(async (s) => ({ ...s, gzip: await s.gzip })));
  const sum = (p: Phase) => sized.filter((s) => s.phase === p).reduce((total, s) => total + s.gzip, 0);
  return {
    loadMs,
    answerMs,
    fromFirstTouchMs,
    beforeLoadJsGzip: sum('before-load'),
    warmedJsGzip: sum('warm'),
    atTouchJsGzip: sum('touch'),
    atTouchScripts: sized.filter((s) => s.phase === 'touch').map((s) => s.url),
    blockingAfterLoadMs,
    problems,
  };
}

async function perform(page: Page, step: Step): Promise<void> {
  if ('tap' in step) {
    await page.locator(step.tap).first().tap({ timeout: ANSWER_TIMEOUT_MS });
    return;
  }
  const field: Locator = page.locator(step.into).first();
  await field.tap({ timeout: ANSWER_TIMEOUT_MS });
  // A paste: the whole text arrives as one input event, as from the clipboard.
  await field.evaluate((el) => (el as HTMLInputElement).select());
  await page.keyboard.insertText(step.paste);
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** The first-use table: one line per widget, with the issue's two targets marked ✓ / ✗. */
export function printFirstUse(figures: FirstUseFigures[]): void {
  console.log(
    `\n== First use on a throttled phone (CPU ×${PROFILE.cpuSlowdown}, ${PROFILE.latencyMs} ms RTT, 1.6 Mbps; widget on screen ${PROFILE.onScreenBeforeTouchMs / 1000} s before the touch; median of ${figures[0]?.runs.length ?? 0} runs) ==`,
  );
  console.log('   answer: first touch → answer shown; share: answer / the page\'s load time, same run (target ≤ 0.2); JS kB gzip before the load event, warmed after it (idle), and at the touch (target 0); blocking: long tasks between load and touch, time over 50 ms (as TBT counts)');
  const rows = figures.map((f) => [
    f.widget,
    f.page,
    (f.loadMs / 1000).toFixed(2),
    f.answerMs === null ? 'none' : f.answerMs.toFixed(0),
    f.answerShareOfLoad === null ? 'n/a' : `${f.answerShareOfLoad.toFixed(3)} ${f.answerShareOfLoad <= 0.2 ? '✓' : '✗'}`,
    kB(f.beforeLoadJsGzip),
    kB(f.warmedJsGzip),
    `${kB(f.atTouchJsGzip)} ${f.atTouchJsGzip === 0 ? '✓' : '✗'}`,
    f.blockingAfterLoadMs.toFixed(0),
  ]);
  const headers = ['widget', 'page', 'load s', 'answer ms', 'share', 'JS load', 'JS warmed', 'JS at touch', 'blocking ms'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  console.log([line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n'));
  for (const f of figures) {
    const touched = [...new Set(f.runs.flatMap((r) => r.atTouchScripts))];
    if (touched.length) console.log(`  ${f.widget}: fetched at the touch: ${touched.join(', ')}`);
    const problems = [...new Set(f.runs.flatMap((r) => r.problems))];
    if (problems.length) console.log(`  ${f.widget}: ${problems.slice(0, 3).join(' | ')}`);
  }
  const ms = (v: number | null) => (v === null ? 'none' : v.toFixed(0));
  for (const f of figures) {
    const first = f.runs.some((r) => r.fromFirstTouchMs !== r.answerMs) ? ` (from the first touch: ${f.runs.map((r) => ms(r.fromFirstTouchMs)).join(' / ')} ms)` : '';
    console.log(`  ${f.widget}: the reader ${f.doing}; answers ${f.runs.map((r) => ms(r.answerMs)).join(' / ')} ms${first}; loads ${f.runs.map((r) => r.loadMs.toFixed(0)).join(' / ')} ms`);
  }
}
