/**
 * The troubleshooting tools in a real browser: the DNS record checker against a DNS-over-HTTPS
 * JSON server of our own on 127.0.0.1 (named with ?resolver=; the page never reaches a real
 * resolver: every request off this machine is aborted), every pasted DNS format, the trace
 * explainer on every trace fixture and on a generated ~10 MB log in its Web Worker, wrong input for
 * both, axe in both themes with results shown, 320 px, and the worked examples without JavaScript.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { checkPaste } from '../../src/tools/dns/index.ts';
import { explainTrace } from '../../src/tools/trace/index.ts';
import { axe, baseUrl, launch, newContext, watch, wakeWidget } from './browser.ts';

const DNS_PAGE = '/troubleshooting/dns-checker/';
const TRACE_PAGE = '/troubleshooting/trace-explainer/';
const fixtures = (dir: string) => {
  const path = fileURLToPath(new URL(`../fixtures/${dir}/`, import.meta.url));
  return readdirSync(path).sort().map((file) => [file, readFileSync(join(path, file), 'utf8')] as const);
};
const DNS_FIXTURES = fixtures('dns');
const TRACE_FIXTURES = fixtures('trace');

// ---- A DNS-over-HTTPS JSON resolver on loopback, with fixed answers per domain. ----

const TYPE = { SRV: 33, CNAME: 5, A: 1 } as const;
const GOOD: Record<string, { type: keyof typeof TYPE; data: string }> = {
  '_sipfederationtls._tcp': { type: 'SRV', data: '100 1 5061 sipfed.online.lync.com.' },
  '_sip._tls': { type: 'SRV', data: '100 1 443 sipdir.online.lync.com.' },
  sip: { type: 'CNAME', data: 'sipdir.online.lync.com.' },
  lyncdiscover: { type: 'CNAME', data: 'webdir.online.lync.com.' },
};
const asked: string[] = [];
let dohServer: Server;
let resolver = '';

function answer(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const name = (url.searchParams.get('name') ?? '').toLowerCase();
  asked.push(name);
  const json = (body: unknown) => {
    response.writeHead(200, { 'content-type': 'application/dns-json', 'access-control-allow-origin': '*' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  };
  const domain = name.split('.').slice(-2).join('.');
  const label = name.slice(0, -(domain.length + 1));
  const record = GOOD[label];
  switch (domain) {
    case 'good.example':
    case 'wrong.example': {
      if (!record) return json({ Status: 0 });
      const data = domain === 'wrong.example' && label === '_sipfederationtls._tcp' ? '100 1 5061 sip.wrong.example.' : record.data;
      return json({ Status: 0, Answer: [{ name: `${name}.`, type: TYPE[record.type], TTL: 3600, data }] });
    }
    case 'nx.example':
      return json({ Status: 3 });
    case 'servfail.example':
      return json({ Status: 2 });
    case 'malformed.example':
      return json('<html>not dns</html>');
    case 'slow.example':
      // Longer than the checker's 5 s timeout; the test server closes it at the end.
      setTimeout(() => json({ Status: 0 }), 8000).unref();
      return;
    default:
      return json({ Status: 3 });
  }
}

let browser: Browser;
let tmp = '';
beforeAll(async () => {
  dohServer = createServer(answer);
  await new Promise<void>((resolve) => dohServer.listen(0, '127.0.0.1', resolve));
  resolver = `http://127.0.0.1:${(dohServer.address() as AddressInfo).port}/dns-query`;
  browser = await launch();
  tmp = mkdtempSync(join(tmpdir(), 'lf-tools-'));
});
afterAll(async () => {
  await browser?.close();
  dohServer?.closeAllConnections();
  await new Promise((resolve) => dohServer?.close(resolve));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A context whose pages cannot reach anything but this machine: no real resolver is ever asked. */
async function localContext(options: Parameters<typeof newContext>[1] = {}): Promise<{ context: BrowserContext; offMachine: string[] }> {
  const context = await newContext(browser, options);
  const offMachine: string[] = [];
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    offMachine.push(route.request().url());
    return route.abort();
  });
  return { context, offMachine };
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

describe('DNS record checker: live lookup', () => {
  it('checks a good domain through the ?resolver= endpoint and asks it about the four names only', async () => {
    const { context, offMachine } = await localContext();
    const page = await context.newPage();
    const problems = watch(page);
    await openTool(page, DNS_PAGE, 'dns-checker', `?resolver=${encodeURIComponent(resolver)}`);
    await expect(page.getByTestId('dns-resolvers').textContent()).resolves.toContain('127.0.0.1');
    asked.length = 0;
    await lookUp(page, 'good.example');
    await page.locator('[data-testid="dns-report"][data-domain="good.example"]').waitFor();
    expect(await page.getByTestId('dns-report').getAttribute('data-federation')).toBe('ok');
    expect(await statuses(page)).toEqual(['federation-srv:ok', 'sign-in-srv:ok', 'sign-in-cname:ok', 'lyncdiscover-cname:ok']);
    expect([...new Set(asked)].sort()).toEqual(['_sip._tls.good.example', '_sipfederationtls._tcp.good.example', 'lyncdiscover.good.example', 'sip.good.example']);
    await expect(page.getByTestId('widget-announcer').textContent()).resolves.toContain('The federation record is in place');
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
    await openTool(page, DNS_PAGE, 'dns-checker', `?resolver=${encodeURIComponent(resolver)}`);
    await lookUp(page, domain);
    const report = page.locator(`[data-testid="dns-report"][data-domain="${domain}"]`);
    await report.waitFor();
    expect(await report.getAttribute('data-federation')).toBe(federation);
    expect(await report.textContent()).toContain(text);
    await context.close();
  });

  it.each([
    ['SERVFAIL', 'servfail.example', 'SERVFAIL'],
    ['a malformed answer', 'malformed.example', 'not JSON'],
  ])('says clearly when the resolver answers %s', async (_label, domain, text) => {
    const { context } = await localContext();
    const page = await context.newPage();
    await openTool(page, DNS_PAGE, 'dns-checker', `?resolver=${encodeURIComponent(resolver)}`);
    await lookUp(page, domain);
    const error = page.getByTestId('dns-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('No DNS-over-HTTPS resolver answered');
    expect(await error.textContent()).toContain(text);
    await context.close();
  });

  it('shows the lookup in progress, then the timeout', async () => {
    const { context } = await localContext();
    const page = await context.newPage();
    await openTool(page, DNS_PAGE, 'dns-checker', `?resolver=${encodeURIComponent(resolver)}`);
    await lookUp(page, 'slow.example');
    await page.getByTestId('dns-loading').waitFor();
    expect(await page.getByTestId('dns-result').getAttribute('aria-busy')).toBe('true');
    const error = page.getByTestId('dns-error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.textContent()).toContain('no answer within 5 s');
    await context.close();
  });

  it('refuses a ?resolver= that is neither this machine nor a default resolver', async () => {
    const { context, offMachine } = await localContext();
    const page = await context.newPage();
    const query = `?resolver=${encodeURIComponent('https://dns.evil.example/dns-query')}&resolver=${encodeURIComponent(resolver)}`;
    await openTool(page, DNS_PAGE, 'dns-checker', query);
    await expect(page.getByTestId('dns-resolver-refused').textContent()).resolves.toContain('dns.evil.example');
    await lookUp(page, 'good.example');
    await page.locator('[data-testid="dns-report"][data-domain="good.example"]').waitFor();
    expect(offMachine).toEqual([]);
    await context.close();
  });

  it('is usable from the keyboard alone, and a trace finding prefills the domain', async () => {
    const { context } = await localContext();
    const page = await context.newPage();
    await openTool(page, DNS_PAGE, 'dns-checker', `?resolver=${encodeURIComponent(resolver)}&domain=wrong.example`);
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
        if (finding.playground) expect(await item.getByTestId('finding-playground').getAttribute('href'), file).toBe(finding.playground);
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
      await openTool(page, DNS_PAGE, 'dns-checker', `?resolver=${encodeURIComponent(resolver)}`);
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
    expect(await page.getByTestId('finding-playground').getAttribute('href')).toMatch(/^\/playground\/\?scenario=/);
    await context.close();
  });
});
