/**
 * Every source the site shows leads to something public: the article (with its section), a public
 * document, or one of our evidence pages at a heading that exists. The rules, the modality matrix,
 * the history notes and the trace explainer's catalogue are checked here; what the widgets, forum
 * answers and CLIs print is checked in test/unit/outputs-cite-public.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import article from '../claims/article.json' with { type: 'json' };
import { CATALOGUE } from '../tools/trace/catalogue.ts';
import { HISTORY } from './history.ts';
import { MATRIX } from './matrix.ts';
import { MODALITIES, PLATFORMS, type EvidencePage, type Source } from './model.ts';
import { RULES } from './rules.ts';
import { ARTICLE, ARTICLE_SECTIONS, cite, citationText, EVIDENCE_TITLES, evidenceHref } from './sources.ts';

const evidenceDir = join(import.meta.dirname, '..', '..', 'content', 'reference', 'evidence');

/** Each evidence page's title and heading ids, as the build writes them (github-slugger, per page). */
export function evidencePages(): Map<string, { title: string; anchors: Set<string> }> {
  const pages = new Map<string, { title: string; anchors: Set<string> }>();
  for (const file of readdirSync(evidenceDir).filter((f) => /\.mdx?$/.test(f))) {
    const text = readFileSync(join(evidenceDir, file), 'utf8');
    const slugger = new GithubSlugger();
    const anchors = new Set<string>();
    let fenced = false;
    for (const line of text.split('\n')) {
      if (line.startsWith('```')) fenced = !fenced;
      const heading = !fenced && /^#{2,6}\s+(.+?)\s*$/.exec(line);
      if (!heading) continue;
      const explicit = /\{#([\w-]+)\}$/.exec(heading[1]!);
      anchors.add(explicit ? explicit[1]! : slugger.slug(heading[1]!.replace(/[`*_]/g, '')));
    }
    const title = /^title:\s*"?(.*?)"?\s*$/m.exec(text)?.[1] ?? '';
    pages.set(file.replace(/\.mdx?$/, ''), { title, anchors });
  }
  return pages;
}

const PAGES = evidencePages();

/** Every source the rules module and the catalogue carry, named for the failure message. */
const ALL_SOURCES: [string, Source][] = [
  ...RULES.map((r) => [`rule ${r.id}`, r.source] as [string, Source]),
  ...PLATFORMS.flatMap((p) => MODALITIES.map((m) => [`matrix ${p} ${m}`, MATRIX[p][m].source] as [string, Source])),
  ...HISTORY.map((h) => [`history ${h.id}`, h.source] as [string, Source]),
  ...CATALOGUE.map((e) => [`ms-diagnostics ${e.code}`, e.source] as [string, Source]),
];

/** Fails when an evidence reference names a page or a heading that does not exist. */
export function checkEvidence(ref: string): string | null {
  const [page, anchor] = ref.split('#');
  const found = PAGES.get(page ?? '');
  if (!found) return `no evidence page ${page}`;
  if (!anchor || !found.anchors.has(anchor)) return `no heading #${anchor} on evidence page ${page} (has ${[...found.anchors].join(', ')})`;
  return null;
}

describe('sources shown to readers', () => {
  it.each(ALL_SOURCES)('%s leads to something public', (_name, source) => {
    const c = cite(source);
    expect(c.links.length).toBeGreaterThan(0);
    // The first link always opens: the article, or our evidence page at its heading.
    expect(c.links[0]?.href).toMatch(/^(http:\/\/www\.ultimate-communications\.com\/|\/reference\/evidence\/[a-z-]+\/#[a-z0-9-]+$)/);
    for (const link of c.links) {
      expect(link.title.length).toBeGreaterThan(3);
      if (link.href) expect(link.href).toMatch(/^(https?:\/\/[a-z0-9.-]+\/|\/reference\/evidence\/)/);
    }
    if (source.kind === 'evidence') {
      expect(checkEvidence(source.evidence)).toBeNull();
      expect(source.note.length).toBeGreaterThan(10);
      // A named public document says what it is; a date where the source gives one is in the title line.
      if (source.document) expect(source.document.title).toMatch(/Microsoft|TechNet|KB|blog/);
    } else {
      expect(c.text).toContain(source.quote);
    }
    expect(citationText(c)).not.toMatch(/§|\bfacts\b|seed\)|reason code/i);
  });

  it('names each evidence page by its own title', () => {
    for (const [page, title] of Object.entries(EVIDENCE_TITLES)) expect(PAGES.get(page)?.title, page).toBe(title);
    expect(Object.keys(EVIDENCE_TITLES).sort()).toEqual([...PAGES.keys()].sort());
  });

  it('gives the article its public address and its sections as stored', () => {
    expect(ARTICLE.href).toBe(article.address);
    expect(ARTICLE_SECTIONS.map(([from, title]) => ({ from, title }))).toEqual(article.sections.map(({ from, title }) => ({ from, title })));
  });

  it('resolves evidence paths against the site when asked', () => {
    const c = cite({ kind: 'evidence', evidence: 'dns#the-four-values', confidence: 'uncertain', note: 'Whether the sip record was in the 2011 set.' });
    expect(citationText(c, 'https://example.org/playground/?v=1')).toContain('https://example.org/reference/evidence/dns/#the-four-values');
    expect(citationText(c)).toContain('(uncertain; Evidence: DNS records: /reference/evidence/dns/#the-four-values)');
  });

  it('the checker itself fails on a missing page or heading', () => {
    expect(checkEvidence('dns#no-such-heading')).toMatch(/no heading/);
    expect(checkEvidence('nowhere#x')).toMatch(/no evidence page/);
    expect(evidenceHref('messenger#other-im-networks' satisfies `${EvidencePage}#${string}`)).toBe('/reference/evidence/messenger/#other-im-networks');
  });
});
