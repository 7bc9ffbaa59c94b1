import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATIC_PLAYGROUND_NOTE } from '../../src/embed/oembed.ts';
import { buildEmbedSnippet } from '../../src/embed/snippet.ts';
import { EMBED_WIDGETS } from '../../src/embed/widgets.ts';
import { PRESETS } from '../../src/scenarios/presets.ts';
import { scenarioQuery } from '../../src/share/scenario-param.ts';
import { axe, baseUrl, launch, newContext, sitemapPaths, watch, wakeWidget } from './browser.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const playground = EMBED_WIDGETS.find((widget) => widget.id === 'playground')!;

let browser: Browser;
let host: Server;
let hostUrl: string;

/** The sandbox a stricter host might force on every iframe: scripts, but no allow-same-origin (origin "null"). */
const STRICT_SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/**
 * Another site: a loopback server on its own port (so another origin than the built site) that
 * serves a page with a widget's embed snippet (the playground's unless ?widget= says otherwise),
 * pointing at the test server's embed, at ?width= px wide. ?script=0 strips the resize script,
 * as a host that removes scripts does; ?sandbox=strict swaps the recommended sandbox for
 * STRICT_SANDBOX; ?allow=0 drops allow="clipboard-write".
 */
function hostPage(params: URLSearchParams): string {
  const widget = EMBED_WIDGETS.find((w) => w.id === (params.get('widget') ?? 'playground')) ?? playground;
  let snippet = buildEmbedSnippet({ site: baseUrl(), widget, query: params.get('embed') ?? '' });
  if (params.get('script') === '0') snippet = snippet.replace(/<script>[\s\S]*<\/script>/, '');
  if (params.get('sandbox') === 'strict') snippet = snippet.replace(/ sandbox="[^"]*"/, ` sandbox="${STRICT_SANDBOX}"`);
  if (params.get('allow') === '0') snippet = snippet.replace(/ allow="[^"]*"/, '');
  // ?frame=<path>: a plain iframe of one of the site's pages, as a clickjacking page would frame it.
  const framed = params.get('frame');
  if (framed) snippet = `<iframe src="${baseUrl()}${framed}" title="framed" style="width:100%;height:600px"></iframe>`;
  const width = Number(params.get('width') ?? 760);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A forum post</title></head>
<body style="margin:0;font-family:sans-serif"><main style="width:${width}px"><h1>Can my users reach this person?</h1><p>Here is the widget:</p>
${snippet}
<p id="after">Text after the embed.</p></main></body></html>`;
}

beforeAll(async () => {
  browser = await launch();
  host = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(new URL(request.url ?? '/', 'http://host').searchParams));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-lf-embed="playground"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no embed frame');
  await wakeWidget(frame, 'playground');
  return frame;
}

/** The widget each embed shows, as its data-widget names it. */
const WIDGET_ELEMENT: Record<string, string> = { 'domain-federation': 'domain-federation-tab', 'public-im': 'public-im-impact' };

const iframeHeight = (page: Page) => page.$eval('iframe[data-lf-embed]', (iframe) => Number((iframe as HTMLIFrameElement).height));
const contentHeight = (frame: Frame) => frame.$eval('[data-embed-root]', (root) => Math.ceil(root.getBoundingClientRect().height));

/** Waits until the iframe is exactly as tall as the embed's content (the resize script's job). */
async function heightFollowsContent(page: Page, frame: Frame): Promise<number> {
  let last = { iframe: 0, content: -1 };
  for (let i = 0; i < 50; i++) {
    last = { iframe: await iframeHeight(page), content: await contentHeight(frame) };
    if (last.iframe === last.content) return last.iframe;
    await page.waitForTimeout(100);
  }
  throw new Error(`iframe ${last.iframe} px, content ${last.content} px`);
}

describe('the playground embedded in another site', () => {
  it('loads, takes its content’s height, and follows it as the content grows and shrinks', async () => {
    const context = await newContext(browser, { viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(hostUrl, { waitUntil: 'load' });
    const frame = await embedFrame(page);
    const first = await heightFollowsContent(page, frame);
    expect(first).not.toBe(playground.height);
    // Nothing scrolls inside the frame: the host page scrolls instead.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);

    await frame.click('.lf-trace summary');
    const opened = await heightFollowsContent(page, frame);
    expect(opened).toBeGreaterThan(first + 100);

    await frame.click('.lf-trace summary');
    expect(await heightFollowsContent(page, frame)).toBe(first);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    await context.close();
  });

  it('works inside the frame: a preset changes the verdicts, and the frame’s height follows', async () => {
    const context = await newContext(browser, { viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    await page.goto(hostUrl, { waitUntil: 'load' });
    const frame = await embedFrame(page);
    await heightFollowsContent(page, frame);
    const audio = () => frame.getAttribute('[data-widget="playground"] [data-modality="audio"]', 'data-works');
    expect(await audio()).toBe('true');
    await frame.click('[data-preset="messenger-vanity-domain"]');
    await frame.waitForSelector('[data-modality="audio"][data-works="false"]');
    await heightFollowsContent(page, frame);
    await context.close();
  });

  it('accepts the playground’s link parameters', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${hostUrl}?embed=${encodeURIComponent(scenarioQuery(PRESETS['messenger-vanity-domain'].scenario))}`, { waitUntil: 'load' });
    const frame = await embedFrame(page);
    await frame.waitForSelector('[data-modality="audio"][data-works="false"]');
    expect(await frame.locator('[data-testid="playground-notice"]').count()).toBe(0);
    await context.close();
  });

  it('leaves the host page when a link in the embed is followed (a new tab, not the frame)', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(hostUrl, { waitUntil: 'load' });
    const frame = await embedFrame(page);
    const [popup] = await Promise.all([context.waitForEvent('page'), frame.click('.lf-embed-title a')]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe('/playground/');
    // The sandboxed frame's popup escapes the sandbox (allow-popups-to-escape-sandbox): a normal page of the site.
    expect(await popup.evaluate(() => self.origin)).toBe(new URL(baseUrl()).origin);
    expect(frame.url()).toContain('/embed/playground/');
    await context.close();
  });
});

describe('the snippet’s sandbox and permissions', () => {
  it.each([
    ['with allow="clipboard-write", Copy inside the embed writes the clipboard', '', true],
    ['without it, the browser refuses and the embed says so (so the test above can fail)', '&allow=0', false],
  ])('%s', async (_name, extra, copies) => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${hostUrl}?embed=${encodeURIComponent('?v=1&p=ls2010')}${extra}`, { waitUntil: 'load' });
    const frame = await embedFrame(page);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await frame.click('[data-share="link"]');
    await frame.getByText(copies ? 'Link copied.' : /Could not copy the link/).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    if (copies) expect(copied).toMatch(/\/playground\/\?(?:.*&)?v=1&(?:.*&)?p=ls2010/);
    else expect(copied).toBe('before');
    await context.close();
  });
});

/**
 * A host that strips the resize script keeps the iframe at its declared height: at 360 and 720 px
 * wide, every widget and its verdict must fit in it, with nothing scrolled out of sight.
 */
describe.each(EMBED_WIDGETS.map((widget) => [widget.id, widget] as const))('%s embedded without the resize script', (id, widget) => {
  it.each([360, 720])('shows the whole widget at %i px in its declared height', async (width) => {
    const context = await newContext(browser, { viewport: { width: width + 40, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${hostUrl}?widget=${id}&script=0&width=${width}`, { waitUntil: 'networkidle' });
    const handle = await page.waitForSelector(`iframe[data-lf-embed="${id}"]`);
    const frame = (await handle.contentFrame())!;
    await frame.locator(`[data-widget="${WIDGET_ELEMENT[id] ?? id}"]`).first().waitFor();
    await frame.waitForLoadState('networkidle');
    expect(await iframeHeight(page)).toBe(widget.height);
    const fits = await frame.evaluate(() => ({ content: Math.ceil(document.querySelector('[data-embed-root]')!.getBoundingClientRect().height), frame: window.innerHeight, scroll: document.documentElement.scrollHeight }));
    expect(fits.frame).toBe(widget.height);
    expect(fits.content, `${id} at ${width} px is ${fits.content} px tall; widgets.ts declares ${widget.height}`).toBeLessThanOrEqual(widget.height);
    expect(fits.scroll).toBeLessThanOrEqual(fits.frame);
    await context.close();
  });
});

/**
 * The test server sends no headers, as GitHub Pages cannot: a docs page framed by another site
 * must then protect itself (overrides/scripts/frame-check.ts) and offer only a way out.
 */
describe('a docs page framed where no framing header is sent', () => {
  it.each(['/playground/', '/troubleshooting/diagnose/', '/no-such-page'])('%s offers only a link that opens it in a new tab', async (path) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${hostUrl}?frame=${encodeURIComponent(path)}`, { waitUntil: 'load' });
    const frame = (await (await page.waitForSelector('iframe[title="framed"]')).contentFrame())!;
    await frame.waitForLoadState('domcontentloaded');
    await expect.poll(() => frame.evaluate(() => document.body.children.length)).toBe(1);
    const link = frame.locator('body > a');
    expect(await link.textContent()).toBe('This page cannot be shown inside another site: open it in a new tab.');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(new URL((await link.getAttribute('href')) ?? '').pathname).toBe(path);
    // The 404 page's own status is logged by the browser; nothing else may be.
    expect(problems.consoleErrors.filter((error) => !(path === '/no-such-page' && /status of 404/.test(error)))).toEqual([]);
    await context.close();
  });
});

describe('focused widgets embedded', () => {
  it.each([
    ['vanity-converter', '?msn.v=1&msn.address=ann%40contoso.com', 'Messenger address, in either form', 'ann@contoso.com'],
    ['domain-federation', '?fed.v=1&fed.partnerDomain=litwareinc.com', 'Partner domain', 'litwareinc.com'],
  ])('/embed/%s/ reads the same link parameters as its full page', async (id, query, label, value) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/embed/${id}/${query}`, { waitUntil: 'networkidle' });
    await page.locator('astro-island:not([ssr]) [data-widget]').waitFor();
    await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe(value);
    await context.close();
  });
});

describe.each(EMBED_WIDGETS.map((widget) => [widget.id, widget] as const))('/embed/%s/', (id, widget) => {
  it.each(['light', 'dark'] as const)('has the widget, a header back to its page, no console error and no axe violation (%s)', async (colorScheme) => {
    const context = await newContext(browser, { colorScheme });
    const page = await context.newPage();
    const problems = watch(page);
    const response = await page.goto(`${baseUrl()}/embed/${id}/`, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(colorScheme);
    expect(await page.locator('[data-widget]').count()).toBe(1);
    expect(await page.getAttribute('.lf-embed-title a', 'href')).toBe(widget.page);
    // No site chrome: no sidebar, search or footer.
    expect(await page.locator('nav, site-search, footer, .sidebar').count()).toBe(0);
    const violations = await axe(page);
    await context.close();
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('is discoverable by oEmbed, on the embed page and on the widget’s full page', async () => {
    const oembedLink = new RegExp(`<link rel="alternate" type="application/json\\+oembed" href="([^"]+/oembed/${id}\\.json)"`);
    for (const path of [`/embed/${id}/`, widget.page]) {
      const html = await (await fetch(`${baseUrl()}${path}`)).text();
      const href = oembedLink.exec(html)?.[1];
      expect(href, `${path} has no oEmbed link for ${id}`).toBeTruthy();
      const response = await fetch(`${baseUrl()}${new URL(href ?? '').pathname}`);
      expect(response.headers.get('content-type')).toContain('application/json');
      const oembed = (await response.json()) as Record<string, unknown>;
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Lync Online Federation 101' });
      // A static document cannot read a shared link: the playground's says it embeds the default scenario.
      expect(oembed['title']).toBe(id === 'playground' ? `${widget.title} (${STATIC_PLAYGROUND_NOTE})` : widget.title);
      expect(String(oembed['html'])).toContain(`/embed/${id}/`);
    }
  });
});

describe('the Embed this widget box', () => {
  it('shows the snippet and copies it', async () => {
    const context = await newContext(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${baseUrl()}/configure/user-training/`, { waitUntil: 'networkidle' });
    const box = page.locator('[data-embed-code="vanity-converter"]');
    await box.locator('summary').click();
    const snippet = await box.locator('textarea').inputValue();
    expect(snippet).toMatch(/^<iframe src="https:\/\/[^"]+\/embed\/vanity-converter\/"/);
    await box.getByRole('button', { name: 'Copy embed code' }).click();
    await box.getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    const violations = await axe(page);
    await context.close();
    expect(problems.consoleErrors).toEqual([]);
    expect(violations).toEqual([]);
  });
});

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link previews', async () => {
  const paths = await sitemapPaths();
  const meta = (html: string, key: string) =>
    new RegExp(`<meta (?:property|name)="${key.replace(/[:]/g, '\\$&')}" content="([^"]*)"`).exec(html)?.[1];

  it('covers the docs pages; the embeds stay out of the sitemap (their canonical is the full page)', () => {
    expect(paths).toContain('/playground/');
    expect(paths.filter((path) => path.startsWith('/embed/'))).toEqual([]);
  });

  it.each(paths)('%s has Open Graph and Twitter card tags, and its 1200×630 PNG exists', async (path) => {
    const html = await (await fetch(`${baseUrl()}${path}`)).text();
    for (const key of ['og:title', 'og:description', 'og:image', 'og:image:alt', 'og:type', 'og:url', 'twitter:card', 'twitter:image']) {
      expect(meta(html, key), `${path}: ${key}`).toBeTruthy();
    }
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const image = new URL(meta(html, 'og:image') ?? '');
    expect(image.protocol).toBe('https:');
    expect(meta(html, 'twitter:image')).toBe(image.href);
    expect(image.pathname).toMatch(/^\/og\/.+\.png$/);
    const bytes = readFileSync(`${dist}${decodeURIComponent(image.pathname).slice(1)}`);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
  });
});
