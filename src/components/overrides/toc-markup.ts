// Upstream: @astrojs/starlight/dist/components-internals/TableOfContents/TableOfContentsList.astro
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { escapeHtml } from './sidebar-markup.ts';

type TocItem = NonNullable<StarlightRouteData['toc']>['items'][number];

/**
 * A table of contents' list, as Starlight's TableOfContentsList draws it but lean (it comes twice
 * with every page: the wide screen's and the phone's): no <span> in each link and no
 * `style="--depth: N"` and scoped class on every element. A nested heading's entry sits in a
 * nested <ul>, which is all src/styles/chrome.css needs to indent it. Starlight's starlight-toc
 * element finds its links by `a` and marks the current one with aria-current="true".
 */
export function tocMarkup(items: readonly TocItem[]): string {
  const list = (entries: readonly TocItem[], root: boolean): string =>
    (root ? '<ul class="sl-toc">' : '<ul>') +
    entries
      .map((item) => `<li><a href="#${escapeHtml(item.slug)}">${escapeHtml(item.text)}</a>${item.children.length > 0 ? list(item.children, false) : ''}</li>`)
      .join('') +
    '</ul>';
  return list(items, true);
}

/** The heading levels attributes of a starlight-toc element, left out where they are its defaults (2 and 3). */
export function tocLevels(toc: NonNullable<StarlightRouteData['toc']>): Record<string, number> {
  const levels: Record<string, number> = {};
  if (toc.minHeadingLevel !== 2) levels['data-min-h'] = toc.minHeadingLevel;
  if (toc.maxHeadingLevel !== 3) levels['data-max-h'] = toc.maxHeadingLevel;
  return levels;
}
