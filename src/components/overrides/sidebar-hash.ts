// Upstream: @astrojs/starlight/dist/components/SidebarPersister.astro
// Upstream: @astrojs/starlight/dist/components-internals/SidebarPersistState.js
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/**
 * The sidebar's identity, as Starlight's SidebarPersister computes it (getSidebarHash, internal to
 * Starlight): the state kept in sessionStorage (open groups, scroll) is restored only on a page
 * whose sidebar has the same hash. Every label and link href, in order, hashed to 7 base-36 digits.
 */
export function sidebarHash(sidebar: SidebarEntry[]): string {
  const identity = (entries: SidebarEntry[]): string =>
    entries.map((entry) => (entry.type === 'group' ? entry.label + identity(entry.entries) : entry.label + entry.href)).join('');
  const text = identity(sidebar);
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash << 5) - hash + text.charCodeAt(i);
  return (hash >>> 0).toString(36).padStart(7, '0');
}
