// Upstream: @astrojs/starlight/dist/components/Head.astro
/**
 * A page's <title>: "<page title> | <site title>", as Starlight writes it, when that fits in
 * MAX_TITLE_LENGTH characters; otherwise the page title alone. Search results and browser tabs
 * cut longer titles, and the page's own words matter more than the site's name (which
 * og:site_name and the header carry anyway). html-validate's long-title rule holds the limit.
 * A page titled as the site (the home page) gets that title once, not "<site> | <site>".
 */
export const MAX_TITLE_LENGTH = 70;

export function documentTitle(pageTitle: string, siteTitle: string, delimiter = '|'): string {
  if (pageTitle.trim() === siteTitle.trim()) return pageTitle;
  const full = `${pageTitle} ${delimiter} ${siteTitle}`;
  return full.length <= MAX_TITLE_LENGTH ? full : pageTitle;
}
