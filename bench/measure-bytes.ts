/**
 * Transfer sizes read from the built files: a page's HTML, and the stylesheets it links
 * (<link rel="stylesheet">), each gzipped at level 9 (what a static host pre-compresses to).
 * Inline <script> content is part of the HTML; it is also reported on its own.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileOf } from './serve.ts';

export const GZIP_LEVEL = 9;

export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: GZIP_LEVEL }).length;
}

export interface ByteFigures {
  htmlBytes: number;
  htmlGzip: number;
  cssGzip: number;
  stylesheets: Array<{ href: string; gzip: number }>;
  /** Inline scripts (no src) in the HTML, already counted in htmlGzip: their gzip size on their own. */
  inlineScriptGzip: number;
  /** Widgets on the page: the data-widget values, in document order, without repeats. */
  widgets: string[];
}

/** An attribute's value in one HTML start tag (quoted or not); null when absent. */
export function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

export async function measureBytes(root: string, pagePath: string): Promise<ByteFigures> {
  const html = await readFile(fileOf(root, pagePath), 'utf8');
  const stylesheets: ByteFigures['stylesheets'] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attribute(tag, 'href');
    if (!rel.includes('stylesheet') || !href) continue;
    const url = new URL(href, `http://site${pagePath}`);
    if (url.host !== 'site') continue; // another origin: not ours to count (there are none today)
    const css = await readFile(fileOf(root, decodeURIComponent(url.pathname)));
    stylesheets.push({ href: url.pathname, gzip: gzipSize(css) });
  }
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attrs]) => attribute(` ${attrs ?? ''}`, 'src') === null && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs ?? ''))
    .map(([, , body]) => body ?? '')
    .join('\n');
  const widgets = [...new Set([...html.matchAll(/\sdata-widget="([^"]+)"/g)].map((m) => m[1] ?? ''))];
  const bytes = Buffer.from(html);
  return {
    htmlBytes: bytes.length,
    htmlGzip: gzipSize(bytes),
    cssGzip: stylesheets.reduce((sum, s) => sum + s.gzip, 0),
    stylesheets,
    inlineScriptGzip: inline ? gzipSize(inline) : 0,
    widgets,
  };
}
