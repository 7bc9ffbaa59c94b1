/**
 * The content-claims register, built from the pages themselves: every footnoted claim in content/
 * (a paragraph, list item or table row carrying a footnote reference, read as the coverage test
 * reads blocks), with its page, the anchor of the section it sits in, its text and its evidence
 * resolved from the footnote definitions. `npm run claims` writes it to content-claims.json; the
 * test rebuilds it and fails when the committed file is stale, so a reviewer sees in the diff
 * which claim moved, changed or lost its evidence.
 *
 * Anchors are the ids the build gives headings: github-slugger over each heading's text, one
 * slugger per page, as Astro's Markdown pipeline does. A claim above the first heading has none
 * (null): it sits at the top of the page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import GithubSlugger from 'github-slugger';
import { DOCUMENTS, type DocumentId } from '../rules/documents.ts';
import { blocksOf } from './blocks.ts';
import article from './article.json' with { type: 'json' };

export const ROOT = join(import.meta.dirname, '..', '..');
const CONTENT = join(ROOT, 'content');

/** The confidence words a footnote gives an evidence link (see the About page). */
export const CONFIDENCE = ['sourced', 'uncertain', 'inferred', 'later'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

export interface FootnoteEvidence {
  /** The article: the sections the footnote names and the sentences it quotes. */
  article?: { sections: string[]; quotes: string[] };
  /** Our evidence pages: page, heading (null: the page as a whole) and the confidence word given. */
  evidence: { page: string; anchor: string | null; confidence: Confidence | null }[];
  /** Public documents named (from the catalogue) or linked (any other address). */
  documents: { title: string; date: string | null; address: string | null; linked: boolean; id?: DocumentId }[];
  /** Other pages of this site the footnote links (a sources page entry, a how-to). */
  site: string[];
}

export interface Claim {
  anchor: string | null;
  text: string;
  footnotes: string[];
}

export interface PageClaims {
  path: string;
  url: string;
  claims: Claim[];
  footnotes: Record<string, FootnoteEvidence>;
}

export function contentPages(dir = CONTENT): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? contentPages(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : []))
    .sort();
}

/** content/configure/dns-records.mdx → /configure/dns-records/; an index page → its folder. */
export function siteUrl(path: string): string {
  const slug = path.replace(/^content\//, '').replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return slug === '' ? '/' : `/${slug}/`;
}

/** A Markdown link; its address may hold one level of brackets, as TechNet's "hh202166(v=ocs.14)" does. */
const LINK = /\[([^\]]*)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g;

/** Markdown made plain: links to their text, code and emphasis marks and tags dropped, spaces collapsed. */
export function plain(md: string): string {
  return md
    .replace(/\[\^[^\]\s]+\]/g, '')
    .replace(LINK, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\{\/\*.*?\*\/\}/g, ' ')
    .replace(/[`*]|(^|\W)_|_(?=\W|$)/g, '$1')
    .replace(/\s*\|\s*/g, ' | ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s|]+|[\s|]+$/g, '');
}

/** Each heading's id and first line, in page order (fences skipped). */
export function headingsOf(source: string): { id: string; line: number }[] {
  const slugger = new GithubSlugger();
  const out: { id: string; line: number }[] = [];
  let fenced = false;
  const lines = source.split(/\r?\n/);
  // Frontmatter is YAML: its "# comments" are not headings.
  const bodyFrom = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  lines.forEach((line, i) => {
    if (i < bodyFrom) return;
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const h = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!h) return;
    const explicit = /\{#([\w-]+)\}$/.exec(h[1]!);
    out.push({ id: explicit ? explicit[1]! : slugger.slug(plain(h[1]!)), line: i + 1 });
  });
  return out;
}

/** The footnote definitions of a page: id → text (continuation lines joined). */
export function footnoteDefinitions(source: string): Map<string, string> {
  const defs = new Map<string, string>();
  let current: string | null = null;
  for (const line of source.split(/\r?\n/)) {
    const def = /^\[\^([^\]\s]+)\]:\s*(.*)$/.exec(line);
    if (def) {
      current = def[1]!;
      defs.set(current, def[2]!);
    } else if (current && /^\s+\S/.test(line)) defs.set(current, `${defs.get(current)} ${line.trim()}`);
    else current = null;
  }
  return defs;
}

const SECTION_ALIASES: [RegExp, string][] = [
  [/opening section|security note/i, 'Opening section'],
  [/vanity-domain section/i, 'How do you add a Live Messenger user that has a vanity domain name in its IM address?'],
];

/** What a footnote's text gives a reader to open. */
export function evidenceOf(text: string): FootnoteEvidence {
  const out: FootnoteEvidence = { evidence: [], documents: [], site: [] };
  const addresses = new Set<string>();
  for (const m of text.matchAll(new RegExp(`${LINK.source}(\\s*\\(([^)]*)\\))?`, 'g'))) {
    const [, , href, , paren] = m;
    if (href === article.address) {
      const sections = article.sections.filter((s) => s.title !== 'Title' && (text.includes(`"${s.title}"`) || text.includes(`“${s.title}”`))).map((s) => s.title);
      for (const [re, title] of SECTION_ALIASES) if (re.test(text) && !sections.includes(title)) sections.push(title);
      const quotes = [...text.matchAll(/"([^"]+)"|“([^”]+)”/g)].map((q) => (q[1] ?? q[2])!).filter((q) => !sections.includes(q));
      out.article = { sections, quotes };
      continue;
    }
    const ev = /^\/reference\/evidence\/([a-z-]+)\/(?:#([\w-]+))?$/.exec(href!);
    if (ev) {
      const word = /^\s*(sourced|uncertain|inferred|later)\b/i.exec(paren ?? '')?.[1]?.toLowerCase() as Confidence | undefined;
      out.evidence.push({ page: ev[1]!, anchor: ev[2] ?? null, confidence: word ?? null });
    } else if (/^https?:\/\//.test(href!)) addresses.add(href!);
    else if (href!.startsWith('/')) out.site.push(href!);
  }
  for (const [id, doc] of Object.entries(DOCUMENTS) as [DocumentId, (typeof DOCUMENTS)[DocumentId]][]) {
    if (!doc.names.test(text)) continue;
    const linked = (doc.address !== null && text.includes(`](${doc.address})`)) || text.includes(`](/reference/sources/#${doc.sources})`);
    out.documents.push({ id, title: doc.title, date: doc.date, address: doc.address, linked });
    if (doc.address) addresses.delete(doc.address);
  }
  for (const m of text.matchAll(LINK)) if (addresses.has(m[2]!)) out.documents.push({ title: plain(m[1]!), date: null, address: m[2]!, linked: true });
  return out;
}

/** The claims of one page: each run of text up to a group of footnote references. */
export function claimsOf(source: string): Claim[] {
  const headings = headingsOf(source);
  const anchorAt = (line: number) => headings.filter((h) => h.line < line).at(-1)?.id ?? null;
  const claims: Claim[] = [];
  for (const block of blocksOf(source)) {
    // A table states one claim per row; a paragraph or item one per footnoted run of text.
    const parts = block.kind === 'table' ? block.text.split('\n').filter((r) => r.trim() !== '' && !/^\|[\s:|-]+\|?$/.test(r.trim())) : [block.text];
    for (const part of parts) {
      let from = 0;
      for (const m of part.matchAll(/(?:\[\^[^\]\s]+\])+/g)) {
        const text = plain(part.slice(from, m.index));
        const footnotes = [...m[0].matchAll(/\[\^([^\]\s]+)\]/g)].map((f) => f[1]!);
        from = m.index + m[0].length;
        // References straight after a colon or another reference cite the same text: join them.
        const last = claims.at(-1);
        if (text === '' && last) last.footnotes.push(...footnotes);
        else claims.push({ anchor: anchorAt(block.line), text, footnotes });
      }
    }
  }
  return claims;
}

export function pageClaims(file: string): PageClaims {
  const source = readFileSync(file, 'utf8');
  const path = relative(ROOT, file);
  const defs = footnoteDefinitions(source);
  const claims = claimsOf(source);
  const used = [...new Set(claims.flatMap((c) => c.footnotes))].sort();
  const footnotes: Record<string, FootnoteEvidence> = {};
  for (const id of used) {
    const text = defs.get(id);
    if (text !== undefined) footnotes[id] = evidenceOf(text);
  }
  return { path, url: siteUrl(path), claims, footnotes };
}

/** The whole register, as `npm run claims` writes it. */
export function buildContentClaims(): { about: string; pages: PageClaims[] } {
  return {
    about: 'Generated by `npm run claims` (scripts/claims.ts) from content/; do not edit. Checked by src/claims/content-claims.test.ts.',
    pages: contentPages().map(pageClaims).filter((p) => p.claims.length > 0),
  };
}
