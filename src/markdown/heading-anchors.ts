/**
 * The link beside each heading of a page's content, and the page's footnotes, written lean: they
 * come with every section and every footnote, so their markup is most of what a long page adds
 * besides its text.
 *
 * Heading links (in place of Starlight's, `markdown.headingLinks: false` in astro.config.mjs):
 *   <div class="sl-heading-wrapper"><h2 id="x">Title</h2><a class="sl-anchor-link" href="#x" aria-label="Section titled “Title”"></a></div>
 * Starlight's wrapper and link classes (its table of contents script looks for the wrapper), but
 * no level class (the CSS reads the heading), no icon <svg> (src/styles/chrome.css draws it, shown
 * on hover and focus as Starlight's is) and no hidden <span> text: the link's accessible name,
 * Starlight's words, is its aria-label. Nothing in the link is text, so search (Pagefind, which
 * reads text, not attributes) indexes none of it. A heading that is itself hidden (the footnotes'
 * sr-only heading) gets no link, as Starlight hides it.
 *
 * Footnotes (GFM, written by the Markdown processor): ids and links lose the "user-content-"
 * prefix (a guard against DOM clobbering by untrusted Markdown; these pages are our own), and the
 * data-footnote-* marker attributes and the back-links' class go (nothing styles or reads them).
 * Kept: every id and link (renamed consistently), the references' aria-describedby to the
 * footnotes heading, and the back-links' aria-label.
 */
import type { Element } from 'hast';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';

/** A heading link's accessible name: Starlight's (English) words. */
export const anchorLabel = (title: string): string => `Section titled “${title}”`;
const CLOBBER_PREFIX = 'user-content-';
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const classesOf = (node: Readonly<Element>): string[] => {
  const value = node.properties?.['className'] ?? node.properties?.['class'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
};

/** The ids and links footnotes need, without the clobbering prefix; other values unchanged. */
export const unprefixed = (value: string): string =>
  value.startsWith(CLOBBER_PREFIX) ? value.slice(CLOBBER_PREFIX.length) : value.startsWith(`#${CLOBBER_PREFIX}`) ? `#${value.slice(CLOBBER_PREFIX.length + 1)}` : value;

export function rehypeHeadingAnchors(): HastPluginEntry[] {
  return [
    // The ids first (as Starlight's own heading links do): Astro's pass that writes them runs
    // after the site's plugins, and keeps the ids it finds.
    satteriHeadingIdsPlugin(),
    () =>
      defineHastPlugin({
        name: 'lf-heading-anchors',
        element: [
          {
            filter: HEADINGS,
            visit(node, ctx) {
              const id = node.properties?.['id'];
              if (typeof id !== 'string' || id === '') return;
              if (node.properties?.['hidden'] !== undefined || classesOf(node).includes('sr-only')) return;
              ctx.wrapNode(node, {
                type: 'element',
                tagName: 'div',
                properties: { class: 'sl-heading-wrapper' },
                children: [
                  { type: 'element', tagName: 'a', properties: { class: 'sl-anchor-link', href: `#${id}`, 'aria-label': anchorLabel(ctx.textContent(node)) }, children: [] },
                ],
              });
            },
          },
          {
            filter: ['a', 'li', 'section'],
            visit(node, ctx) {
              const props = node.properties ?? {};
              for (const key of ['id', 'href']) {
                const value = props[key];
                if (typeof value === 'string' && unprefixed(value) !== value) ctx.setProperty(node, key, unprefixed(value));
              }
              for (const key of Object.keys(props)) {
                if (/^(data-footnote|dataFootnote)/.test(key)) ctx.setProperty(node, key, undefined);
              }
              if (classesOf(node).includes('data-footnote-backref')) ctx.setProperty(node, props['className'] !== undefined ? 'className' : 'class', undefined);
            },
          },
        ],
      }),
  ];
}
