/**
 * Serves a built site on loopback (the e2e tests' static server) and lists the pages to measure:
 * the sitemap's pages, the 404 page, and the embed pages (widgets for other sites, not in the sitemap).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveStatic, type StaticServer } from '../test/e2e/server.ts';

export type PageKind = 'page' | '404' | 'embed';

export interface SitePage {
  /** Path on the server, e.g. "/concepts/what-is-lync-federation/" or "/404.html". */
  path: string;
  kind: PageKind;
}

export async function serve(root: string): Promise<StaticServer> {
  return serveStatic(root);
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(() => true, () => false);
}

async function sitemapPaths(root: string): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  if (!(await exists(join(root, 'sitemap-index.xml')))) return [];
  const paths: string[] = [];
  for (const sitemap of locs(await readFile(join(root, 'sitemap-index.xml'), 'utf8'))) {
    paths.push(...locs(await readFile(join(root, sitemap), 'utf8')));
  }
  return paths;
}

/** The pages of a built site, sitemap order first, then 404, then embeds (alphabetical). */
export async function listPages(root: string): Promise<SitePage[]> {
  const pages: SitePage[] = (await sitemapPaths(root)).map((path) => ({ path, kind: 'page' }));
  if (await exists(join(root, '404.html'))) pages.push({ path: '/404.html', kind: '404' });
  const embeds = await readdir(join(root, 'embed')).catch(() => [] as string[]);
  for (const name of embeds.sort()) {
    if (await exists(join(root, 'embed', name, 'index.html'))) pages.push({ path: `/embed/${name}/`, kind: 'embed' });
  }
  return pages;
}

/** The file a page path is served from. */
export function fileOf(root: string, pagePath: string): string {
  return join(root, pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);
}
