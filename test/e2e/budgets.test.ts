/**
 * The page-weight budgets of issue 8, checked on the build (bytes, not timings, so a busy machine
 * cannot make them flaky): HTML and CSS per page, the JavaScript a page fetches before its load
 * event (bench/static-js.ts; the benchmark measures the same in Chromium; widgets warm their code
 * after the load event, at idle, which the benchmark reports apart), and what must
 * never ship: source maps, a second copy of Preact, a highlighter in the browser.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../bench/budgets.ts';
import { measureBytes } from '../../bench/measure-bytes.ts';
import { staticJs } from '../../bench/static-js.ts';
import { builtFiles, DIST } from './dist.ts';

const dist = DIST;
const files = (dir: string, suffix: string) => builtFiles(suffix, dir);

/** Site paths of the built pages: /configure/on-premises/, /404.html … */
const pages = files(dist, '.html').map((file) => `/${relative(dist, file).replace(/(^|\/)index\.html$/, '$1')}`);
const scripts = files(join(dist, '_astro'), '.js');
const text = (file: string) => readFileSync(file, 'utf8');

describe('page weight', () => {
  it('has a build to weigh', () => {
    expect(pages, 'dist/ has no built pages: run `npm run build` first (npm test does)').toContain('/');
  });

  it.each(pages)('%s: HTML within budget', async (page) => {
    const { htmlGzip } = await measureBytes(dist, page);
    expect(htmlGzip, `${page} HTML is ${htmlGzip} B gzip`).toBeLessThanOrEqual(BUDGETS.htmlGzip);
  });

  it.each(pages)('%s: CSS within budget', async (page) => {
    const { cssGzip, stylesheets } = await measureBytes(dist, page);
    expect(cssGzip, `${page} CSS: ${stylesheets.map((s) => `${s.href} ${s.gzip} B`).join(', ')}`).toBeLessThanOrEqual(BUDGETS.cssGzip);
  });

  it.each(pages)('%s: JavaScript before interaction (fetched before the load event) within budget', async (page) => {
    const { widgets } = await measureBytes(dist, page);
    const js = await staticJs(dist, page);
    const limit = widgets.length > 0 ? BUDGETS.jsBeforeInteractionWithWidgetsGzip : BUDGETS.jsBeforeInteractionGzip;
    expect(js.gzip, `${page} fetches ${js.gzip} B gzip before its load event: ${js.files.join(', ')}`).toBeLessThanOrEqual(limit);
  });
});

describe('what never ships', () => {
  it('has scripts to inspect', () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  it('ships no source maps', () => {
    expect(files(dist, '.map').map((file) => relative(dist, file))).toEqual([]);
    const linked = [...scripts, ...files(dist, '.css')].filter((file) => /sourceMappingURL=/.test(text(file)));
    expect(linked.map((file) => relative(dist, file))).toEqual([]);
  });

  it('ships one copy of Preact', () => {
    // Preact's core defines Component#forceUpdate once; a second copy would define it again.
    const copies = scripts.filter((file) => /\.prototype\.forceUpdate\s*=/.test(text(file)));
    expect(copies.map((file) => relative(dist, file))).toHaveLength(1);
  });

  it('ships no syntax highlighter to the browser', () => {
    // Shiki's engine and TextMate grammars: colours are made at build time, never in the browser.
    const highlighter = /createHighlighter|createOnigurumaEngine|vscode-textmate|"scopeName"\s*:|onig\.wasm/;
    const found = [...scripts, ...files(dist, '.wasm').filter((file) => !file.includes('/pagefind/'))].filter(
      (file) => file.endsWith('.wasm') || highlighter.test(text(file)),
    );
    expect(found.map((file) => relative(dist, file))).toEqual([]);
  });
});
