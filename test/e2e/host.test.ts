/**
 * The site as its reference host serves it: `npm run serve:host` (Cloudflare Pages' own emulator,
 * wrangler pages dev on workerd) with the edge functions, _headers and _routes.json. Checks what
 * only the host can do: the headers each kind of path gets, a 404 that cannot be framed, oEmbed for
 * a shared link that embeds its own scenario, a permalink's preview that matches its scenario, and
 * an embed sandboxed to the origin "null" (its scripts need the host's CORS headers).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBED_WIDGETS } from '../../src/embed/widgets.ts';
import { tallyImagePath, tallyOf, verdictsInWords } from '../../src/og/verdict-tally.ts';
import { evaluateInput } from '../../src/rules/index.ts';
import { PRESETS, type PresetId } from '../../src/scenarios/presets.ts';
import { fromScenarioInput } from '../../src/share/playground-draft.ts';
import { encodePlaygroundParams } from '../../src/share/playground-params.ts';
import { launch, newContext, wakeWidget, watch } from './browser.ts';
import { startHost, type HostServer } from './host.ts';

let host: HostServer;
let browser: Browser;
let other: Server;
let otherUrl: string;
/** What another site's page holds, by path: set by a test before it loads the page. */
const otherPages = new Map<string, string>();

beforeAll(async () => {
  [host, browser] = await Promise.all([startHost(), launch()]);
  other = createServer((request, response) => {
    const body = otherPages.get(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'none');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await new Promise((resolve) => other?.close(resolve));
});

const permalink = (id: PresetId) => `/playground/?${encodePlaygroundParams(fromScenarioInput(PRESETS[id].scenario))}`;
const head = (path: string) => fetch(`${host.url}${path}`, { redirect: 'manual' });
const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&');

describe('headers, as the host sends them', () => {
  it.each(['/', '/playground/', '/concepts/partners-and-modalities/', '/troubleshooting/diagnose/', '/reference/sources/'])('%s may not be framed, and is not sniffed', async (path) => {
    const response = await head(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(EMBED_WIDGETS.map((w) => `/embed/${w.id}/`))('%s may be framed by any site', async (path) => {
    const response = await head(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('content-security-policy')).toBe('frame-ancestors *');
  });

  it.each(['/no-such-page', '/embed/no-such-widget/', '/playground/no-such-page', '/concepts/no-such-page'])('a 404 at %s may not be framed', async (path) => {
    const response = await head(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
  });

  it('keeps content-named files a year, readable by a sandboxed embed (CORS); the oEmbed documents readable by any site', async () => {
    const html = await (await head('/embed/playground/')).text();
    const script = /<script type="module" src="(\/_astro\/[^"]+)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const asset = await head(script ?? '');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('access-control-allow-origin')).toBe('*');
    expect((await head('/oembed/playground.json')).headers.get('access-control-allow-origin')).toBe('*');
  });
});

describe('oEmbed for a shared link', () => {
  it('embeds the link’s own scenario, and the embed shows its verdicts', async () => {
    const link = `${host.url}${permalink('messenger-vanity-domain')}`;
    const response = await head(`/oembed?url=${encodeURIComponent(link)}&format=json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const oembed = (await response.json()) as { html: string; title: string; height: number };
    expect(oembed.title).toBe('Can my users reach this person? (a shared scenario: 2 of 5 modalities work (some answers uncertain))');
    // What an oEmbed consumer does: put the html in its page.
    otherPages.set('/oembed-consumer', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A thread</title></head><body>${oembed.html}</body></html>`);
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${otherUrl}/oembed-consumer`, { waitUntil: 'load' });
    const frame = (await (await page.waitForSelector('iframe[data-lf-embed="playground"]')).contentFrame())!;
    await frame.locator('[data-widget="playground"] [data-modality="audio"][data-works="false"]').waitFor();
    expect(await frame.getAttribute('[data-widget="playground"] [data-modality="im"]', 'data-works')).toBe('true');
    await context.close();
  });

  it('says the default scenario is embedded for the bare playground, through the discovery link of the page', async () => {
    const html = await (await head('/playground/')).text();
    expect(/<link rel="alternate" type="application\/json\+oembed" href="[^"]*\/oembed\/playground\.json"/.test(html)).toBe(true);
    const oembed = (await (await head(`/oembed?url=${encodeURIComponent(`${host.url}/playground/`)}`)).json()) as { title: string; html: string };
    expect(oembed.title).toBe('Can my users reach this person?');
    expect(oembed.html).toContain(`src="${host.url}/embed/playground/"`);
  });
});

describe('a permalink’s preview', () => {
  it.each(['both-on-lync-online', 'messenger-vanity-domain', 'partner-on-premises'] as const)('%s: the image of its own tally, its verdicts in words, its own oEmbed', async (id) => {
    const path = permalink(id);
    const html = await (await head(path)).text();
    const result = evaluateInput(PRESETS[id].scenario);
    if (!result.ok) throw new Error('preset does not evaluate');
    const image = meta(html, 'og:image') ?? '';
    expect(new URL(image).pathname).toBe(tallyImagePath(tallyOf(result.evaluation.results)));
    expect(meta(html, 'twitter:image')).toBe(image);
    expect(meta(html, 'og:description')).toContain(verdictsInWords(result.evaluation.results));
    expect(meta(html, 'og:image:alt')).toContain(verdictsInWords(result.evaluation.results));
    expect(meta(html, 'og:url')).toBe(`${host.url}${path}`);
    const png = await head(new URL(image).pathname);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    const oembed = (await (await fetch(discovery)).json()) as { html: string };
    expect(oembed.html).toContain(`/embed/playground/?${encodePlaygroundParams(fromScenarioInput(PRESETS[id].scenario)).replaceAll('&', '&amp;')}"`);
  });

  it('the bare playground keeps its static preview, which claims no verdict', async () => {
    const html = await (await head('/playground/')).text();
    expect(new URL(meta(html, 'og:image') ?? '').pathname).toBe('/og/playground.png');
    expect(meta(html, 'og:image:alt')).not.toMatch(/works|blocked|not supported/i);
  });
});

/** Waits until the iframe is exactly as tall as the embed's content (the resize script's job). */
async function heightFollowsContent(page: Page, frame: Frame): Promise<number> {
  let last = { iframe: 0, content: -1 };
  for (let i = 0; i < 50; i++) {
    last = {
      iframe: await page.$eval('iframe[data-lf-embed]', (iframe) => Number((iframe as HTMLIFrameElement).height)),
      content: await frame.$eval('[data-embed-root]', (root) => Math.ceil(root.getBoundingClientRect().height)),
    };
    if (last.iframe === last.content) return last.iframe;
    await page.waitForTimeout(100);
  }
  throw new Error(`iframe ${last.iframe} px, content ${last.content} px`);
}

describe('an embed sandboxed without allow-same-origin (origin "null")', () => {
  it('runs (its scripts load with CORS), works, and still resizes', async () => {
    const oembed = (await (await head(`/oembed?url=${encodeURIComponent(`${host.url}/playground/`)}`)).json()) as { html: string };
    const strict = oembed.html.replace(/ sandbox="[^"]*"/, ' sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
    expect(strict).not.toContain('allow-same-origin');
    otherPages.set('/strict', `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A strict CMS</title></head><body style="margin:0"><main style="width:760px">${strict}</main></body></html>`);
    const context = await newContext(browser, { viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${otherUrl}/strict`, { waitUntil: 'load' });
    const frame = (await (await page.waitForSelector('iframe[data-lf-embed="playground"]')).contentFrame())!;
    expect(await frame.evaluate(() => self.origin)).toBe('null');
    // Should it not hydrate, say what the page saw (a failed module fetch, the island's own error).
    await wakeWidget(frame, 'playground').catch((error: unknown) => {
      throw new Error(`${String(error)}\nconsole errors: ${JSON.stringify(problems.consoleErrors)}\nfailed requests: ${JSON.stringify(problems.failedRequests)}`);
    });
    // Each island's code was fetched at the first try: no import that Astro had to retry a second later
    // (the runtime's tag says crossorigin, so its import() asks without credentials; see island-runtime.ts).
    const fetched = await frame.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => name.includes('/_astro/')));
    expect(fetched.filter((name) => name.includes('astro-retry='))).toEqual([]);
    expect(fetched.some((name) => /\/Playground\.[\w-]+\.js$/.test(name))).toBe(true);
    const first = await heightFollowsContent(page, frame);
    await frame.click('[data-preset="messenger-vanity-domain"]');
    await frame.locator('[data-modality="audio"][data-works="false"]').waitFor();
    await frame.click('.lf-trace summary');
    expect(await heightFollowsContent(page, frame)).toBeGreaterThan(first);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });
});
