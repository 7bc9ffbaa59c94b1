/**
 * The same answer in the browser and the CLI: every fixture of the three paste tools (the pages'
 * worked examples among them) is read by the real CLI (check-dns, explain-trace, read-edge-config,
 * through tsx, from the file's bytes) and pasted into the real widget; what each shows must match.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../../src/tools/trace/decode.ts';
import { baseUrl, launch, newContext, wakeWidget } from './browser.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const dir = (tool: string) => fileURLToPath(new URL(`../fixtures/${tool}/`, import.meta.url));
const files = (tool: string) => readdirSync(dir(tool)).filter((f) => f.endsWith('.txt')).sort();

/** Runs the CLIs one after another in the background (two cores), a promise per call. */
let queue: Promise<unknown> = Promise.resolve();
function cli(script: string, args: string[]): Promise<any> {
  const run = queue.then(
    () =>
      new Promise((resolve, reject) => {
        execFile(process.execPath, [tsx, `src/cli/${script}.ts`, ...args], { cwd: root, maxBuffer: 1 << 26, env: { ...process.env, SITE_URL: '' } }, (error, stdout) => {
          if (error) reject(new Error(`${script} ${args.join(' ')}: ${error.message}`));
          else resolve(JSON.parse(stdout));
        });
      }),
  );
  queue = run.catch(() => undefined);
  return run;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(page: Page, path: string, widget: string) {
  await page.goto(`${baseUrl()}${path}`, { waitUntil: 'networkidle' });
  await wakeWidget(page, widget);
  return page.locator(`[data-widget="${widget}"]`);
}

describe('paste tools: the widget shows what the CLI prints', () => {
  it('Edge reader: per modality, the same verdict (decided or not) for every fixture', async () => {
    const outputs = files('edge-config').map((f) => [f, cli('read-edge-config', [join(dir('edge-config'), f), '--tenant', 'contoso.com'])] as const);
    const context = await newContext(browser);
    const page = await context.newPage();
    const widget = await open(page, '/troubleshooting/edge-config/', 'edge-config');
    for (const [file, output] of outputs) {
      const out = await output;
      await widget.getByLabel('Lync Server Management Shell output').fill(decodeText(readFileSync(join(dir('edge-config'), file))));
      const expected: string[] = out.evaluation
        ? out.evaluation.results.map((r: { modality: string; works: boolean }) => `${r.modality}:${r.works}`)
        : out.verdict.modalities.map((m: { modality: string; decided: boolean; works: boolean | null }) => `${m.modality}:${m.decided ? m.works : 'undecided'}`);
      await expect
        .poll(() => page.locator('[data-testid="edge-result"] .lf-verdict').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-modality')}:${i.getAttribute('data-works')}`)), { timeout: 5000 })
        .toEqual(expected);
      const notRead = await page.locator('[data-testid="edge-read"] [data-setting][data-read="false"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-setting')));
      expect(notRead, file).toEqual(out.notRead);
    }
    await context.close();
  }, 180_000);

  it('DNS checker: the same federation verdict, record statuses and records not checked', async () => {
    const outputs = files('dns').map((f) => [f, cli('check-dns', [join(dir('dns'), f)])] as const);
    const context = await newContext(browser);
    const page = await context.newPage();
    const widget = await open(page, '/troubleshooting/dns-checker/', 'dns-checker');
    for (const [file, output] of outputs) {
      const out = await output;
      await widget.getByLabel('Output of nslookup, dig or Resolve-DnsName, or a zone file').fill(decodeText(readFileSync(join(dir('dns'), file))));
      await widget.getByRole('button', { name: 'Check the paste' }).click();
      const report = page.getByTestId('dns-report');
      await expect.poll(() => report.getAttribute('data-federation'), { timeout: 5000 }).toBe(out.federation);
      const statuses = await page.locator('[data-testid="dns-report"] [data-record][data-status]').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-record')}:${i.getAttribute('data-status')}`));
      expect(statuses, file).toEqual(out.records.map((r: { id: string; status: string }) => `${r.id}:${r.status}`));
      expect(await page.locator('[data-testid="dns-not-checked"] [data-record]').count(), file).toBe(out.notChecked.length);
    }
    await context.close();
  }, 180_000);

  it('trace explainer: the same messages, findings and ms-client-diagnostics codes', async () => {
    const outputs = files('trace').map((f) => [f, cli('explain-trace', [join(dir('trace'), f)])] as const);
    const context = await newContext(browser);
    const page = await context.newPage();
    const widget = await open(page, '/troubleshooting/trace-explainer/', 'trace-explainer');
    for (const [file, output] of outputs) {
      const out = await output;
      await widget.getByLabel('Log text with SIP messages').fill(decodeText(readFileSync(join(dir('trace'), file))));
      await widget.getByRole('button', { name: 'Explain the paste' }).click();
      const report = page.locator(`[data-testid="trace-report"][data-messages="${out.messages}"]`);
      await report.waitFor();
      const codes = await page.locator('.lf-finding').evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
      expect(codes, file).toEqual(out.findings.map((f: { code: number }) => String(f.code)));
      const client = await page.locator('[data-testid="trace-client-diagnostics"] li').evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
      expect(client, file).toEqual(out.clientDiagnostics.map((c: { code: number | null }) => String(c.code ?? '')));
    }
    await context.close();
  }, 180_000);
});
