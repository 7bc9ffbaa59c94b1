/**
 * The troubleshooting tools in a real browser, under the site's real Content Security Policy: the
 * DNS record checker against its two default DNS-over-HTTPS resolvers, answered by the test itself
 * (context.route fulfils their requests with fixed answers; every other request off the test server
 * is aborted and recorded, so no real resolver is ever asked), every pasted DNS format, the trace
 * explainer on every trace fixture and on a generated ~10 MB log in its Web Worker, wrong input for
 * both, axe in both themes with results shown, 320 px, and the worked examples without JavaScript.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { checkPaste, DEFAULT_DOH_ENDPOINTS } from '../../src/tools/dns/index.ts';
import { decodeText, explainTrace } from '../../src/tools/trace/index.ts';
import { axe, baseUrl, launch, newContext, watch, wakeWidget } from './browser.ts';
import { readableLink } from '../../src/components/trace/readable-link.ts';

const DNS_PAGE = '/troubleshooting/dns-checker/';
const TRACE_PAGE = '/troubleshooting/trace-explainer/';
const fixtures = (dir: string) => {
  const path = fileURLToPath(new URL(`../fixtures/${dir}/`, import.meta.url));
  // Decoded as the tools decode a file (a UTF-16 log saved by a Windows tool among them).
  return readdirSync(path).sort().map((file) => [file, decodeText(readFileSync(join(path, file)))] as const);
};
const DNS_FIXTURES = fixtures('dns');
const TRACE_FIXTURES = fixtures('trace');

// ---- The default DNS-over-HTTPS JSON resolvers, answered in the browser with fixed answers per domain. ----

const [CLOUDFLARE = '', GOOGLE = ''] = DEFAULT_DOH_ENDPOINTS.map((endpoint) => new URL(endpoint).host);
const RESOLVER_ORIGINS = new Set(DEFAULT_DOH_ENDPOINTS.map((endpoint) => new URL(endpoint).origin));
const TYPE = { SRV: 33, CNAME: 5, A: 1 } as const;
const GOOD: Record<string, { type: keyof typeof TYPE; data: string }> = {
  '_sipfederationtls._tcp': { type: 'SRV', data: '100 1 5061 sipfed.online.lync.com.' },
  '_sip._tls': { type: 'SRV', data: '100 1 443 sipdir.online.lync.com.' },
  sip: { type: 'CNAME', data: 'sipdir.online.lync.com.' },
  lyncdiscover: { type: 'CNAME', data: 'webdir.online.lync.com.' },
};
/** slow.example is answered after this long, past the checker's 5 s timeout. */
const SLOW_MS = 8000;

/** What a resolver answers about one name: a JSON body (a string is sent as is), perhaps late. */
function answer(name: string): { body: unknown; delayMs?: number } {
  const domain = name.split('.').slice(-2).join('.');
  const label = name.slice(0, -(domain.length + 1));
  const record = GOOD[label];
  switch (domain) {
    case 'good.example':
    case 'wrong.example': {
      if (!record) return { body: { Status: 0 } };
      const data = domain === 'wrong.example' && label === '_sipfederationtls._tcp' ? '100 1 5061 sip.wrong.example.' : record.data;
      return { body: { Status: 0, Answer: [{ name: `${name}.`, type: TYPE[record.type], TTL: 3600, data }] } };
    }
    case 'nx.example':
      return { body: { Status: 3 } };
    case 'servfail.example':
      return { body: { Status: 2 } };
    case 'malformed.example':
      return { body: '<html>not dns</html>' };
    case 'slow.example':
      return { body: { Status: 0 }, delayMs: SLOW_MS };
    default:
      return { body: { Status: 3 } };
  }
}

/** Answers one request to a default resolver, recording who was asked about what. */
async function resolve(route: Route, asked: string[]): Promise<void> {
  const url = new URL(route.request().url());
  const name = (url.searchParams.get('name') ?? '').toLowerCase();
  asked.push(`${url.host} ${name}`);
  const { body, delayMs } = answer(name);
  try {
    if (delayMs) await sleep(delayMs, undefined, { ref: false });
    await route.fulfill({
      status: 200,
      headers: { 'content-type': 'application/dns-json', 'access-control-allow-origin': '*' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  } catch {
    // The page gave up first (the checker's timeout) or the context was closed: nothing to answer.
  }
}

let browser: Browser;
let tmp = '';
beforeAll(async () => {
  browser = await launch();
  tmp = mkdtempSync(join(tmpdir(), 'lf-tools-'));
});
afterAll(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface LocalContext {
  context: BrowserContext;
  /** Requests to anywhere but the test server and the two default resolvers: all aborted. */
  offMachine: string[];
  /** Questions the default resolvers were asked, as `host name`. */
  asked: string[];
}

/**
 * A context whose pages reach only the test server, and the two default resolvers, which this
 * test answers itself: no real resolver is ever asked, and every other request is aborted.
 */
async function localContext(options: Parameters<typeof newContext>[1] = {}): Promise<LocalContext> {
  const context = await newContext(browser, options);
  const offMachine: string[] = [];
  const asked: string[] = [];
  const site = new URL(baseUrl()).origin;
  await context.route(/^https?:\/\//, (route) => {
    const origin = new URL(route.request().url()).origin;
    if (origin === site) return route.fallback();
    if (RESOLVER_ORIGINS.has(origin)) return resolve(route, asked);
    offMachine.push(route.request().url());
    return route.abort();
  });
  return { context, offMachine, asked };
}

async function openTool(page: Page, path: string, widget: string, query = '') {
  await page.goto(`${baseUrl()}${path}${query}`, { waitUntil: 'networkidle' });
  await wakeWidget(page, widget);
  return page.locator(`[data-widget="${widget}"]`);
}

const statuses = (page: Page) =>
  page.locator('[data-testid="dns-report"] [data-record][data-status]').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-record')}:${i.getAttribute('data-status')}`));

async function lookUp(page: Page, domain: string) {
  const widget = page.locator('[data-widget="dns-checker"]');
  await widget.getByLabel('Your domain').fill(domain);
  await widget.getByRole('button', { name: 'Look up' }).click();
}

const FOUR_NAMES = (domain: string) => [`_sip._tls.${domain}`, `_sipfederationtls._tcp.${domain}`, `lyncdiscover.${domain}`, `sip.${domain}`];
const askedOf = (asked: string[]) => [...new Set(asked)].sort();

describe('DNS record checker: live lookup', () => {
  it('checks a good domain through the first default resolver and asks it about the four names only', async () => {
    const { context, offMachine, asked } = await localContext();
    const page = await context.newPage();
    const problems = watch(page);
    await openTool(page, DNS_PAGE, 'dns-checker');
    await expect(page.getByTestId('dns-resolvers').textContent()).resolves.toContain(CLOUDFLARE);
    await lookUp(page, 'good.example');
    await page.locator('[data-testid="dns-report"][data-domain="good.example"]').waitFor();
    expect(await page.getByTestId('dns-report').getAttribute('data-federation')).toBe('ok');
    expect(await statuses(page)).toEqual(['federation-srv:ok', 'sign-in-srv:ok', 'sign-in-cname:ok', 'lyncdiscover-cname:ok']);
    expect(askedOf(asked)).toEqual(FOUR_NAMES('good.example').map((name) => `${CLOUDFLARE} ${name}`));
    await expect(page.getByTestId('widget-announcer').textContent()).resolves.toContain('The federation record is in place');
    expect(offMachine).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('honours ?resolver= naming one default resolver, and asks only that one', async () => {
    const { context, offMachine, asked } = await localContext();
    const page = await context.newPage();
    const problems = watch(page);
    await openTool(page, DNS_PAGE, 'dns-checker', `?resolver=${encodeURIComponent(`https://${GOOGLE}/resolve`)}`);
    const hint = await page.getByTestId('dns-resolvers').textContent();
    expect(hint).toContain(GOOGLE);
    expect(hint).not.toContain(CLOUDFLARE);
    expect(await page.getByTestId('dns-resolver-refused').count()).toBe(0);
    // SERVFAIL would send the checker on to the next resolver, if it had one.
    await lookUp(page, 'servfail.example');
    await page.getByTestId('dns-error').waitFor();
    await lookUp(page, 'good.example');
    await page.locator('[data-testid="dns-report"][data-domain="good.example"]').waitFor();
    expect(await page.getByTestId('dns-report').getAttribute('data-federation')).toBe('ok');
    expect(askedOf(asked)).toEqual([...FOUR_NAMES('good.example'), ...FOUR_NAMES('servfail.example')].sort().map((name) => `${GOOGLE} ${name}`));
    expect(offMachine).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it.each([
    ['a wrong federation target', 'wrong.example', 'broken', 'Change the target to sipfed.online.lync.com'],
    ['NXDOMAIN', 'nx.example', 'broken', 'There is no SRV record _sipfederationtls._tcp.nx.example'],
  ])('reports %s record by record', async (_label, domain, federation, text) => {
    const { context } = await localContext();
    const page = await context.newPage();
    await openTool(page, DNS_PAGE, 'dns-checker');
    await lookUp(page, domain);
    const report = page.locator(`[data-testid="dns-report"][data-domain="${domain}"]`);
    await report.waitFor();
    expect(await report.getAttribute('data-federation')).toBe(federation);
    expect(await report.textContent()).toContain(text);
    await context.close();
  });

  it.each([
    ['SERVFAIL', 'servfail.example', 'the resolver answered SERVFAIL'],
    ['a malformed answer', 'malformed.example', 'the answer is not JSON'],
  ])('says clearly when the resolvers answer %s', async (_label, domain, detail) => {
    const { context, asked } = await localContext();
    const page = await context.newPage();
    await openTool(page, DNS_PAGE, 'dns-checker');
    await lookUp(page, domain);
    const error = page.getByTestId('dns-error');
    await error.waitFor();
    const message = await error.textContent();
    expect(message).toContain('No DNS-over-HTTPS resolver answered');
    expect(message).toContain(`${CLOUDFLARE}: ${detail}`);
    expect(message).toContain(`${GOOGLE}: ${detail}`);
    // Each question went to Cloudflare, then on to Google.
    expect(askedOf(asked)).toEqual([CLOUDFLARE, GOOGLE].flatMap((host) => FOUR_NAMES(domain).map((name) => `${host} ${name}`)));
    await context.close();
  });

  it('shows the lookup in progress, then the timeout', async () => {
    const { context } = await localContext();
    const page = await context.newPage();
    await openTool(page, DNS_PAGE, 'dns-checker');
    await lookUp(page, 'slow.example');
    await page.getByTestId('dns-loading').waitFor();
    expect(await page.getByTestId('dns-result').getAttribute('aria-busy')).toBe('true');
    const error = page.getByTestId('dns-error');
    // 5 s for Cloudflare, then 5 s for Google.
    await error.waitFor({ timeout: 20_000 });
    const message = await error.textContent();
    expect(message).toContain(`${CLOUDFLARE}: no answer within 5 s`);
    expect(message).toContain(`${GOOGLE}: no answer within 5 s`);
    await context.close();
  });

  it('refuses a ?resolver= that is not a default resolver, this machine included', async () => {
    const { context, offMachine, asked } = await localContext();
    const page = await context.newPage();
    const problems = watch(page);
    const evil = 'https://dns.evil.example/dns-query';
    const loopback = 'http://127.0.0.1:1234/dns-query';
    await openTool(page, DNS_PAGE, 'dns-checker', `?resolver=${encodeURIComponent(evil)}&resolver=${encodeURIComponent(loopback)}`);
    const refusal = await page.getByTestId('dns-resolver-refused').textContent();
    expect(refusal).toContain(evil);
    expect(refusal).toContain(loopback);
    // The checker falls back on the default resolvers.
    await expect(page.getByTestId('dns-resolvers').textContent()).resolves.toContain(CLOUDFLARE);
    await lookUp(page, 'good.example');
    await page.locator('[data-testid="dns-report"][data-domain="good.example"]').waitFor();
    expect(askedOf(asked)).toEqual(FOUR_NAMES('good.example').map((name) => `${CLOUDFLARE} ${name}`));
    expect(offMachine).toEqual([]);
    // Nor did the page try them and have the browser block it (a policy violation is a console error).
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });

  it('is usable from the keyboard alone, and a trace finding prefills the domain', async () => {
    const { context } = await localContext();
    const page = await context.newPage();
    await openTool(page, DNS_PAGE, 'dns-checker', '?domain=wrong.example');
    const input = page.getByLabel('Your domain');
    expect(await input.inputValue()).toBe('wrong.example');
    await input.focus();
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="dns-report"][data-domain="wrong.example"]').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Look up');
    await context.close();
  });
});

describe('DNS record checker: paste', () => {
  it('reads every pasted format as the checker does, and names the formats for anything else', async () => {
    const { context, offMachine } = await localContext();
    const page = await context.newPage();
    const widget = await openTool(page, DNS_PAGE, 'dns-checker');
    const box = widget.getByLabel('Output of nslookup, dig or Resolve-DnsName, or a zone file');
    for (const [file, text] of DNS_FIXTURES) {
      const expected = checkPaste(text);
      if (!expected.ok) throw new Error(`${file}: ${expected.message}`);
      await box.fill(text);
      await widget.getByRole('button', { name: 'Check the paste' }).click();
      const report = page.getByTestId('dns-report');
      expect(await report.getAttribute('data-federation'), file).toBe(expected.value.federation);
      expect(await statuses(page), file).toEqual(expected.value.records.map((r) => `${r.id}:${r.status}`));
      const notChecked = await page.locator('[data-testid="dns-not-checked"] [data-record]').count();
      expect(notChecked, file).toBe(expected.value.notChecked.length);
    }
    await box.fill('Hello, this is not DNS output.\nJust words.');
    await widget.getByRole('button', { name: 'Check the paste' }).click();
    const error = await page.getByTestId('dns-error').textContent();
    expect(error).toContain('not in a form the checker reads');
    expect(error).toContain('Resolve-DnsName');
    expect(offMachine).toEqual([]);
    await context.close();
  });
});

// ---- The trace explainer. ----

/** An OCSLogger log of ~10 MB, one message in fifty a federation failure (as bench/trace.ts makes). */
function bigLog(target: number): string {
  const codes = [1005, 1008, 1009, 1034, 12345];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const failing = i % 50 === 49;
    const request = i % 2 === 0;
    const start = request ? `INVITE sip:user${i}@fabrikam.com SIP/2.0` : failing ? 'SIP/2.0 504 Server time-out' : 'SIP/2.0 200 OK';
    const lines = [
      `TL_INFO(TF_PROTOCOL) [0]0A8C.0B2C::11/26/2011-14:32:${String(i % 60).padStart(2, '0')}.123.0000a1b2 (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(125))$$begin_record`,
      `Direction: ${request ? 'outgoing' : 'incoming'};source="local";destination="external edge"`,
      'Peer: edge.fabrikam.com:5061',
      `Start-Line: ${start}`,
      `From: "Alice" <sip:alice@contoso.com>;tag=${i.toString(16)};epid=01010101`,
      `To: <sip:user${i}@fabrikam.com>`,
      'CSeq: 1 INVITE',
      `Call-ID: call-${Math.floor(i / 2)}`,
      'Via: SIP/2.0/TLS 10.0.0.5:5061;branch=z9hG4bK1a2b3c;ms-received-port=5061;ms-received-cid=100',
      'User-Agent: UCCAPI/4.0.7577.0 OC/4.0.7577.0 (Microsoft Lync 2010)',
    ];
    if (failing) lines.push(`ms-diagnostics: ${codes[Math.floor(i / 50) % codes.length]};reason="Cannot route to destination domain";source="edge.fabrikam.com"`);
    lines.push('Content-Type: application/sdp', 'Content-Length: 120', 'Message-Body: v=0', 'o=- 0 0 IN IP4 10.0.0.5', 's=session', 'c=IN IP4 10.0.0.5', 't=0 0', 'm=audio 50000 RTP/AVP 0 8 101', '$$end_record', '');
    const frame = lines.join('\r\n');
    parts.push(frame);
    size += frame.length;
  }
  return parts.join('');
}

describe('SIP trace explainer', () => {
  it('explains every trace fixture as the explainer does, and names the formats for anything else', async () => {
    const { context } = await localContext();
    const page = await context.newPage();
    const problems = watch(page);
    const widget = await openTool(page, TRACE_PAGE, 'trace-explainer');
    const box = widget.getByLabel('Log text with SIP messages');
    for (const [file, text] of TRACE_FIXTURES) {
      const expected = explainTrace(text);
      if (!expected.ok) throw new Error(`${file}: ${expected.message}`);
      await box.fill(text);
      await widget.getByRole('button', { name: 'Explain the paste' }).click();
      const report = page.locator(`[data-testid="trace-report"][data-messages="${expected.value.messages}"]`);
      await report.waitFor();
      expect(await report.getAttribute('data-findings'), file).toBe(String(expected.value.findings.length));
      const codes = await page.locator('.lf-finding').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-code')}:${i.getAttribute('data-known')}`));
      expect(codes, file).toEqual(expected.value.findings.map((f) => `${f.code}:${f.known}`));
      for (const finding of expected.value.findings) {
        const item = page.locator(`.lf-finding[data-code="${finding.code}"]`).first();
        const itemText = await item.textContent();
        expect(itemText, file).toContain(finding.reason);
        if (finding.callId) expect(itemText, file).toContain(finding.callId);
        if (!finding.known) expect(itemText, file).toContain(`unknown code ${finding.code}`);
        // The page shows the playground's readable link for the tool's import link: the same scenario (readable-link.test.ts).
        if (finding.playground) expect(await item.getByTestId('finding-playground').getAttribute('href'), file).toBe(readableLink(finding.playground));
        if (finding.dnsDomain) {
          expect(await item.getByTestId('finding-dns').getAttribute('href'), file).toBe(`/troubleshooting/dns-checker/?domain=${finding.dnsDomain}`);
        }
      }
    }
    await box.fill('Just some words,\nno SIP at all.');
    await widget.getByRole('button', { name: 'Explain the paste' }).click();
    const error = page.getByTestId('trace-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('No SIP messages found');
    expect(await error.textContent()).toContain('OCSLogger');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('explains in the page when the browser cannot run the Web Worker', async () => {
    const { context } = await localContext();
    await context.addInitScript(() => {
      delete (window as { Worker?: unknown }).Worker;
    });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const widget = await openTool(page, TRACE_PAGE, 'trace-explainer');
    const [, text] = TRACE_FIXTURES.find(([file]) => file === 'client-log-1008.txt') ?? ['', ''];
    await widget.getByLabel('Log text with SIP messages').fill(text);
    await widget.getByRole('button', { name: 'Explain the paste' }).click();
    await page.locator('[data-testid="trace-source"]', { hasText: 'Explained: the pasted text' }).waitFor();
    expect(await page.locator('.lf-finding').getAttribute('data-code')).toBe('1008');
    expect(workers).toEqual([]);
    await context.close();
  });

  it('reads a ~10 MB log file in its Web Worker with a progress bar while the page keeps painting', async () => {
    const text = bigLog(10 * 1024 * 1024);
    const expected = explainTrace(text);
    if (!expected.ok) throw new Error(expected.message);
    const path = join(tmp, 'big-ocslogger.log');
    writeFileSync(path, text);
    const { context } = await localContext();
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    const widget = await openTool(page, TRACE_PAGE, 'trace-explainer');
    // Count frames and the longest gap between them, and note whether a progress bar appears.
    await page.evaluate(() => {
      const w = window as unknown as { lf: { frames: number; maxGap: number; progress: number; run: boolean } };
      w.lf = { frames: 0, maxGap: 0, progress: 0, run: true };
      let last = performance.now();
      const tick = (now: number) => {
        w.lf.frames++;
        w.lf.maxGap = Math.max(w.lf.maxGap, now - last);
        last = now;
        if (w.lf.run) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="trace-progress"] progress');
        if (bar) w.lf.progress = Math.max(w.lf.progress, Number(bar.getAttribute('value') ?? 0) + 1);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const started = Date.now();
    await widget.getByLabel('Log file (.log or .txt, any size)').setInputFiles(path);
    const report = page.locator(`[data-testid="trace-report"][data-messages="${expected.value.messages}"]`);
    await report.waitFor({ timeout: 30_000 });
    const seconds = (Date.now() - started) / 1000;
    const lf = await page.evaluate(() => (window as unknown as { lf: { frames: number; maxGap: number; progress: number } }).lf);
    expect(await report.getAttribute('data-findings')).toBe(String(expected.value.findings.length));
    expect(await page.getByTestId('trace-source').textContent()).toContain('big-ocslogger.log');
    expect(workers.some((url) => /worker/.test(url)), 'the trace was read in a Web Worker').toBe(true);
    expect(lf.progress, 'a progress bar was shown').toBeGreaterThan(0);
    expect(lf.frames, 'the page kept painting').toBeGreaterThan(3);
    expect(lf.maxGap, `longest frame gap in ${seconds.toFixed(1)} s of work`).toBeLessThan(1000);
    // 25 failures are listed at first; the rest on request.
    expect(await page.locator('.lf-finding').count()).toBe(Math.min(25, expected.value.findings.length));
    await widget.getByRole('button', { name: `Show all ${expected.value.findings.length} failures` }).click();
    expect(await page.locator('.lf-finding').count()).toBe(expected.value.findings.length);
    await context.close();
  });
});

describe('both tools', () => {
  it('have no axe violation with results shown, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { context } = await localContext({ colorScheme });
      const page = await context.newPage();
      await openTool(page, DNS_PAGE, 'dns-checker');
      await lookUp(page, 'wrong.example');
      await page.locator('[data-testid="dns-report"][data-domain="wrong.example"]').waitFor();
      expect(await axe(page), `DNS checker, ${colorScheme}`).toEqual([]);
      const widget = await openTool(page, TRACE_PAGE, 'trace-explainer');
      await widget.getByLabel('Log text with SIP messages').fill(TRACE_FIXTURES.find(([f]) => f === 'bare-sip.txt')?.[1] ?? '');
      await widget.getByRole('button', { name: 'Explain the paste' }).click();
      await page.locator('.lf-finding[data-known="false"]').waitFor();
      expect(await axe(page), `trace explainer, ${colorScheme}`).toEqual([]);
      await context.close();
    }
  });

  it('fit a 320 px wide screen with results shown', async () => {
    const { context } = await localContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const [path, widget] of [[DNS_PAGE, 'dns-checker'], [TRACE_PAGE, 'trace-explainer']] as const) {
      await openTool(page, path, widget);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('show their worked examples without JavaScript', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}${DNS_PAGE}`);
    const dns = page.getByTestId('dns-report');
    expect(await dns.getAttribute('data-domain')).toBe('contoso.com');
    expect(await dns.getAttribute('data-federation')).toBe('ok');
    expect(await page.locator('[data-record="sign-in-cname"]').getAttribute('data-status')).toBe('wrong');
    await page.goto(`${baseUrl()}${TRACE_PAGE}`);
    const trace = page.getByTestId('trace-report');
    expect(await trace.getAttribute('data-findings')).toBe('1');
    expect(await page.locator('.lf-finding').getAttribute('data-code')).toBe('1005');
    expect(await page.getByTestId('finding-playground').getAttribute('href')).toBe('/playground/?v=1&p=ls2010&discovery=on');
    await context.close();
  });
});
