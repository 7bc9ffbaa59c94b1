/**
 * Every source the site shows leads to something public: the article (with its section), a public
 * document, or one of our evidence pages at a heading that exists. The rules, the modality matrix,
 * the history notes and the trace explainer's catalogue are checked here; what the widgets, forum
 * answers and CLIs print is checked in test/unit/outputs-cite-public.test.ts.
 */
import { describe, expect, it } from 'vitest';
import article from '../../src/claims/article.json' with { type: 'json' };
import { CATALOGUE } from '../../src/tools/trace/catalogue.ts';
import { EXPECTED_RECORDS } from '../../src/tools/dns/records.ts';
import { ROUTE_SOURCES } from '../../src/route/hops.ts';
import { HISTORY } from '../../src/rules/history.ts';
import { MATRIX } from '../../src/rules/matrix.ts';
import { MODALITIES, PLATFORMS, type EvidencePage, type Source } from '../../src/rules/model.ts';
import { RULES } from '../../src/rules/rules.ts';
import { checkEvidence, evidencePages } from './evidence-pages.ts';
import { ARTICLE, ARTICLE_SECTIONS, cite, citationText, EVIDENCE_TITLES, evidenceHref } from '../../src/rules/sources.ts';

/** Every source the rules module and the catalogue carry, named for the failure message. */
const ALL_SOURCES: [string, Source][] = [
  ...RULES.map((r) => [`rule ${r.id}`, r.source] as [string, Source]),
  ...PLATFORMS.flatMap((p) => MODALITIES.map((m) => [`matrix ${p} ${m}`, MATRIX[p][m].source] as [string, Source])),
  ...HISTORY.map((h) => [`history ${h.id}`, h.source] as [string, Source]),
  ...CATALOGUE.map((e) => [`ms-diagnostics ${e.code}`, e.source] as [string, Source]),
];

const PAGES = evidencePages();

describe('sources shown to readers', () => {
  it.each(ALL_SOURCES)('%s leads to something public', (_name, source) => {
    const c = cite(source);
    expect(c.links.length).toBeGreaterThan(0);
    // The first link always opens: the article, or our evidence page at its heading.
    expect(c.links[0]?.href).toMatch(/^(http:\/\/www\.ultimate-communications\.com\/|\/reference\/evidence\/[a-z-]+\/#[a-z0-9-]+$)/);
    for (const link of c.links) {
      // A document with no public address links its entry on the sources page, which says so.
      expect(link.title.length).toBeGreaterThan(3);
      if (link.href) expect(link.href).toMatch(/^(https?:\/\/[a-z0-9.-]+\/|\/reference\/evidence\/|\/reference\/sources\/#[a-z0-9-]+$)/);
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

  it('the DNS checker\'s and the route picture\'s evidence links land on a heading that exists', () => {
    const links = [...EXPECTED_RECORDS.map((r) => r.evidence), ...Object.values(ROUTE_SOURCES).map((s) => ('href' in s ? s.href : ''))];
    for (const href of links.filter((h) => h.startsWith('/'))) {
      const m = /^\/reference\/evidence\/([a-z-]+)\/#([a-z0-9-]+)$/.exec(href);
      expect(m, href).not.toBeNull();
      expect(checkEvidence(`${m![1]}#${m![2]}`)).toBeNull();
    }
    expect(EXPECTED_RECORDS.every((r) => r.evidence.startsWith('/reference/evidence/'))).toBe(true);
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

describe('site paths in the command-line tools', () => {
  it('stay site paths without SITE_URL, and become the site\'s addresses with it', async () => {
    const { onSite } = await import('../../src/rules/sources.ts');
    const c = cite({ kind: 'evidence', evidence: 'dns#the-four-values', confidence: 'sourced', note: 'The four values.' });
    expect(onSite(c, undefined)).toBe(c);
    expect(onSite(c, 'https://lync.example.org/').links[0]?.href).toBe('https://lync.example.org/reference/evidence/dns/#the-four-values');
    const article = cite({ kind: 'seed', paragraph: 14, quote: 'File transfer' });
    expect(onSite(article, 'https://lync.example.org/').links[0]?.href).toBe(ARTICLE.href);
  });

  it('turns the site paths a "how to find out" text names into addresses, and leaves other text alone', async () => {
    const { withSitePaths } = await import('../../src/rules/sources.ts');
    const text = 'The DNS checker looks them up from here: /troubleshooting/dns-checker/?domain=fabrikam.com';
    expect(withSitePaths(text, undefined)).toBe(text);
    expect(withSitePaths(text, 'https://lync.example.org/')).toBe('The DNS checker looks them up from here: https://lync.example.org/troubleshooting/dns-checker/?domain=fabrikam.com');
    // Not a page of the site: a PowerShell path, a ratio, a full address.
    const other = 'Run it as C:/tools/x and/or 10/2; see https://learn.microsoft.com/x/y.';
    expect(withSitePaths(other, 'https://lync.example.org/')).toBe(other);
  });
});
