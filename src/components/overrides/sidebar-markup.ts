// Upstream: @astrojs/starlight/dist/components/Sidebar.astro
// Upstream: @astrojs/starlight/dist/components/SidebarSublist.astro
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** Text or an attribute value, escaped for HTML. */
export const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const hasCurrent = (entry: SidebarEntry): boolean =>
  entry.type === 'link' ? entry.isCurrent : entry.entries.some(hasCurrent);

/** A link's own attributes (from the sidebar config), written after href and aria-current. */
function attributes(attrs: Record<string, unknown>, extraClass: string | undefined): string {
  let out = '';
  const classes = [extraClass, typeof attrs['class'] === 'string' ? attrs['class'] : undefined].filter(Boolean).join(' ');
  if (classes) out += ` class="${escapeHtml(classes)}"`;
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'class' || value === undefined || value === null || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
  }
  return out;
}

/**
 * The sidebar's list, as Starlight's SidebarSublist draws it but lean (it comes with every page):
 * no <span> in each link, no scoped class on every element (src/styles/chrome.css styles it
 * from the one `sl-nav` class on the outer list), the group caret drawn by CSS. Kept: the links
 * (aria-current="page" on this page's), each group a <details> (open when it holds this page or
 * is not collapsed in the config) with its <sl-sidebar-restore data-index> marker, numbered in
 * document order as Starlight's SidebarRestorePoint does, which Starlight's SidebarPersistState
 * script and the restore script in Sidebar.astro read. Badges are not drawn: none is configured,
 * and one added later fails the build here rather than vanish.
 */
export function sidebarMarkup(sidebar: readonly SidebarEntry[]): string {
  let groupIndex = 0;
  const list = (entries: readonly SidebarEntry[], nested: boolean): string =>
    (nested ? '<ul>' : '<ul class="sl-nav">') +
    entries
      .map((entry) => {
        if (entry.badge) throw new Error(`Sidebar entry “${entry.label}” has a badge, which sidebar-markup.ts does not draw.`);
        if (entry.type === 'link') {
          const current = entry.isCurrent ? ' aria-current="page"' : '';
          return `<li><a href="${escapeHtml(entry.href)}"${current}${attributes(entry.attrs, nested ? undefined : 'large')}>${escapeHtml(entry.label)}</a></li>`;
        }
        const open = hasCurrent(entry) || !entry.collapsed ? ' open' : '';
        const index = groupIndex++;
        return `<li><details${open}><summary>${escapeHtml(entry.label)}</summary><sl-sidebar-restore data-index="${index}"></sl-sidebar-restore>${list(entry.entries, true)}</details></li>`;
      })
      .join('') +
    '</ul>';
  return list(sidebar, false);
}
