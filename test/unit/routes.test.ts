import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_WIDGETS } from '../../src/embed/widgets.ts';

// Cloudflare Pages' _routes.json: which requests run the edge functions (functions/). Checked
// against every published URL (test/urls.txt), so a new section or embed cannot silently start
// costing a function call per view, and the three things the functions do stay routed to them.
const routes = JSON.parse(readFileSync(new URL('../../public/_routes.json', import.meta.url), 'utf8')) as { version: number; include: string[]; exclude: string[] };
const urls = readFileSync(new URL('../urls.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

/** Cloudflare's rule syntax: an exact path, or a prefix ending in "*"; exclude wins over include. */
const matches = (rule: string, path: string) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule);
const runsFunctions = (path: string) => routes.include.some((rule) => matches(rule, path)) && !routes.exclude.some((rule) => matches(rule, path));

describe('public/_routes.json', () => {
  it('is version 1 and within Cloudflare’s limit of 100 rules', () => {
    expect(routes.version).toBe(1);
    expect(routes.include.length + routes.exclude.length).toBeLessThanOrEqual(100);
  });

  it('routes the playground (a shared link’s preview), /oembed (the endpoint) and unknown paths (their 404) to the functions', () => {
    for (const path of ['/playground/', '/oembed', '/no-such-page', '/embed/no-such-widget/']) expect(runsFunctions(path), path).toBe(true);
  });

  it('serves every other published page, every embed and every built file without a function', () => {
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls.filter((url) => url !== '/playground/')) expect(runsFunctions(url), url).toBe(false);
    for (const widget of EMBED_WIDGETS) expect(runsFunctions(`/embed/${widget.id}/`), `/embed/${widget.id}/ (src/embed/widgets.ts) runs a function: add it to "exclude" in public/_routes.json`).toBe(false);
    for (const path of ['/_astro/page.abc.js', '/og/index.png', '/og/playground/2-of-5.png', '/icons/abc.svg', '/favicon.svg', '/sitemap-index.xml']) expect(runsFunctions(path), path).toBe(false);
  });
});
