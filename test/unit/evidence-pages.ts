/**
 * Our evidence pages as the build will serve them: each page's title and the ids of its headings
 * (github-slugger, one per page, as Astro's Markdown pipeline writes them), read from
 * content/reference/evidence/. Shared by the tests that check a source's evidence link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headingsOf } from '../../src/claims/content-claims.ts';

const evidenceDir = join(import.meta.dirname, '..', '..', 'content', 'reference', 'evidence');

/** Each evidence page's title and heading ids, as the build writes them (headingsOf, one slugger per page). */
export function evidencePages(): Map<string, { title: string; anchors: Set<string> }> {
  const pages = new Map<string, { title: string; anchors: Set<string> }>();
  for (const file of readdirSync(evidenceDir).filter((f) => /\.mdx?$/.test(f))) {
    const text = readFileSync(join(evidenceDir, file), 'utf8');
    const anchors = new Set(headingsOf(text).map((h) => h.id));
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? '';
    pages.set(file.replace(/\.mdx?$/, ''), { title, anchors });
  }
  return pages;
}

const PAGES = evidencePages();

/** Fails when an evidence reference names a page or a heading that does not exist. */
export function checkEvidence(ref: string): string | null {
  const [page, anchor] = ref.split('#');
  const found = PAGES.get(page ?? '');
  if (!found) return `no evidence page ${page}`;
  if (!anchor || !found.anchors.has(anchor)) return `no heading #${anchor} on evidence page ${page} (has ${[...found.anchors].join(', ')})`;
  return null;
}

