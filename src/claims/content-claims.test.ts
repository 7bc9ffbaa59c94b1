/**
 * The content-claims register (content-claims.json, written by `npm run claims`) and the article
 * statements' page anchors (register.json). Fails when:
 * - the committed register is stale (the message names each claim or footnote that changed);
 * - a claim's anchor is not a heading on its page;
 * - a footnote's evidence page or heading, or a page of ours it links, does not exist;
 * - a footnote gives nothing a reader can open (only internal names such as "facts §2");
 * - a footnote names a catalogued public document without its address or its sources page entry,
 *   or a rule's source names one without the same address;
 * - a published evidence section is cited by no content claim and not listed as deliberately uncited;
 * - an article statement's page section does not cite the article.
 * Each check is a small function returning problems, proved on a bad sample at the end.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evidencePages, checkEvidence } from '../../test/unit/evidence-pages.ts';
import { DOCUMENTS, documentHref, type CatalogueDocument, type DocumentId } from '../rules/documents.ts';
import { MATRIX, MODALITIES, PLATFORMS, RULES } from '../rules/index.ts';
import { HISTORY } from '../rules/history.ts';
import type { Source } from '../rules/model.ts';
import { buildContentClaims, contentPages, footnoteDefinitions, headingsOf, ROOT, siteUrl, type FootnoteEvidence, type PageClaims } from './content-claims.ts';
import committed from './content-claims.json' with { type: 'json' };
import register from './register.json' with { type: 'json' };

type Register = { pages: PageClaims[] };
const CURRENT = buildContentClaims();
const COMMITTED = committed as unknown as Register;

/** Every page of the site by URL, with its heading ids: what a link of ours may point at. */
const SITE = new Map(contentPages().map((file) => [siteUrl(file.slice(ROOT.length + 1)), new Set(headingsOf(readFileSync(file, 'utf8')).map((h) => h.id))]));
const EVIDENCE = evidencePages();

/** One line per claim and per footnote, so a stale register's diff reads as what changed. */
function lines(r: Register): Set<string> {
  const out = new Set<string>();
  for (const p of r.pages) {
    for (const c of p.claims) out.add(`${p.url}#${c.anchor ?? ''} [^${c.footnotes.join('][^')}] ${c.text}`);
    for (const [id, ev] of Object.entries(p.footnotes)) out.add(`${p.url} [^${id}]: ${JSON.stringify(ev)}`);
  }
  return out;
}

export function staleness(now: Register, saved: Register): string[] {
  const a = lines(now);
  const b = lines(saved);
  return [...[...b].filter((l) => !a.has(l)).map((l) => `- ${l}`), ...[...a].filter((l) => !b.has(l)).map((l) => `+ ${l}`)];
}

export function anchorProblems(r: Register): string[] {
  return r.pages.flatMap((p) => p.claims.filter((c) => c.anchor !== null && !SITE.get(p.url)?.has(c.anchor)).map((c) => `${p.path}: no heading #${c.anchor} (claim "${c.text.slice(0, 40)}…")`));
}

/** An evidence link's page and heading exist; a link to a page of ours lands on a page and heading that exist. */
export function linkProblems(path: string, id: string, ev: FootnoteEvidence): string[] {
  const out: string[] = [];
  for (const e of ev.evidence) {
    const problem = e.anchor ? checkEvidence(`${e.page}#${e.anchor}`) : EVIDENCE.has(e.page) ? null : `no evidence page ${e.page}`;
    if (problem) out.push(`${path} [^${id}]: ${problem}`);
  }
  for (const href of ev.site) {
    const [url, anchor] = href.split('#');
    const anchors = SITE.get(url!);
    if (!anchors) out.push(`${path} [^${id}]: no page ${url}`);
    else if (anchor && !anchors.has(anchor)) out.push(`${path} [^${id}]: no heading #${anchor} on ${url}`);
  }
  return out;
}

/** Names only we can read: the unpublished reference, the scenario contract, reason codes. */
const INTERNAL = /facts(\.md| ?§)|reference facts|\(seed\)|scenario contract|reason codes?\b/i;

/** Something a reader can open: the article, an evidence page, an address, or a page of ours. */
export function opensNothing(text: string, ev: FootnoteEvidence): string | null {
  if (INTERNAL.test(text)) return `names an internal source: ${INTERNAL.exec(text)![0]}`;
  const opens = ev.article !== undefined || ev.evidence.length > 0 || ev.site.length > 0 || ev.documents.some((d) => d.address !== null && d.linked);
  return opens ? null : 'gives nothing a reader can open';
}

export function unlinkedDocuments(ev: FootnoteEvidence): string[] {
  return ev.documents.filter((d) => !d.linked).map((d) => `names "${d.title}" without ${d.address ? `its address ${d.address}` : 'a link to its sources page entry'}`);
}

/** Evidence sections (page#heading) that a claim outside the evidence pages cites. */
function citedSections(r: Register): Set<string> {
  const cited = new Set<string>();
  for (const p of r.pages.filter((p) => !p.path.startsWith('content/reference/evidence/')))
    for (const id of new Set(p.claims.flatMap((c) => c.footnotes))) for (const e of p.footnotes[id]?.evidence ?? []) if (e.anchor) cited.add(`${e.page}#${e.anchor}`);
  return cited;
}

interface Uncited {
  evidence: string;
  why: string;
}
const UNCITED = (register as unknown as { uncitedEvidence: Uncited[] }).uncitedEvidence;

export function uncitedSections(r: Register, allowed: readonly Uncited[]): string[] {
  const cited = citedSections(r);
  const listed = new Set(allowed.map((u) => u.evidence));
  const out: string[] = [];
  for (const [page, { anchors }] of EVIDENCE)
    for (const anchor of anchors) if (!cited.has(`${page}#${anchor}`) && !listed.has(`${page}#${anchor}`)) out.push(`${page}#${anchor} is cited by no content claim`);
  for (const u of allowed) {
    if (cited.has(u.evidence)) out.push(`${u.evidence} is listed as uncited but a claim cites it: take it off the list`);
    if (checkEvidence(u.evidence)) out.push(`${u.evidence}: ${checkEvidence(u.evidence)}`);
    if (u.why.length < 20) out.push(`${u.evidence}: say why it is uncited`);
  }
  return out;
}

interface StatementPage {
  path: string;
  anchor?: string | null;
  planned?: boolean;
}
interface Statement {
  id: string;
  pages?: StatementPage[];
}
const STATEMENTS = (register.statements as Statement[]).filter((s) => s.pages?.length);
const ARTICLE_ADDRESS = 'http://www.ultimate-communications.com/2011/07/federation-101-in-lync-online-office365-lync/';

/** The section under the statement's anchor on its page cites the article (a footnote linking it). */
export function statementProblems(statements: readonly Statement[], r: Register): string[] {
  const byPath = new Map(r.pages.map((p) => [p.path, p]));
  const out: string[] = [];
  for (const s of statements)
    for (const page of s.pages ?? []) {
      if (page.planned) continue;
      if (page.anchor === undefined) {
        out.push(`${s.id}: ${page.path} has no anchor (use null for the top of the page)`);
        continue;
      }
      const p = byPath.get(page.path);
      const where = `${s.id}: ${page.path}#${page.anchor ?? ''}`;
      if (!p) out.push(`${where}: the page has no footnoted claims`);
      else if (page.anchor !== null && !SITE.get(p.url)?.has(page.anchor)) out.push(`${where}: no such heading`);
      else if (!p.claims.some((c) => c.anchor === page.anchor && c.footnotes.some((id) => p.footnotes[id]?.article))) out.push(`${where}: that section cites no footnote linking the article (${ARTICLE_ADDRESS})`);
    }
  return out;
}

/** Each rule, matrix cell and history note whose source names a catalogued document links it the same way. */
function ruleSources(): [string, Source][] {
  return [
    ...RULES.map((r) => [r.id, r.source] as [string, Source]),
    ...PLATFORMS.flatMap((p) => MODALITIES.map((m) => [`${p} ${m}`, MATRIX[p][m].source] as [string, Source])),
    ...HISTORY.map((h, i) => [`history ${i}`, h.source] as [string, Source]),
  ];
}

export function ruleDocumentProblems(sources: readonly [string, Source][]): string[] {
  const out: string[] = [];
  for (const [where, source] of sources) {
    if (source.kind !== 'evidence' || !source.document) continue;
    const text = `${source.document.title} ${source.note}`;
    for (const [id, doc] of Object.entries(DOCUMENTS) as [DocumentId, (typeof DOCUMENTS)[DocumentId]][])
      if (doc.names.test(text) && source.document.href !== documentHref(id)) out.push(`${where}: names ${doc.title} without ${documentHref(id)}`);
  }
  return out;
}

describe('content-claims register', () => {
  it('is up to date (run `npm run claims` and commit the result)', () => {
    const diff = staleness(CURRENT, COMMITTED);
    expect(diff, `src/claims/content-claims.json is stale; run npm run claims. Changed:\n${diff.slice(0, 40).join('\n')}`).toEqual([]);
    expect(CURRENT.pages.reduce((n, p) => n + p.claims.length, 0)).toBeGreaterThan(300);
  });

  it('places every claim under a heading that exists on its page', () => {
    expect(anchorProblems(COMMITTED)).toEqual([]);
  });

  it.each(CURRENT.pages.map((p) => [p.path, p] as const))('%s: every footnote opens public evidence that exists', (_path, page) => {
    const defs = footnoteDefinitions(readFileSync(join(ROOT, page.path), 'utf8'));
    const problems: string[] = [];
    for (const id of new Set(page.claims.flatMap((c) => c.footnotes))) {
      const ev = page.footnotes[id];
      if (!ev) {
        problems.push(`[^${id}] has no definition`);
        continue;
      }
      const nothing = opensNothing(defs.get(id) ?? '', ev);
      if (nothing) problems.push(`[^${id}] ${nothing}`);
      problems.push(...linkProblems(page.path, id, ev), ...unlinkedDocuments(ev).map((u) => `[^${id}] ${u}`));
    }
    expect(problems).toEqual([]);
  });

  it('each evidence section is cited by a content claim, or listed as uncited with why', () => {
    expect(uncitedSections(COMMITTED, UNCITED)).toEqual([]);
  });
});

describe('public documents', () => {
  /** The sections of a reference page's MDX, by heading id. */
  const sectionsOf = (page: string): Map<string, string> => {
    const text = readFileSync(join(ROOT, 'content', 'reference', `${page}.mdx`), 'utf8');
    const map = new Map<string, string>();
    const heads = headingsOf(text);
    const body = text.split('\n');
    heads.forEach((h, i) => map.set(h.id, body.slice(h.line - 1, (heads[i + 1]?.line ?? body.length) - 1).join('\n')));
    return map;
  };
  const pages = { sources: sectionsOf('sources'), 'dated-changes': sectionsOf('dated-changes') };

  it.each(Object.entries(DOCUMENTS))('%s has an entry on the sources page with its date, and its address or "no public address found"', (_id, doc: CatalogueDocument) => {
    const page = doc.entryOn ?? 'sources';
    const entry = pages[page].get(doc.sources);
    expect(entry, `no heading #${doc.sources} on /reference/${page}/`).toBeDefined();
    if (doc.date) expect(entry?.replace(/\s+/g, ' ')).toContain(doc.date.replace(/^last reviewed /, ''));
    if (doc.address) expect(entry).toContain(`](${doc.address})`);
    else expect(entry?.replace(/\s+/g, " ")).toMatch(/no public address found/i);
  });

  it('rules name catalogued documents with their address or sources entry', () => {
    expect(ruleDocumentProblems(ruleSources())).toEqual([]);
  });
});

describe('article statements: page and anchor', () => {
  it('each covered page gives the section that states it, and that section cites the article', () => {
    expect(statementProblems(STATEMENTS, COMMITTED)).toEqual([]);
  });
});

describe('the checks themselves fail on bad samples', () => {
  const page = COMMITTED.pages.find((p) => p.path === 'content/configure/public-im.mdx')!;
  const claim = page.claims.find((c) => c.anchor !== null)!;

  it('a stale register names the claim that changed', () => {
    const edited: Register = { pages: [{ ...page, claims: [{ ...claim, text: 'Changed text.' }] }] };
    const diff = staleness({ pages: [page] }, edited);
    expect(diff).toContain(`+ ${page.url}#${claim.anchor} [^${claim.footnotes.join('][^')}] ${claim.text}`);
    expect(diff.some((l) => l.startsWith('- ') && l.endsWith('Changed text.'))).toBe(true);
  });
  it('a missing anchor, evidence heading or site page is reported', () => {
    expect(anchorProblems({ pages: [{ ...page, claims: [{ ...claim, anchor: 'no-such-heading' }] }] })).toHaveLength(1);
    const ev: FootnoteEvidence = { evidence: [{ page: 'dns', anchor: 'nowhere', confidence: 'sourced' }, { page: 'nope', anchor: null, confidence: null }], documents: [], site: ['/reference/sources/#nowhere', '/no-page/'] };
    expect(linkProblems('x.mdx', 'a', ev)).toHaveLength(4);
  });
  it('a footnote with only internal names, or naming a document without its address, fails', () => {
    const none: FootnoteEvidence = { evidence: [], documents: [], site: [] };
    expect(opensNothing('Reference facts §2 (sourced).', none)).toMatch(/internal/);
    expect(opensNothing('Microsoft KB 897567.', { ...none, documents: [{ title: 'KB', date: null, address: 'http://support.microsoft.com/kb/897567', linked: false }] })).toMatch(/nothing/);
    expect(unlinkedDocuments({ ...none, documents: [{ title: 'KB 897567', date: null, address: 'http://support.microsoft.com/kb/897567', linked: false }] })).toHaveLength(1);
  });
  it('an uncited evidence section, or a wrong entry in the uncited list, fails', () => {
    const noClaims: Register = { pages: [] };
    expect(uncitedSections(noClaims, UNCITED).length).toBeGreaterThan(20);
    expect(uncitedSections(COMMITTED, [...UNCITED, { evidence: 'dns#the-four-values', why: 'a claim cites it, so this entry is wrong' }])).toHaveLength(1);
  });
  it('a rule source naming a catalogued document without its address fails', () => {
    const bare: Source = { kind: 'evidence', evidence: 'modalities#messenger-audio-and-video', confidence: 'sourced', note: 'Only IM and presence (KB 897567).', document: { title: 'Microsoft KB 897567' } };
    expect(ruleDocumentProblems([['sample', bare]])).toEqual(['sample: names ' + DOCUMENTS.kb897567.title + ' without http://support.microsoft.com/kb/897567']);
  });
  it('a statement whose section does not cite the article fails', () => {
    const bad: Statement[] = [{ id: 'x', pages: [{ path: 'content/configure/public-im.mdx', anchor: 'try-it' }, { path: 'content/configure/public-im.mdx' }] }];
    expect(statementProblems(bad, COMMITTED)).toHaveLength(2);
  });
});
