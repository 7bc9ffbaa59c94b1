/**
 * `npm run bench -- --only overrides` (and part of the whole `npm run bench`): what each Starlight
 * override of ours saves. The site is built once with every override, then once per override with
 * that one left to Starlight (LYNC_STARLIGHT_OWN, read by astro.config.mjs), and every page is
 * measured in both builds the way readers pay for it: the HTML (gzip), the stylesheets it links
 * (gzip) and the scripts it loads before any interaction (gzip, module scripts with a src).
 * "Saves" is Starlight's component minus ours, on the pages where the two builds differ.
 *
 * An override that saves under KEEP_BYTES on the pages that use it, and changes nothing a reader
 * sees, should go back to Starlight's component (issue 15); the report marks those.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSite } from './build.ts';
import { attribute, gzipSize, measureBytes } from './measure-bytes.ts';
import { fileOf, listPages } from './serve.ts';

/** Below this many gzip bytes per page that uses it, an override does not earn its upkeep. */
export const KEEP_BYTES = 150;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

export interface OverrideFigure {
  name: string;
  /** Pages whose HTML, CSS or JS differ between the two builds. */
  pagesChanged: number;
  pagesTotal: number;
  /** Mean bytes saved per changed page (Starlight's − ours), by kind and in all. */
  html: number;
  css: number;
  js: number;
  total: number;
  /** The build without this override failed (another override or our code depends on it). */
  buildError?: string;
}

/** The override names, as astro.config.mjs lists them. */
export async function overrideNames(projectRoot: string): Promise<string[]> {
  const config = await readFile(join(projectRoot, 'astro.config.mjs'), 'utf8');
  return [...config.matchAll(/^\s+(\w+): '\.\/src\/components\/overrides\/\1\.astro',$/gm)].map((m) => m[1] ?? '');
}

async function scriptsGzip(root: string, pagePath: string): Promise<number> {
  const html = await readFile(fileOf(root, pagePath), 'utf8');
  let total = 0;
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (!src) continue;
    const url = new URL(src, `http://site${pagePath}`);
    if (url.host !== 'site') continue;
    total += gzipSize(await readFile(join(root, decodeURIComponent(url.pathname))));
  }
  return total;
}

export async function weighSite(root: string): Promise<Map<string, PageWeight>> {
  const weights = new Map<string, PageWeight>();
  for (const page of await listPages(root)) {
    const bytes = await measureBytes(root, page.path);
    weights.set(page.path, { html: bytes.htmlGzip, css: bytes.cssGzip, js: await scriptsGzip(root, page.path) });
  }
  return weights;
}

/** Compares the build without an override (starlight) with ours, page by page. */
export function compareWeights(name: string, ours: Map<string, PageWeight>, starlight: Map<string, PageWeight>): OverrideFigure {
  let changed = 0;
  const sum = { html: 0, css: 0, js: 0 };
  for (const [path, mine] of ours) {
    const theirs = starlight.get(path);
    if (!theirs) continue;
    const delta = { html: theirs.html - mine.html, css: theirs.css - mine.css, js: theirs.js - mine.js };
    if (delta.html === 0 && delta.css === 0 && delta.js === 0) continue;
    changed++;
    sum.html += delta.html;
    sum.css += delta.css;
    sum.js += delta.js;
  }
  const mean = (n: number) => (changed === 0 ? 0 : Math.round(n / changed));
  const figure = { name, pagesChanged: changed, pagesTotal: ours.size, html: mean(sum.html), css: mean(sum.css), js: mean(sum.js), total: 0 };
  figure.total = figure.html + figure.css + figure.js;
  return figure;
}

export async function measureOverrides(projectRoot: string, outRoot: string, log: (message: string) => void): Promise<OverrideFigure[]> {
  const names = await overrideNames(projectRoot);
  const oursDir = join(outRoot, 'all-overrides');
  log(`overrides: building with all ${names.length}, then once without each`);
  await buildSite(projectRoot, oursDir);
  const ours = await weighSite(oursDir);
  const figures: OverrideFigure[] = [];
  for (const name of names) {
    const dir = join(outRoot, `without-${name}`);
    try {
      await buildSite(projectRoot, dir, { LYNC_STARLIGHT_OWN: name });
      figures.push(compareWeights(name, ours, await weighSite(dir)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const line = message.split('\n').find((l) => /error/i.test(l) && !/astro build failed/.test(l)) ?? message.split('\n')[0] ?? '';
      figures.push({ name, pagesChanged: 0, pagesTotal: ours.size, html: 0, css: 0, js: 0, total: 0, buildError: line.trim().slice(0, 160) });
    }
    log(`  ${name}: ${describe(figures.at(-1)!)}`);
  }
  return figures;
}

function describe(figure: OverrideFigure): string {
  if (figure.buildError) return `build fails without it (${figure.buildError})`;
  return `${figure.total} B saved per page on ${figure.pagesChanged} of ${figure.pagesTotal} pages`;
}

export function printOverrides(figures: OverrideFigure[]): void {
  console.log('\nStarlight overrides: gzip bytes each saves per page that it changes (Starlight’s component − ours)');
  console.log(`${'override'.padEnd(24)}${'pages'.padStart(8)}${'HTML'.padStart(8)}${'CSS'.padStart(8)}${'JS'.padStart(8)}${'total'.padStart(8)}  verdict`);
  for (const f of [...figures].sort((a, b) => b.total - a.total)) {
    const verdict = f.buildError
      ? `needed by other code: ${f.buildError}`
      : f.pagesChanged === 0
        ? 'changes no page: back to Starlight'
        : f.total < KEEP_BYTES
          ? `under ${KEEP_BYTES} B: back to Starlight unless a reader sees the difference`
          : 'keeps its place';
    console.log(`${f.name.padEnd(24)}${`${f.pagesChanged}/${f.pagesTotal}`.padStart(8)}${String(f.html).padStart(8)}${String(f.css).padStart(8)}${String(f.js).padStart(8)}${String(f.total).padStart(8)}  ${verdict}`);
  }
}
