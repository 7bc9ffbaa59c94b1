/**
 * The address a shared link (Copy link, a forum answer, a report) gives: the site's published
 * address (SITE_URL at build time, Astro's `site`), not the address the reader happens to be on (a
 * preview, a mirror, localhost), as the embed code does. Without a configured site, the page's own
 * origin is all there is.
 */
export function siteLink(site: string | undefined, origin: string, path: string, query = ''): string {
  const url = new URL(path, site || origin);
  url.search = query.replace(/^\?/, '');
  return url.href;
}
