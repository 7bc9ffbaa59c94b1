/**
 * Internal link and heading-anchor checking over the built HTML.
 *
 * Why not only a Markdown-level checker: our pages live in the top-level content/ folder, which
 * starlight-links-validator cannot map to URLs (it derives page ids from src/content/docs/), and
 * many links are made by components (hero actions, link cards, widgets) that a Markdown checker
 * never sees. Checking the output catches every link a reader can actually click.
 */

export interface BrokenLink {
  /** The page the link is on, as a site path (/configure/user-training/). */
  page: string;
  href: string;
  problem: 'no-such-page' | 'no-such-anchor';
}

const LINK = /<a\b[^>]*?\shref="([^"]*)"/gi;
const ID = /\sid="([^"]*)"/gi;

function decode(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

/** The ids on a page, which are the anchors a link may point to. */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>(['_top', 'top']);
  for (const match of html.matchAll(ID)) ids.add(decode(match[1] ?? ''));
  return ids;
}

/** Turns a file path inside dist/ into the site path that serves it. */
export function pagePathOf(file: string): string {
  const path = `/${file.replace(/\\/g, '/').replace(/^\/+/, '')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Every internal link in `pages` (site path → HTML) that points to a page or asset not in
 * `pages`/`assets`, or to an anchor the target page does not have.
 */
export function findBrokenLinks(pages: Map<string, string>, assets: Set<string>, site?: string): BrokenLink[] {
  const anchors = new Map<string, Set<string>>();
  for (const [path, html] of pages) anchors.set(path, anchorsOf(html));
  const origin = site ? new URL(site).origin : 'https://site.invalid';
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    for (const match of html.matchAll(LINK)) {
      const href = decode(match[1] ?? '');
      if (href === '' || /^(mailto|tel|javascript|data):/i.test(href)) continue;
      const url = new URL(href, `${origin}${page}`);
      if (url.origin !== origin) continue;
      const target = decodeURIComponent(url.pathname);
      const targetAnchors = anchors.get(target) ?? anchors.get(target.endsWith('/') ? target : `${target}/`);
      if (!targetAnchors) {
        if (!assets.has(target)) broken.push({ page, href, problem: 'no-such-page' });
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash !== '' && !targetAnchors.has(hash)) broken.push({ page, href, problem: 'no-such-anchor' });
    }
  }
  return broken;
}
