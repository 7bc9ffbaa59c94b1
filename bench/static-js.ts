/**
 * The JavaScript a page makes the browser fetch before its load event, read from the built files
 * (no browser, no timing): its scripts with a src (module or classic), its module preloads, the
 * modules its inline module scripts import, and the islands that hydrate on their own (client:load,
 * idle, visible, only; a client:interaction island fetches its code after the load event, at idle,
 * or when the reader uses it: src/hydration/interaction.ts), each with every module it
 * imports statically. Dynamic import() is left out: it runs later, on demand. The benchmark
 * measures the same thing in Chromium; this is the version a test can check on every build.
 */
import { readFile } from 'node:fs/promises';
import { attribute, gzipSize } from './measure-bytes.ts';
import { fileOf } from './serve.ts';

export interface StaticJs {
  /** Site paths of the modules, in the order found. */
  files: string[];
  gzip: number;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g;

/** Module paths a piece of JavaScript imports statically, resolved against `base`. */
export function staticImports(code: string, base: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map(([, spec]) => new URL(spec ?? '', `http://site${base}`).pathname);
}

/** What the page fetches by itself: the entry modules. */
export function entryModules(html: string, pagePath: string): string[] {
  const entries: string[] = [];
  const resolve = (href: string) => new URL(href, `http://site${pagePath}`);
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = (attribute(` ${attrs}`, 'type') ?? '').toLowerCase();
    // Data blocks (JSON) are not code; a classic or module script with a src is fetched.
    if (type !== '' && type !== 'module' && type !== 'text/javascript') continue;
    const src = attribute(` ${attrs}`, 'src');
    if (src !== null) entries.push(resolve(src).pathname);
    else if (type === 'module') entries.push(...staticImports(body, pagePath));
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase();
    const href = attribute(tag, 'href');
    if (rel === 'modulepreload' && href) entries.push(resolve(href).pathname);
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    if (attribute(tag, 'client') === 'interaction') continue;
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const url = attribute(tag, name);
      if (url) entries.push(resolve(url).pathname);
    }
  }
  return entries;
}

/** Every module the entries pull in, followed through static imports, each counted once. */
export async function staticJs(root: string, pagePath: string): Promise<StaticJs> {
  const html = await readFile(fileOf(root, pagePath), 'utf8');
  const seen = new Set<string>();
  const queue = entryModules(html, pagePath);
  let gzip = 0;
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = await readFile(fileOf(root, path));
    gzip += gzipSize(code);
    queue.push(...staticImports(code.toString('utf8'), path));
  }
  return { files: [...seen], gzip };
}
